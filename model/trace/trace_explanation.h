#pragma once
// The findings that explain a finished trace without changing it, each a small function over the
// trace and the network it was traced on: HIDDEN_PLATFORM_ALLOW, BROAD_SERVICE_TAG,
// APPGW_INSTANCE_SOURCE and FORCED_TUNNEL. The walk (tracer.cpp) forwards the packet and reports
// only why it stopped where it stopped (NSG_DENY, NO_ROUTE, ...), which is its result; this is the
// explanation beside it, as Batfish separates forwarding from its analyses of a trace.

#include "trace/network.h"
#include "trace/trace_result.h"

namespace pathlight {

// Adds the explaining findings to `trace` (traced on `network`), then orders every finding by
// hop, an explanation before the walk's own finding at the same hop.
void explainTrace(const Network& network, Trace& trace);

} // namespace pathlight
