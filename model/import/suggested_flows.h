#pragma once
// The flows worth tracing in an imported estate (../shared/spec/import.md "Suggested checks"):
// Windows VMs → KMS 1688, each subnet with VMs → the Internet on 443, each spoke ↔ on-premises,
// spoke → spoke, each VNet's VMs → 168.63.129.16. Standard C++ only.

#include "common/message.h"
#include "topology/topology.h"

#include <vector>

namespace pathlight::armimport {

enum class SuggestionKind {
    WindowsKms,
    SubnetInternet,
    SpokeToOnPremises,
    OnPremisesToSpoke,
    SpokeToSpoke,
    PlatformAddress
};

struct SuggestedFlow {
    SuggestionKind kind = SuggestionKind::WindowsKms;
    Flow flow;    // id, source, destination, protocol and port set; no name, no expectation
    Message name; // what it checks (context "Import"), for the flow's name in the user's language
};

// At most `limitPerKind` suggestions of each kind, in the order above; ids unique in `topology`.
// Appliances (VMs with `nva`) are neither sources nor destinations. Spokes are the VNets with VMs
// peered with a hub (a VNet with a gateway or two peerings or more); on-premises checks start in
// the VNets that reach a gateway (their own or their hub's). `leftOut`, if given, counts the
// suggestions the limit cut.
std::vector<SuggestedFlow> suggestFlows(const Topology& topology, std::size_t limitPerKind = 50,
                                        std::size_t* leftOut = nullptr);

} // namespace pathlight::armimport
