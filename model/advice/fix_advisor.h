#pragma once
// Turns findings into fixes (azure-facts §3.1, §2.4, §5, §7, §8, §11.6) and verifies them by
// re-tracing every flow of the topology with the fix applied.

#include "advice/fix.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <vector>

namespace pathlight {

// The fixes for one finding of a trace, best first. Empty when the finding only explains.
std::vector<Fix> fixesFor(const Network& network, const Trace& trace, const Finding& finding);
// All fixes of a trace, finding by finding (the order of trace.findings).
std::vector<std::pair<const Finding*, std::vector<Fix>>> fixesForTrace(const Network& network,
                                                                       const Trace& trace);

// Applies the edit to a copy, rebuilds only what the edit's scope needs (Network::rebuildAfterEdit),
// re-traces the target flow (which may be ad hoc) and every flow of the file whose trace depended
// on something the edit touches (Trace::dependsOn, touchedIds), and reports what changed.
// `before`: the traces of the file's flows as they are now (the caller's, e.g. the document's),
// matched by flow id; a flow missing from it is traced here.
FixVerification verifyEdit(const Network& network, const Edit& edit, const Trace& target,
                           const std::vector<Trace>* before = nullptr);

// The differential of an edit already made: `after` is the network with it, `before` the file's
// traces without it (traceUsableFlows), `touched` what it touches (touchedIds, sorted). Only the
// flows whose dependencies hold a touched id are traced again; the target is traced on `after`.
FixVerification compareAfterEdit(const Network& after, const std::vector<Trace>& before,
                                 const std::vector<Id>& touched, const Trace& target);
// The same with the candidates already known: positions in `before` (ascending) of the traces
// that depend on a touched id (Analysis keeps an index from id to dependent traces).
FixVerification compareAfterEdit(const Network& after, const std::vector<Trace>& before,
                                 const std::vector<std::size_t>& candidates, const Trace& target);
// Positions in `traces` (ascending) of the traces whose Trace::dependsOn holds an id of
// `touched` (sorted): a merge walk per trace.
std::vector<std::size_t> tracesDependingOn(const std::vector<Trace>& traces, const std::vector<Id>& touched);

} // namespace pathlight
