#include "analysis/analysis.h"

#include "advice/fix_advisor.h"
#include "analysis/route_lints.h"
#include "common/invariant.h"
#include "edit/topology_edit.h"
#include "edit/topology_patch.h"
#include "io/topology_io.h"
#include "trace/tracer.h"
#include "validation/lints.h"

#include <algorithm>
#include <map>
#include <variant>

namespace pathlight {

namespace {

constexpr std::size_t kLargePatchBytes = 256 * 1024;

// Whether a security rule could match a packet this trace carried at some hop (before or after
// a translation), so that adding it could change an NSG decision of the trace: a rule decides
// only the packets it matches (azure-facts §4.1). Conservative: a service tag, "*", an
// unreadable entry or a packet without a known address counts as a possible match; source ports
// are not looked at (flows use an ephemeral one).
bool ruleMayMatch(const SecurityRule& rule, const Trace& trace) {
    if (rule.protocol != Protocol::Any && rule.protocol != trace.protocol) return false;
    if (trace.protocol != Protocol::Icmp) {
        bool port = false;
        for (const auto& text : rule.destinationPortRanges) {
            const auto range = parsePortRange(text);
            port = port || !range || range->contains(trace.port);
        }
        if (!port) return false;
    }
    const auto side = [&](const std::vector<std::string>& entries, bool source) {
        std::vector<Ipv4Prefix> prefixes;
        for (const auto& e : entries) {
            const auto p =
                e.empty() || e[0] < '0' || e[0] > '9' ? std::nullopt : Ipv4Prefix::parse(e, nullptr, true);
            if (!p) return true;
            prefixes.push_back(*p);
        }
        for (const Hop& hop : trace.hops)
            for (const PacketState* state : {&hop.before, &hop.after}) {
                const auto& address = source ? state->source : state->destination;
                if (!address) return true;
                for (const auto& p : prefixes)
                    if (p.contains(*address)) return true;
            }
        return false;
    };
    return side(rule.sourceAddressPrefixes, true) && side(rule.destinationAddressPrefixes, false);
}

// Whether a lookup for some address this trace or its reply carried (at any hop, before or after a
// translation) falls inside one of `prefixes`. An unknown address is looked up nowhere except as
// a destination, where the tracer takes the default route (tracer.cpp, lookup): it counts as
// inside only when 0.0.0.0/0 is one of them. A trace without hops counts as inside.
bool carriesAddressIn(const Trace& trace, const std::vector<Ipv4Prefix>& prefixes) {
    if (trace.hops.empty()) return true;
    const bool defaultChanged = !prefixes.empty() && prefixes.front().length() == 0; // sorted: /0 first
    for (const auto* hops : {&trace.hops, &trace.returnHops})
        for (const Hop& hop : *hops)
            for (const PacketState* state : {&hop.before, &hop.after})
                for (const auto& address : {state->source, state->destination}) {
                    if (!address) {
                        if (defaultChanged) return true;
                        continue;
                    }
                    // An edit changes a few prefixes: a scan beats a trie walk of 32 levels.
                    for (const auto& prefix : prefixes)
                        if (prefix.contains(*address)) return true;
                }
    return false;
}

} // namespace

Analysis::Analysis(Topology topology, std::shared_ptr<const EndpointCatalog> catalog)
    : topology_(std::make_shared<Topology>(std::move(topology))), catalog_(std::move(catalog)) {
    network_ = Network::build(topology_, catalog_);
    traces_ = traceUsableFlows(*network_);
    indexTraces();
}

void Analysis::indexTraces() {
    traceOfFlow_.clear();
    for (std::size_t i = 0; i < traces_.size(); ++i)
        traceOfFlow_.emplace(traces_[i].flowId, i);
}

const Trace* Analysis::trace(const Id& flowId) const {
    auto it = traceOfFlow_.find(flowId);
    return it == traceOfFlow_.end() ? nullptr : &traces_[it->second];
}

const std::vector<Diagnostic>& Analysis::lints() {
    if (!lints_) {
        // Only the sections a change since the last lints can reach run again (a BGP
        // announcement re-runs no NSG check: a quarter of an edit on the scale estate).
        lintSections_ = lintSections(*topology_, network_->index(), *catalog_, lintInputsChanged_,
                                     std::move(lintSections_));
        if (lintInputsChanged_ & (kLintStructure | kLintRouteTableContent | kLintAnnouncements))
            routeLints_ = lintRoutes(*network_); // the effective routes: what these change
        lintInputsChanged_ = 0;
        lints_.emplace();
        for (const auto& section : lintSections_)
            lints_->insert(lints_->end(), section.begin(), section.end());
        lints_->insert(lints_->end(), routeLints_.begin(), routeLints_.end());
    }
    return *lints_;
}

namespace {

// What the advisor proposes for each finding of a trace, in the trace's order.
std::vector<std::vector<Fix>> proposalsFor(const Network& network, const Trace& trace) {
    std::vector<std::vector<Fix>> lists;
    for (const auto& finding : trace.findings)
        lists.push_back(fixesFor(network, trace, finding));
    return lists;
}

std::vector<FindingFixes> verified(Analysis& analysis, std::vector<std::vector<Fix>> proposed,
                                   const Trace& trace) {
    std::vector<FindingFixes> out;
    for (auto& list : proposed) {
        FindingFixes f;
        for (auto& fix : list) {
            VerifiedFix v{std::move(fix), std::nullopt};
            if (v.fix.applicable()) v.verification = analysis.verify(v.fix.edit, trace);
            f.fixes.push_back(std::move(v));
        }
        // Best first: a fix verified to deliver the flow before one that does not.
        std::stable_sort(f.fixes.begin(), f.fixes.end(), [](const VerifiedFix& a, const VerifiedFix& b) {
            const auto delivers = [](const VerifiedFix& x) {
                return x.verification && x.verification->error.empty() && x.verification->targetDelivered;
            };
            return delivers(a) && !delivers(b);
        });
        out.push_back(std::move(f));
    }
    return out;
}

} // namespace

Message Analysis::whyUntraceable(const FlowSpec& flow) const {
    try {
        (void)traceFlow(*network_, flow);
    } catch (const TraceInputError& e) {
        return e.message();
    }
    return {};
}

std::vector<std::vector<Fix>> Analysis::proposedFixesFor(const Trace& trace) {
    if (!trace.flowId.empty() && this->trace(trace.flowId)) return proposedFixes(trace.flowId);
    return proposalsFor(*network_, trace);
}

Trace Analysis::traceAdHoc(const FlowSpec& flow) const {
    return traceFlow(*network_, flow);
}

std::vector<FindingFixes> Analysis::fixesForAdHoc(const Trace& trace) {
    return verified(*this, proposalsFor(*network_, trace), trace);
}

const std::vector<std::vector<Fix>>& Analysis::proposedFixes(const Id& flowId) {
    static const std::vector<std::vector<Fix>> none;
    if (auto it = proposed_.find(flowId); it != proposed_.end()) return it->second;
    const Trace* t = trace(flowId);
    if (!t) return none;
    return proposed_.emplace(flowId, proposalsFor(*network_, *t)).first->second;
}

const std::vector<FindingFixes>& Analysis::fixes(const Id& flowId) {
    static const std::vector<FindingFixes> none;
    if (auto it = fixes_.find(flowId); it != fixes_.end()) return it->second;
    const Trace* t = trace(flowId);
    if (!t) return none;
    return fixes_.emplace(flowId, verified(*this, proposedFixes(flowId), *t)).first->second;
}

std::vector<std::size_t> Analysis::dependentTraces(const std::vector<Id>& touched) {
    if (!dependentsBuilt_) {
        dependents_.clear();
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

namespace {

// An edit as text, equal for equal edits: the key of the verification cache.
std::string editKey(const Edit& edit) {
    Json steps = Json::array();
    for (const EditStep& s : edit.steps) {
        Nsg rule;
        rule.securityRules.push_back(s.rule);
        RouteTable route;
        route.routes.push_back(s.route);
        Json prefixes = Json::array(), previous = Json::array();
        for (const auto& p : s.prefixes)
            prefixes.push_back(p.toString());
        for (const auto& p : s.previousPrefixes)
            previous.push_back(p.toString());
        steps.push_back(
            Json::array({int(s.kind), s.target, s.index, routeTableToJson(s.routeTable), nsgToJson(s.nsg),
                         routeTableToJson(route), nsgToJson(rule), s.text, s.previousText, s.flag,
                         s.previousFlag ? int(*s.previousFlag) : -1, s.createdObject, s.setsExclusions,
                         prefixes, previous, firewallRuleToJson(s.firewallRule)}));
    }
    return steps.dump();
}

} // namespace

FixVerification Analysis::verify(const Edit& edit, const Trace& target) {
    // Which flows an edit changes does not depend on the flow it is verified for: for a flow of
    // the file, it is computed once per edit (a deny at priority 100 gave 3,000 flows the same
    // "move the deny" fix, each verified against every flow: 32 s; found by a breaker). The
    // target's own outcome follows from the changes: unchanged unless listed.
    const Trace* own = target.flowId.empty() ? nullptr : trace(target.flowId);
    if (!own || own->source != target.source || own->destination != target.destination ||
        own->protocol != target.protocol || own->port != target.port)
        return verifyUncached(edit, target);
    const std::string key = editKey(edit);
    auto cached = verifications_.find(key);
    if (cached == verifications_.end())
        cached = verifications_.emplace(key, verifyUncached(edit, *own)).first;
    FixVerification v = cached->second;
    if (v.error.empty()) {
        Verdict after = own->verdict;
        for (const FlowChange& c : v.changes)
            if (c.flow == own->flowId) after = c.verdictAfter;
        v.targetDelivered = after == Verdict::Delivered;
    }
    return v;
}

namespace {

// Steps that move a rule one priority number down, to a number no rule of its NSG and direction
// holds (the "move the deny" half of NSG_MOVE_DENY_RULE): the order of every rule stays the
// same, so on their own they change no decision. Read before the edit applies.
std::vector<bool> neutralMoves(const TopologyIndex& index, const Edit& edit) {
    std::vector<bool> neutral(edit.steps.size(), false);
    const auto rest = [](SecurityRule r) {
        r.priority = 0;
        Nsg one;
        one.securityRules.push_back(std::move(r));
        return nsgToJson(one);
    };
    for (std::size_t i = 0; i + 1 < edit.steps.size(); ++i) {
        const EditStep& remove = edit.steps[i];
        const EditStep& add = edit.steps[i + 1];
        if (remove.kind != EditStep::Kind::RemoveSecurityRule ||
            add.kind != EditStep::Kind::AddSecurityRule || remove.target != add.target ||
            remove.index != add.index || add.rule.priority != remove.rule.priority + 1 ||
            rest(add.rule) != rest(remove.rule))
            continue;
        const Nsg* nsg = index.nsg(remove.target);
        if (!nsg || remove.index < 0 || std::size_t(remove.index) >= nsg->securityRules.size()) continue;
        const bool taken =
            std::any_of(nsg->securityRules.begin(), nsg->securityRules.end(), [&](const SecurityRule& r) {
                return r.direction == add.rule.direction && r.priority == add.rule.priority;
            });
        if (!taken) neutral[i] = neutral[i + 1] = true;
    }
    return neutral;
}

} // namespace

FixVerification Analysis::verifyUncached(const Edit& edit, const Trace& target) {
    FixVerification v;
    // Read before the topology changes: which steps only move a rule to a free number below.
    const std::vector<bool> neutral = neutralMoves(network_->index(), edit);
    // What the edit touches and what must be recomputed, read before the topology changes.
    const std::vector<Id> touched = touchedIds(*topology_, edit);
    const ChangeScope scope = editScope(*topology_, edit);
    const bool onlyAddedRoutes = std::all_of(edit.steps.begin(), edit.steps.end(), [](const EditStep& s) {
        return s.kind == EditStep::Kind::AddRoute;
    });
    std::vector<std::vector<Id>> stepTouched; // each step's, for the added-routes filter below
    if (onlyAddedRoutes)
        for (const EditStep& step : edit.steps)
            stepTouched.push_back(touchedIds(*topology_, Edit{{step}}));
    v.error = applyEditInPlace(*topology_, edit);
    if (!v.error.empty()) return v;
    {
        // The network after the edit shares the topology (edited) and everything the edit did
        // not touch with the analysis's network; it is gone before the edit is undone.
        const auto after = Network::rebuildAfterEdit(*network_, topology_, scope);
        std::vector<std::size_t> candidates = dependentTraces(touched);
        // An edit that only adds security rules changes only the traces some new rule can
        // match: a fix's rule for one exact flow re-traces that flow, not every flow through
        // the NSG. Verification reports verdicts and sources only, which no other trace can
        // change; apply() keeps the wider set (findings may still change there).
        // Moving a rule to a free number just below changes no decision (neutralMoves): an allow
        // added above a moved deny is verified like an added rule alone (3,000 flows each with
        // such a fix were each verified against all 3,000: 32 s; found by a breaker).
        bool onlyAddedRules = true;
        for (std::size_t k = 0; k < edit.steps.size(); ++k)
            onlyAddedRules =
                onlyAddedRules && (neutral[k] || edit.steps[k].kind == EditStep::Kind::AddSecurityRule);
        if (onlyAddedRules)
            std::erase_if(candidates, [&](std::size_t i) {
                for (std::size_t k = 0; k < edit.steps.size(); ++k)
                    if (!neutral[k] && ruleMayMatch(edit.steps[k].rule, traces_[i])) return false;
                return true;
            });
        // Likewise a route added to a table changes only the traces that depend on the table and
        // carried an address inside the route's prefix: only those lookups, and the VirtualNetwork
        // tag's meaning for those addresses (azure-facts §4.1), can differ.
        if (onlyAddedRoutes) {
            candidates.clear();
            for (const EditStep& step : edit.steps)
                for (const std::size_t i : dependentTraces(stepTouched[&step - edit.steps.data()]))
                    if (carriesAddressIn(traces_[i], {step.route.addressPrefix})) candidates.push_back(i);
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        }
        v = compareAfterEdit(*after, traces_, candidates, target);
    }
    // Undo: the analysis's network sees its own topology again.
    if (const Message why = applyEditInPlace(*topology_, invertEdit(edit)); !why.empty())
        invariantBroken("a verified edit undoes", why.english());
    return v;
}

namespace {

// What a typed edit changes, for the lints (validation/lints.h): rules and routes added or
// removed reach only the sections reading them; any other step may reach any section.
unsigned lintInputsOf(const Edit& edit) {
    unsigned inputs = 0;
    for (const EditStep& step : edit.steps)
        switch (step.kind) {
        case EditStep::Kind::AddSecurityRule:
        case EditStep::Kind::RemoveSecurityRule:
            inputs |= kLintNsgContent;
            break;
        case EditStep::Kind::AddRoute:
        case EditStep::Kind::RemoveRoute:
            inputs |= kLintRouteTableContent;
            break;
        default:
            inputs |= kLintStructure;
            break;
        }
    return inputs;
}

} // namespace

std::shared_ptr<Topology> Analysis::writableTopology(bool positionsKept) const {
    // In place when no one else holds the topology, or when the edit adds and removes nothing:
    // copying 25,000 NSG rules cost a sixth of an edit on the scale estate. A network handed out
    // before then keeps valid positions and ids (networkPtr()). An edit that adds or removes
    // objects while an older network is held goes to a copy, so that its positions stay true.
    if (positionsKept || (network_.use_count() == 1 && topology_.use_count() == 2)) return topology_;
    return std::make_shared<Topology>(*topology_);
}

Message Analysis::apply(const Edit& edit) {
    // What the edit touches, read before the topology changes (it may change in place).
    const std::vector<Id> touched = touchedIds(*topology_, edit);
    const ChangeScope scope = editScope(*topology_, edit);
    auto edited = writableTopology(!scope.objectsAddedOrRemoved);
    if (Message error = applyEditInPlace(*edited, edit); !error.empty()) return error;
    const std::vector<std::size_t> dependent = dependentTraces(touched);
    topology_ = edited;
    network_ = Network::rebuildAfterEdit(*network_, topology_, scope);
    retrace(dependent);
    afterChange(lintInputsOf(edit));
    return {};
}

void Analysis::retrace(const std::vector<std::size_t>& dependent) {
    try {
        for (const std::size_t i : dependent)
            if (const Flow* flow = network_->index().flow(traces_[i].flowId)) {
                traces_[i] = traceFlow(*network_, FlowSpec::fromFlow(*flow));
                // The index of dependents stays a superset: the new dependencies are added, the
                // old ones kept (at worst a later edit re-traces this flow for nothing).
                if (dependentsBuilt_)
                    for (const Id& id : traces_[i].dependsOn) {
                        auto& list = dependents_[id];
                        const auto at = std::lower_bound(list.begin(), list.end(), i);
                        if (at == list.end() || *at != i) list.insert(at, i);
                    }
            }
    } catch (const TraceInputError&) {
        // A flow that no longer names anything (no edit kind does this today): trace them all.
        traces_ = traceUsableFlows(*network_);
        indexTraces();
        dependentsBuilt_ = false;
    }
}

void Analysis::rebuildAll() {
    network_ = Network::build(topology_, catalog_);
    traces_ = traceUsableFlows(*network_);
    indexTraces();
    dependents_.clear();
    dependentsBuilt_ = false;
    afterChange(kLintAll);
}

namespace {

// One object read again from its patched JSON, held until every object of the patch has read
// without error, so that a refused patch changes nothing (even in place).
using StagedObject = std::variant<Nsg, RouteTable, Site, Vm>;

// The arrays whose elements a scoped patch may change in place (patchScope), each read again by
// the file reader's own function for one object, then committed.
struct PatchableArray {
    const char* name;
    Id (*id)(const Topology&, std::size_t);
    std::vector<Diagnostic> (*read)(const Json&, const std::string&, StagedObject&);
    void (*commit)(StagedObject&&, Topology&, std::size_t);
};

template <typename T>
std::vector<Diagnostic> readStaged(const Json& json, const std::string& pointer, StagedObject& staged,
                                   std::vector<Diagnostic> (*reader)(const Json&, const std::string&, T&)) {
    staged.emplace<T>();
    return reader(json, pointer, std::get<T>(staged));
}

const PatchableArray kPatchable[] = {
    {"nsgs", [](const Topology& t, std::size_t i) { return t.nsgs[i].id; },
     [](const Json& j, const std::string& p, StagedObject& o) {
         return readStaged<Nsg>(j, p, o, readNsgObject);
     },
     [](StagedObject&& o, Topology& t, std::size_t i) { t.nsgs[i] = std::get<Nsg>(std::move(o)); }},
    {"routeTables", [](const Topology& t, std::size_t i) { return t.routeTables[i].id; },
     [](const Json& j, const std::string& p, StagedObject& o) {
         return readStaged<RouteTable>(j, p, o, readRouteTableObject);
     },
     [](StagedObject&& o, Topology& t, std::size_t i) {
         t.routeTables[i] = std::get<RouteTable>(std::move(o));
     }},
    {"sites", [](const Topology& t, std::size_t i) { return t.sites[i].id; },
     [](const Json& j, const std::string& p, StagedObject& o) {
         return readStaged<Site>(j, p, o, readSiteObject);
     },
     [](StagedObject&& o, Topology& t, std::size_t i) { t.sites[i] = std::get<Site>(std::move(o)); }},
    {"vms", [](const Topology& t, std::size_t i) { return t.vms[i].id; },
     [](const Json& j, const std::string& p, StagedObject& o) {
         return readStaged<Vm>(j, p, o, readVmObject);
     },
     [](StagedObject&& o, Topology& t, std::size_t i) { t.vms[i] = std::get<Vm>(std::move(o)); }},
};

const PatchableArray* patchableArray(const std::string& path) {
    for (const auto& array : kPatchable) {
        const std::string prefix = "/" + std::string(array.name) + "/";
        if (path.rfind(prefix, 0) == 0) return &array;
    }
    return nullptr;
}

} // namespace

std::vector<Diagnostic> Analysis::patchObjects(Topology& edited, const Json& operations) const {
    // Only the objects the patch reaches (and the layout) are written, patched and read again,
    // each by the file reader's own function: the checks are the reader's, without reading
    // 20,000 other objects (patchScope allows nothing else here). The layout is view data the
    // reader keeps verbatim (it must be an object; absent, it is empty); it is copied only when
    // the patch reaches it. Nothing is written to `edited` until every object has read.
    bool touchesLayout = false;
    for (const auto& op : operations) {
        const std::string path = op.value("path", std::string());
        touchesLayout |= path == "/layout" || path.rfind("/layout/", 0) == 0;
    }
    Json document = Json::object();
    if (touchesLayout) document["layout"] = topology_->layout;
    for (const auto& array : kPatchable)
        document[array.name] = Json::array();
    // (array, index) -> position in the small document
    std::map<std::pair<const PatchableArray*, std::size_t>, std::size_t> compact;
    std::vector<std::pair<const PatchableArray*, std::size_t>> originals;
    Json rewritten = Json::array();
    for (Json op : operations) {
        std::string path = op["path"].get<std::string>();
        if (const PatchableArray* array = patchableArray(path)) {
            const std::size_t start = path.find('/', 1) + 1;
            const std::size_t end = path.find('/', start);
            const std::size_t index = std::stoul(path.substr(start, end - start));
            auto [it, added] = compact.emplace(std::make_pair(array, index), document[array->name].size());
            if (added) {
                document[array->name].push_back(
                    objectToJson(*topology_, network_->index(), array->id(*topology_, index)).object);
                originals.emplace_back(array, index);
            }
            op["path"] = "/" + std::string(array->name) + "/" + std::to_string(it->second) + path.substr(end);
        }
        rewritten.push_back(std::move(op));
    }
    try {
        patchJson(document, rewritten);
    } catch (const std::exception& e) {
        return {badPatchError(e.what())};
    }
    std::vector<StagedObject> staged(originals.size());
    for (std::size_t k = 0; k < originals.size(); ++k) {
        const auto& [array, index] = originals[k];
        const Json& object = document[array->name][compact.at({array, index})];
        const std::string pointer = "/" + std::string(array->name) + "/" + std::to_string(index);
        if (auto errors = array->read(object, pointer, staged[k]); !errors.empty()) return errors;
    }
    if (touchesLayout) {
        if (document.contains("layout") && !document["layout"].is_object())
            return {Diagnostic{Severity::Error, "TYPE", "/layout",
                               Message{"LoadError",
                                       QT_TRANSLATE_NOOP("LoadError", "expected an object, found %1"),
                                       {document["layout"].dump()}}}};
        edited.layout = document.contains("layout") ? std::move(document["layout"]) : Json::object();
    }
    for (std::size_t k = 0; k < originals.size(); ++k)
        originals[k].first->commit(std::move(staged[k]), edited, originals[k].second);
    return {};
}

std::vector<Diagnostic> Analysis::applyPatch(const Json& operations, PatchScope* reached) {
    PatchScope scope = patchScope(*topology_, operations);
    // A large patch goes through the whole reader, which also applies the file's size limits
    // (LoadLimits: objects, depth) to the result.
    if (!scope.everything && operations.dump().size() > kLargePatchBytes) {
        scope.everything = true;
        scope.layoutOnly = false;
    }
    if (reached) *reached = scope;
    if (scope.everything) {
        auto edited = std::make_shared<Topology>(*topology_); // the whole reader: all or nothing
        if (auto errors = pathlight::applyPatch(*edited, operations); !errors.empty()) return errors;
        topology_ = edited;
        rebuildAll();
        return {};
    }
    // The scope is read before the topology may change in place.
    std::vector<Id> touched = scope.nsgs;
    touched.insert(touched.end(), scope.routeTables.begin(), scope.routeTables.end());
    auto edited = writableTopology(true); // a scoped patch changes fields, never which objects exist
    if (scope.layoutOnly) {
        if (auto errors = patchObjects(*edited, operations); !errors.empty()) return errors;
        topology_ = edited;
        network_ = Network::rebuildAfterEdit(*network_, topology_, ChangeScope{});
        // Traces and fixes do not read the layout; only the layout's own lints do.
        lints_.reset();
        lintInputsChanged_ |= kLintLayout;
        return {};
    }
    if (auto errors = patchObjects(*edited, operations); !errors.empty()) return errors;
    std::vector<std::size_t> dependent = dependentTraces(touched);
    const auto previous = network_;
    topology_ = edited;
    ChangeScope change;
    change.routeTables = scope.routeTables;
    change.nsgs = scope.nsgs;
    change.bgpAnnouncements = !scope.announcers.empty();
    network_ = Network::rebuildAfterEdit(*previous, topology_, change);
    if (change.bgpAnnouncements) {
        // An announcement changes only the lookups of addresses inside the prefixes whose best
        // paths changed somewhere in the fabric: only the flows that carried such an address
        // are traced again (5,000 announced prefixes, one edited: a handful of flows).
        const std::vector<Ipv4Prefix> changed =
            BgpFabric::changedPrefixes(previous->routing().fabric(), network_->routing().fabric());
        if (!changed.empty())
            for (std::size_t i = 0; i < traces_.size(); ++i)
                if (carriesAddressIn(traces_[i], changed)) dependent.push_back(i);
        std::sort(dependent.begin(), dependent.end());
        dependent.erase(std::unique(dependent.begin(), dependent.end()), dependent.end());
    }
    retrace(dependent);
    afterChange((scope.layout ? unsigned(kLintLayout) : 0u) |
                (scope.nsgs.empty() ? 0u : unsigned(kLintNsgContent)) |
                (scope.routeTables.empty() ? 0u : unsigned(kLintRouteTableContent)) |
                (scope.announcers.empty() ? 0u : unsigned(kLintAnnouncements)));
    return {};
}

void Analysis::afterChange(unsigned lintInputs) {
    lints_.reset();
    lintInputsChanged_ |= lintInputs;
    proposed_.clear();
    fixes_.clear();
    verifications_.clear();
}

std::vector<Diagnostic> Analysis::apply(const Change& change, ChangeReport* report) {
    if (change.isTyped()) {
        if (const Message why = apply(change.edit); !why.empty()) return {editRefused(why)};
        if (report) report->drawingKept = true; // steps change rules, routes, flags, associations
        return {};
    }
    if (change.patch.empty()) {
        if (report) report->drawingKept = true;
        return {};
    }
    PatchScope scope;
    auto errors = applyPatch(change.patch.forward, &scope);
    if (errors.empty() && report) report->drawingKept = !scope.everything && !scope.layout;
    return errors;
}

} // namespace pathlight
