#include "analysis/analysis.h"

#include "advice/topology_edit.h"
#include "common/invariant.h"
#include "trace/tracer.h"

#include <algorithm>

namespace pathlight {

namespace {

bool intersects(const std::vector<Id>& a, const std::vector<Id>& b) {
    // Both sorted: a merge walk.
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j) return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

std::string sourceText(const Trace& t) {
    return t.apparentSource ? t.apparentSource->toString() : std::string();
}

} // namespace

Analysis::Analysis(Topology topology, std::shared_ptr<const EndpointCatalog> catalog)
    : topology_(std::make_shared<Topology>(std::move(topology))), catalog_(std::move(catalog)) {
    network_ = Network::build(topology_, catalog_);
    traces_.reserve(topology_->flows.size());
    for (const auto& f : topology_->flows) {
        try {
            traces_.push_back(traceFlow(*network_, FlowSpec::fromFlow(f)));
        } catch (const TraceInputError&) {
        }
    }
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
                                                     scope.objectsAddedOrRemoved);
        for (const Trace& was : traces_) {
            if (!intersects(was.dependsOn, touched)) continue; // depends on nothing the edit touched
            const Flow* flow = after->index().flow(was.flowId);
            if (!flow) continue;
            try {
                const Trace now = traceFlow(*after, FlowSpec::fromFlow(*flow));
                if (was.verdict != now.verdict || sourceText(was) != sourceText(now))
                    v.changes.push_back({was.flowId, toString(was.verdict), toString(now.verdict),
                                         sourceText(was), sourceText(now)});
            } catch (const TraceInputError&) {
            }
        }
        const FlowSpec spec{target.flowId,
                            target.flowName,
                            target.source,
                            target.destination,
                            target.protocol,
                            target.port,
                            {}};
        try {
            v.targetDelivered = traceFlow(*after, spec).verdict == Verdict::Delivered;
        } catch (const TraceInputError&) {
        }
    }
    // Undo: the analysis's network sees its own topology again.
    if (const std::string why = applyEditInPlace(*topology_, invertEdit(edit)); !why.empty())
        invariantBroken("a verified edit undoes", why);
    return v;
}

} // namespace pathlight
