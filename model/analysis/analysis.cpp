#include "analysis/analysis.h"

#include "advice/fix_advisor.h"
#include "advice/topology_edit.h"
#include "common/invariant.h"
#include "trace/tracer.h"

#include <algorithm>

namespace pathlight {

Analysis::Analysis(Topology topology, std::shared_ptr<const EndpointCatalog> catalog)
    : topology_(std::make_shared<Topology>(std::move(topology))), catalog_(std::move(catalog)) {
    network_ = Network::build(topology_, catalog_);
    traces_ = traceUsableFlows(*network_);
}

std::vector<std::size_t> Analysis::dependentTraces(const std::vector<Id>& touched) {
    if (!dependentsBuilt_) {
        for (std::size_t i = 0; i < traces_.size(); ++i)
            for (const Id& id : traces_[i].dependsOn)
                dependents_[id].push_back(i);
        dependentsBuilt_ = true;
    }
    std::vector<std::size_t> result;
    for (const Id& id : touched)
        if (auto it = dependents_.find(id); it != dependents_.end())
            result.insert(result.end(), it->second.begin(), it->second.end());
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

FixVerification Analysis::verify(const Edit& edit, const Trace& target) {
    FixVerification v;
    // What the edit touches and what must be recomputed, read before the topology changes.
    const std::vector<Id> touched = touchedIds(*topology_, edit);
    const EditScope scope = editScope(*topology_, edit);
    v.error = applyEditInPlace(*topology_, edit);
    if (!v.error.empty()) return v;
    {
        // The network after the edit shares the topology (edited) and everything the edit did
        // not touch with the analysis's network; it is gone before the edit is undone.
        const auto after = Network::rebuildAfterEdit(*network_, topology_, scope.routeTables, scope.nsgs,
                                                     scope.objectsAddedOrRemoved, scope.nsgAssociations);
        v = compareAfterEdit(*after, traces_, dependentTraces(touched), target);
    }
    // Undo: the analysis's network sees its own topology again.
    if (const std::string why = applyEditInPlace(*topology_, invertEdit(edit)); !why.empty())
        invariantBroken("a verified edit undoes", why);
    return v;
}

} // namespace pathlight
