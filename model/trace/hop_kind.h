#pragma once
// What a trace's hop is (trace-contract.md, hop "kind"): the enum the model works with and the
// contract's names, which appear only where a trace is written.

#include <string>

namespace pathlight {

enum class HopKind {
    Vm,
    Nva,
    AppGateway,
    RouteServer,
    Gateway,
    Circuit,
    Site,
    Host,
    NatGateway,
    Endpoint,
    Internet,
    Platform,        // an Azure platform address (168.63.129.16, IMDS): azure-facts §1.7
    Firewall,        // an Azure Firewall (azure-facts-2 §12)
    PrivateEndpoint, // a private endpoint's NIC (azure-facts-2 §14)
    LoadBalancer,    // an Azure Load Balancer's frontend (azure-facts-2 §13)
};

// The contract's name ("appGateway"); never null.
const char* toString(HopKind kind);

} // namespace pathlight
