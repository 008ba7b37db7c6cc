#pragma once
// The security rules that apply to a NIC or subnet, as Azure's "effective security rules" lists
// them: each associated NSG (the subnet's, then the NIC's — the inbound evaluation order), its
// rules by direction and priority, then Azure's default rules.

#include "topology/topology_index.h"

#include <vector>

namespace pathlight {

struct EffectiveSecurityRule {
    Id nsg;
    bool onNic = false; // associated with the NIC (else with its subnet)
    Id associatedWith;  // the subnet or NIC id
    SecurityRule rule;
    bool isDefault = false;
};

// `id` is a NIC or a subnet; unknown ids give an empty list.
std::vector<EffectiveSecurityRule> effectiveSecurityRules(const TopologyIndex& index, const Id& id);

} // namespace pathlight
