#pragma once
// One analysis of one version of a topology: the network (routes, BGP, compiled NSGs), every
// flow's trace, and the verification of edits against them. Fix verification is an edit on the
// analysis: applied in place, the network rebuilt for the edit's scope only, the flows whose
// traces depended on what it touched traced again, then undone; the "before" traces are the
// analysis's own, never recomputed, and the topology is never copied. Standard C++ only: the
// GUI, the CLI and the tests share it.

#include "advice/fix.h"
#include "catalog/endpoint_catalog.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace pathlight {

class Analysis {
public:
    Analysis(Topology topology, std::shared_ptr<const EndpointCatalog> catalog);
    Analysis(const Analysis&) = delete;
    Analysis& operator=(const Analysis&) = delete;

    const Topology& topology() const { return *topology_; }
    const Network& network() const { return *network_; }
    const std::shared_ptr<const Network>& networkPtr() const { return network_; }
    // The trace of every flow of the file that names existing objects, in file order (a flow
    // naming nothing is left out: the lint reports it).
    const std::vector<Trace>& traces() const { return traces_; }

    // What an edit would change: every flow of the file whose verdict or apparent source differs,
    // and whether the target flow (which may be ad hoc) is then delivered. The analysis is the
    // same afterwards, to the byte. The error is set, and nothing changed, when the edit cannot
    // apply. Not thread-safe: the topology is edited in place for the duration of the call.
    FixVerification verify(const Edit& edit, const Trace& target);

private:
    std::vector<std::size_t> dependentTraces(const std::vector<Id>& touched);

    std::shared_ptr<Topology> topology_; // edited in place by verify(), restored before it returns
    std::shared_ptr<const EndpointCatalog> catalog_;
    std::shared_ptr<const Network> network_;
    std::vector<Trace> traces_;
    // Id -> positions in traces_ (ascending) of the traces that depend on it; built on the
    // first verify(), so that a verification looks only at the traces an edit can change.
    std::unordered_map<Id, std::vector<std::size_t>> dependents_;
    bool dependentsBuilt_ = false;
};

} // namespace pathlight
