#pragma once
// General, exact edits of a topology as JSON Patches (RFC 6902) on its canonical JSON. A patch is
// applied by patching the document and loading it again with the real reader, so an edit that
// would make the file invalid (a bad prefix, a dangling reference) is refused with the reader's
// errors and their JSON Pointers, and nothing changes. Every patch carries its inverse.

#include "common/message.h"
#include "topology/topology.h"

#include <optional>
#include <vector>

namespace pathlight {

struct TopologyPatch {
    Json forward = Json::array();
    Json backward = Json::array();
    bool empty() const { return forward.empty(); }
};

// The patch that turns `before` into `after` (both canonical JSON documents).
TopologyPatch makePatch(const Json& before, const Json& after);

// The error of a patch whose operations do not apply to the document (RFC 6902: a missing path,
// a failed test), with the JSON library's reason.
Diagnostic badPatchError(const std::string& what);

// Applies RFC 6902 operations to a JSON document, one by one, after checking what the JSON library
// assumes: the parent of every operation's target ("test" aside) exists and is an object or an
// array (for "add" the library asserts it, and without assertions the behaviour is undefined: the
// fuzzer's "add" under "/format", a string, aborted; a "remove" there did nothing, silently). Throws
// std::runtime_error, or the library's own errors, and the document may then be partly patched (callers patch
// a copy).
void patchJson(Json& document, const Json& operations);

// Applies forward (or backward) to the topology; on failure returns the errors and leaves the
// topology unchanged.
std::vector<Diagnostic> applyPatch(Topology& topology, const Json& operations);
// The same for a patch whose operations are all under /layout (patchScope's layoutOnly): only
// the layout is patched, nothing is read again (the layout is view data the reader keeps as it
// is; it must stay an object).
std::vector<Diagnostic> patchLayout(Topology& topology, const Json& operations);
// The same on a layout object alone (the operations' paths still start with /layout).
std::vector<Diagnostic> patchLayout(Json& layout, const Json& operations);

// What a patch reaches, so that the analysis recomputes only that (analysis/analysis.h): the
// layout alone (nothing to trace again), the rules or name of existing NSGs, the routes or
// settings of existing route tables, what existing sites and NVAs announce over BGP;
// `everything` for any other operation (an object added, removed or renamed, an address, an
// association, a flow).
struct PatchScope {
    bool everything = false;
    bool layoutOnly = true;      // every operation is under /layout
    bool layout = false;         // some operation is under /layout
    std::vector<Id> nsgs;        // NSGs whose securityRules or name change
    std::vector<Id> routeTables; // route tables whose routes, name or disableBgpRoutePropagation change
    // Sites whose bgp/advertise changes, NVA VMs whose nva/bgp advertise, defaultOriginate or
    // asPathPrepend change: only the BGP fabric depends on these (routing/bgp_fabric.h).
    std::vector<Id> announcers;
};
PatchScope patchScope(const Topology& before, const Json& operations);
// The ids whose layout entries the operations write (paths /layout/<id>...), in order.
std::vector<Id> placedIds(const Json& operations);

// The "id" of a JSON object ("" when it has none).
Id idOf(const Json& object);
// JSON Pointer of the object with this id in the canonical document ("" when absent).
std::string pointerOf(const Json& document, const Id& id);

// The ids of the objects a pointer passes through, outermost first ("/vnets/0/subnets/1/nsg" →
// [vnet id, subnet id]): where a diagnostic belongs.
std::vector<Id> idsAlongPointer(const Json& document, const std::string& pointer);
// Convenience edits built on the canonical JSON:
// replace an object (found by id) with `object`;
TopologyPatch replaceObjectPatch(const Topology& topology, const Id& id, const Json& object);
// remove an object (and its layout entry);
TopologyPatch removeObjectPatch(const Topology& topology, const Id& id);
// set the layout box of an id.
TopologyPatch setLayoutPatch(const Topology& topology, const Id& id, double x, double y, double w, double h,
                             bool hasSize);
// Set several layout boxes (scene units; a size only for containers), in operations on /layout
// alone: the patch the analysis applies without reading the file again.
struct LayoutPlacement {
    Id id;
    double x = 0, y = 0;
    std::optional<double> w, h;
};
TopologyPatch layoutPatch(const Topology& topology, const std::vector<LayoutPlacement>& boxes);
// The same against a layout object (a topology's, or one a patch is about to give it).
TopologyPatch layoutPatch(const Json& layout, const std::vector<LayoutPlacement>& boxes);
// A layout object with these boxes placed (what layoutPatch's operations give it).
Json withPlacements(const Json& layout, const std::vector<LayoutPlacement>& boxes);
// Append a flow (its fields as the flow dialog gives them); the id is made unique from "flow"
// and a missing name becomes "source → destination". The id is returned in `id`; in `shown`,
// when given, what names the flow to a person (its name, or its id when the name is empty).
TopologyPatch addFlowPatch(const Topology& topology, Json flow, Id* id, std::string* shown = nullptr);
// What the flow dialog starts from for a new flow: an object with "source" and "destination"
// when given (ids or addresses; empty ones are left out), nothing else.
Json flowDraft(const std::string& source, const std::string& destination);
// Set the document's own keys (title, description, latency) to those of `settings`; a key it
// lacks is removed.
TopologyPatch documentSettingsPatch(const Topology& topology, const Json& settings);

} // namespace pathlight
