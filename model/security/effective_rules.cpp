#include "security/effective_rules.h"

#include "security/nsg_evaluator.h"

#include <algorithm>

namespace pathlight {

std::vector<EffectiveSecurityRule> effectiveSecurityRules(const TopologyIndex& index, const Id& id) {
    std::vector<EffectiveSecurityRule> out;
    const Nic* nic = index.nic(id);
    const Subnet* subnet = index.subnet(nic ? nic->subnet : id);
    std::vector<std::pair<const Nsg*, const Id*>> associations;
    if (subnet && !subnet->nsg.empty()) associations.push_back({index.nsg(subnet->nsg), &subnet->id});
    if (nic && !nic->nsg.empty()) associations.push_back({index.nsg(nic->nsg), &nic->id});
    for (const auto& [nsg, owner] : associations) {
        if (!nsg) continue;
        std::vector<SecurityRule> rules = nsg->securityRules;
        std::stable_sort(rules.begin(), rules.end(), [](const SecurityRule& a, const SecurityRule& b) {
            return std::pair(a.direction, a.priority) < std::pair(b.direction, b.priority);
        });
        const bool onNic = nic && owner == &nic->id;
        for (auto& r : rules)
            out.push_back({nsg->id, onNic, *owner, std::move(r), false});
        for (const auto& r : defaultSecurityRules())
            out.push_back({nsg->id, onNic, *owner, r, true});
    }
    return out;
}

} // namespace pathlight
