#pragma once
// One analysis of a topology: the network (routes, BGP, compiled NSGs), every flow's trace, the
// lints, each trace's fixes with their verification, and the verification of any edit against
// them. The GUI's document, the CLI and the tests share it; views read it and never call the
// tracer or the fix advisor themselves.
//
// Edits are incremental: apply() recomputes only the routes and NSGs the edit's scope names
// (Network::rebuildAfterEdit) and re-traces only the flows whose traces depended on something it
// touched (Trace::dependsOn); tests/model/tst_incremental checks the result equals a fresh
// analysis after random edits. Fix verification is an edit too: applied in place, compared, undone;
// the "before" traces are the analysis's own and the topology is never copied for it.
// Standard C++ only.

#include "advice/fix.h"
#include "catalog/endpoint_catalog.h"
#include "edit/change.h"
#include "edit/topology_patch.h"
#include "io/topology_io.h"
#include "trace/network.h"
#include "trace/trace_result.h"
#include "trace/tracer.h"

#include <memory>
#include <optional>
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
    // The network of the current version. A network handed out (this pointer kept) stays valid
    // after later edits: its routes and compiled NSGs stay those of its version and its ids and
    // positions hold, but an edit that adds or removes no object changes its topology() in
    // place (no copy of 25,000 rules per edit). Holders take the new network after each change
    // (the GUI's views do on Document::changed).
    const std::shared_ptr<const Network>& networkPtr() const { return network_; }
    const EndpointCatalog& catalog() const { return *catalog_; }
    // The trace of every flow of the file that names existing objects, in file order (a flow
    // naming nothing is left out: the lint reports it).
    const std::vector<Trace>& traces() const { return traces_; }
    // The trace of a flow of the file by id; null when it has none.
    const Trace* trace(const Id& flowId) const;
    // Lints of the current version (validation/lints.h), computed on first use.
    const std::vector<Diagnostic>& lints();
    // The fixes the advisor proposes for each finding of the trace of `flowId` (one list per
    // finding, in the trace's order), not verified: what the problems panel and reports list.
    // Computed on first use, kept until the next edit; empty for an unknown flow.
    const std::vector<std::vector<Fix>>& proposedFixes(const Id& flowId);
    // The same fixes, each applicable one verified against every flow (what the hop inspector,
    // Apply and trace --json show). Computed on first use, kept until the next edit.
    const std::vector<FindingFixes>& fixes(const Id& flowId);
    // Why a flow could not be traced on the current version: the tracer's reason when its source
    // or destination names nothing it can place (an id of no object, "internet", an empty text),
    // as the CLI's exit code 2 reports it; an empty Message when it can be traced. The flow
    // dialogs ask before they add or change a flow, so that no flow lands without a trace.
    Message whyUntraceable(const FlowSpec& flow) const;
    // The trace of a flow that is not one of the file's (an ad hoc question: the CLI's --from/--to,
    // a flow being drawn) on the current version. Throws TraceInputError (trace/tracer.h) when its
    // source or destination names nothing it can place.
    Trace traceAdHoc(const FlowSpec& flow) const;
    // The fixes the advisor proposes for each finding of `trace` (one list per finding, in its
    // order), not verified: for a trace of a file flow (by its id) on the current version, the
    // kept list of proposedFixes(); for an ad hoc question (no flow id), computed for it.
    std::vector<std::vector<Fix>> proposedFixesFor(const Trace& trace);
    // Fixes for a trace that is not one of the file's (an ad hoc question), verified the same way.
    std::vector<FindingFixes> fixesForAdHoc(const Trace& trace);

    // What an edit would change: every flow of the file whose verdict or apparent source differs,
    // and whether the target flow (which may be ad hoc) is then delivered. The analysis is the
    // same afterwards, to the byte. The error is set, and nothing changed, when the edit cannot
    // apply. Not thread-safe: the topology is edited in place for the duration of the call.
    FixVerification verify(const Edit& edit, const Trace& target);

    // Applies an edit: the topology changes, the network is rebuilt for the edit's scope and the
    // dependent flows are traced again. Returns the reason, and changes nothing, when it cannot
    // apply.
    Message apply(const Edit& edit);

    // Applies a JSON patch (edit/topology_patch.h: validated by the reader, all or nothing) and
    // returns the reader's errors, with nothing changed, when the result would be invalid. Only
    // what the patch reaches is recomputed (patchScope): a layout move keeps every trace, lint
    // and fix; a change to NSG rules or routes rebuilds those and re-traces the dependent flows;
    // anything else rebuilds the analysis. `reached`, when given, receives what it reached.
    std::vector<Diagnostic> applyPatch(const Json& operations, PatchScope* reached = nullptr);

    // What applying a change reached, for the views: whether anything the canvas draws changed
    // (typed edits and patches of rules, routes and announcements change nothing drawn).
    struct ChangeReport {
        bool drawingKept = false;
    };
    // The one entry for every change (edit/change.h): a typed change through apply(Edit), a patch
    // through applyPatch, errors as diagnostics either way; all or nothing.
    std::vector<Diagnostic> apply(const Change& change, ChangeReport* report = nullptr);

private:
    std::vector<std::size_t> dependentTraces(const std::vector<Id>& touched);
    FixVerification verifyUncached(const Edit& edit, const Trace& target);
    void retrace(const std::vector<std::size_t>& dependent);
    std::vector<Diagnostic> patchObjects(Topology& edited, const Json& operations) const;
    void rebuildAll();
    // Forgets what the change made stale; `lintInputs` (validation/lints.h LintInput bits) says
    // which lint sections it can reach.
    void afterChange(unsigned lintInputs);
    // The topology an edit may write: the analysis's own when only it and its network hold it or
    // when `positionsKept` (the edit adds and removes no object), else a copy.
    std::shared_ptr<Topology> writableTopology(bool positionsKept) const;
    void indexTraces();

    std::shared_ptr<Topology> topology_; // edited in place by verify(), restored before it returns
    std::shared_ptr<const EndpointCatalog> catalog_;
    std::shared_ptr<const Network> network_;
    std::vector<Trace> traces_;
    std::unordered_map<Id, std::size_t> traceOfFlow_;
    // Id -> positions in traces_ (ascending) of the traces that depend on it; built on first use,
    // so that a verification looks only at the traces an edit can change, and kept across edits
    // as a superset (a re-traced flow's new dependencies are added).
    std::unordered_map<Id, std::vector<std::size_t>> dependents_;
    bool dependentsBuilt_ = false;
    std::optional<std::vector<Diagnostic>> lints_;
    std::vector<std::vector<Diagnostic>> lintSections_; // lintSections() of the last lints
    std::vector<Diagnostic> routeLints_;
    unsigned lintInputsChanged_ = ~0u; // what changed since lintSections_ and routeLints_
    std::unordered_map<Id, std::vector<std::vector<Fix>>> proposed_;
    std::unordered_map<Id, std::vector<FindingFixes>> fixes_;
    // verify()'s results for flows of the file, by edit (editKey): kept until the next change.
    std::unordered_map<std::string, FixVerification> verifications_;
};

} // namespace pathlight
