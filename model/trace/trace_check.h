#pragma once
// Well-formedness of a finished trace, as Batfish validates its traceroute hops: every hop is at
// something that exists, each hop's packet in is the previous hop's packet out, and the end is a
// verdict with a reason. Used by the tests and, in checking builds, after every trace.

#include "trace/network.h"
#include "trace/trace_result.h"

#include <string>
#include <vector>

namespace pathlight {

// The problems found (empty when the trace is well formed), one plain English line each: these
// are for developers, never shown to users.
std::vector<std::string> traceProblems(const Network& network, const Trace& trace);

} // namespace pathlight
