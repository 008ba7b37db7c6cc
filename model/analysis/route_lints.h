#pragma once
// Lints that need the computed routes (the network), not only the file: what Azure accepts but
// does not support once routes are exchanged. `check` and the Analysis add them to the file's
// lints (validation/lints.h). Standard C++ only.

#include "common/message.h"
#include "trace/network.h"

#include <vector>

namespace pathlight {

// APPGW_V2_UNSUPPORTED_ROUTE (warning, pointer /appGateways/N/subnet): an Application Gateway v2
// subnet learns 0.0.0.0/0 over ExpressRoute/VPN or from Route Server (azure-facts §5.4;
// trace-contract.md, "Additions"). A user-defined 0/0 is APPGW_V2_DEFAULT_ROUTE, an error.
// FIREWALL_BGP_DEFAULT_ROUTE (error, /firewalls/N/forcedTunneling): AzureFirewallSubnet of a
// firewall outside forced-tunneling mode learns 0.0.0.0/0 over BGP (azure-facts-2 §12.2).
std::vector<Diagnostic> lintRoutes(const Network& network);

} // namespace pathlight
