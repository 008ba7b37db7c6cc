#include "edit/topology_patch.h"

#include "edit/object_factory.h"
#include "io/topology_io.h"

#include <algorithm>

#include <stdexcept>

namespace pathlight {

namespace {

void find(const Json& j, const Id& id, const std::string& at, std::string& out) {
    if (!out.empty()) return;
    if (j.is_object()) {
        auto it = j.find("id");
        if (it != j.end() && it->is_string() && it->get<std::string>() == id) {
            out = at;
            return;
        }
        for (auto c = j.begin(); c != j.end(); ++c)
            if (c.key() != "layout") find(c.value(), id, at + "/" + escapePointerToken(c.key()), out);
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size() && out.empty(); ++i)
            find(j[i], id, at + "/" + std::to_string(i), out);
    }
}

// A JSON Pointer's tokens (RFC 6901: "~1" is "/", "~0" is "~"); nothing for a pointer that
// does not start with "/" (or is empty).
std::optional<std::vector<std::string>> pointerTokens(const std::string& path) {
    std::vector<std::string> tokens;
    for (std::size_t at = 0; at < path.size();) {
        if (path[at] != '/') return std::nullopt;
        const std::size_t end = std::min(path.find('/', at + 1), path.size());
        std::string token = path.substr(at + 1, end - at - 1);
        for (std::size_t k = 0; (k = token.find('~', k)) != std::string::npos; ++k)
            token.replace(k, 2, k + 1 < token.size() && token[k + 1] == '1' ? "/" : "~");
        tokens.push_back(std::move(token));
        at = end;
    }
    return tokens;
}

} // namespace

std::vector<Id> placedIds(const Json& operations) {
    std::vector<Id> ids;
    if (!operations.is_array()) return ids;
    for (const auto& op : operations)
        if (op.is_object() && op.contains("path") && op["path"].is_string())
            if (const auto tokens = pointerTokens(op["path"].get<std::string>());
                tokens && tokens->size() >= 2 && (*tokens)[0] == "layout")
                ids.push_back((*tokens)[1]);
    return ids;
}

PatchScope patchScope(const Topology& before, const Json& operations) {
    PatchScope scope;
    auto everything = [&] {
        scope.everything = true;
        scope.layoutOnly = false;
        return scope;
    };
    if (!operations.is_array()) return everything();
    for (const auto& op : operations) {
        if (!op.is_object() || !op.contains("path") || !op["path"].is_string()) return everything();
        const std::string kind = op.value("op", std::string());
        if (kind == "move" || kind == "copy") return everything();
        const auto parsed = pointerTokens(op["path"].get<std::string>());
        if (!parsed) return everything();
        const std::vector<std::string>& tokens = *parsed;
        if (!tokens.empty() && tokens[0] == "layout") {
            scope.layout = true;
            continue;
        }
        scope.layoutOnly = false;
        // An existing element's own field, never the element itself (that adds or removes it).
        const auto element = [&](const auto& list) -> const decltype(&list[0]) {
            if (tokens.size() < 3 || tokens[1].empty() || tokens[1].size() > 9 ||
                tokens[1].find_first_not_of("0123456789") != std::string::npos)
                return nullptr;
            const std::size_t i = std::stoul(tokens[1]);
            return i < list.size() ? &list[i] : nullptr;
        };
        // A rule naming application security groups refers to other objects, which only a full
        // read checks (the one-object read sees no ids).
        const bool namesGroups =
            op["path"].get<std::string>().find("ApplicationSecurityGroups") != std::string::npos ||
            (op.contains("value") &&
             op["value"].dump().find("ApplicationSecurityGroups") != std::string::npos);
        if (tokens.size() >= 3 && tokens[0] == "nsgs" && !namesGroups &&
            (tokens[2] == "securityRules" || tokens[2] == "name")) {
            if (const Nsg* nsg = element(before.nsgs)) {
                scope.nsgs.push_back(nsg->id);
                continue;
            }
        }
        if (tokens.size() >= 3 && tokens[0] == "routeTables" &&
            (tokens[2] == "routes" || tokens[2] == "name" || tokens[2] == "disableBgpRoutePropagation")) {
            if (const RouteTable* table = element(before.routeTables)) {
                scope.routeTables.push_back(table->id);
                continue;
            }
        }
        if (tokens.size() >= 4 && tokens[0] == "sites" && tokens[2] == "bgp" && tokens[3] == "advertise") {
            if (const Site* site = element(before.sites); site && site->bgp) {
                scope.announcers.push_back(site->id);
                continue;
            }
        }
        if (tokens.size() >= 5 && tokens[0] == "vms" && tokens[2] == "nva" && tokens[3] == "bgp" &&
            (tokens[4] == "advertise" || tokens[4] == "defaultOriginate" || tokens[4] == "asPathPrepend")) {
            if (const Vm* vm = element(before.vms); vm && vm->nva && vm->nva->bgp) {
                scope.announcers.push_back(vm->id);
                continue;
            }
        }
        return everything();
    }
    for (auto* ids : {&scope.nsgs, &scope.routeTables, &scope.announcers}) {
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    }
    return scope;
}

TopologyPatch makePatch(const Json& before, const Json& after) {
    // Diff against what the writer will produce (it omits empty lists and defaults), so the
    // inverse applies to the document as it really is after the change.
    Json target = after;
    LoadResult r = loadTopologyFromText(after.dump());
    if (r.ok()) target = topologyToJson(*r.topology);
    TopologyPatch p;
    p.forward = Json::diff(before, target);
    p.backward = Json::diff(target, before);
    return p;
}

Diagnostic badPatchError(const std::string& what) {
    return Diagnostic{
        Severity::Error, "BAD_PATCH", "",
        Message{"LoadError", QT_TRANSLATE_NOOP("LoadError", "the change cannot be applied: %1"), {what}}};
}

void patchJson(Json& document, const Json& operations) {
    if (!operations.is_array()) throw std::runtime_error("a patch is an array of operations");
    for (const Json& op : operations) {
        if (!op.is_object()) throw std::runtime_error("a patch operation is an object");
        const auto kind = op.find("op");
        const auto path = op.find("path");
        if (kind != op.end() && kind->is_string() && path != op.end() && path->is_string() &&
            *kind != "test") {
            const Json::json_pointer target(path->get<std::string>()); // throws on a malformed one
            if (!target.empty()) {
                const Json::json_pointer parent = target.parent_pointer();
                if (!document.contains(parent))
                    throw std::runtime_error("\"" + path->get<std::string>() +
                                             "\" has no parent in the document");
                const Json& holder = document.at(parent);
                if (!holder.is_object() && !holder.is_array())
                    throw std::runtime_error("\"" + path->get<std::string>() +
                                             "\" is inside a value that holds nothing");
            }
        }
        document.patch_inplace(Json::array({op}));
    }
}

std::vector<Diagnostic> applyPatch(Topology& topology, const Json& operations) {
    Json doc = topologyToJson(topology);
    try {
        patchJson(doc, operations);
    } catch (const std::exception& e) {
        return {badPatchError(e.what())};
    }
    LoadResult r = loadTopologyFromText(doc.dump());
    if (!r.ok()) {
        std::vector<Diagnostic> errors;
        for (auto& d : r.diagnostics)
            if (d.severity == Severity::Error) errors.push_back(std::move(d));
        return errors;
    }
    topology = std::move(*r.topology);
    return {};
}

std::vector<Diagnostic> patchLayout(Topology& topology, const Json& operations) {
    return patchLayout(topology.layout, operations);
}

std::vector<Diagnostic> patchLayout(Json& layout, const Json& operations) {
    Json doc = {{"layout", layout.is_object() ? layout : Json::object()}};
    try {
        patchJson(doc, operations);
    } catch (const std::exception& e) {
        return {badPatchError(e.what())};
    }
    const auto patched = doc.find("layout");
    if (patched == doc.end()) {
        layout = Json::object();
    } else if (patched->is_object()) {
        layout = std::move(*patched);
    } else {
        return {Diagnostic{Severity::Error, "TYPE", "/layout",
                           Message{"LoadError",
                                   QT_TRANSLATE_NOOP("LoadError", "expected an object, found %1"),
                                   {patched->dump()}}}};
    }
    return {};
}

std::string pointerOf(const Json& document, const Id& id) {
    std::string out;
    find(document, id, "", out);
    return out;
}

Id idOf(const Json& object) {
    const auto it = object.find("id");
    return it != object.end() && it->is_string() ? it->get<std::string>() : Id();
}

std::vector<Id> idsAlongPointer(const Json& document, const std::string& pointer) {
    std::vector<Id> ids;
    try {
        // From the pointer up to the document, the objects with an id; nlohmann does the unescaping.
        for (Json::json_pointer p(pointer); !p.empty(); p = p.parent_pointer())
            if (document.contains(p))
                if (const Id id = idOf(document.at(p)); !id.empty()) ids.insert(ids.begin(), id);
    } catch (const Json::exception&) { // not a pointer into this document
        return {};
    }
    return ids;
}

namespace {

// Operations of a diff between two versions of one object, placed at its pointer.
Json under(const std::string& pointer, Json operations) {
    for (auto& op : operations) {
        op["path"] = pointer + op["path"].get<std::string>();
        if (op.contains("from")) op["from"] = pointer + op["from"].get<std::string>();
    }
    return operations;
}

// An NSG or a route table replaced by `object`, diffed on that object alone (the rule and route
// editors on a 20,000-object file). Empty when the object is something else or does not read
// (the whole-document path then reports the reader's errors).
TopologyPatch replaceRuleSetPatch(const Topology& topology, const Id& id, const Json& object) {
    TopologyPatch p;
    auto diff = [&](const std::string& pointer, const Json& before, const Json& after) {
        p.forward = under(pointer, Json::diff(before, after));
        p.backward = under(pointer, Json::diff(after, before));
    };
    for (std::size_t i = 0; i < topology.nsgs.size(); ++i)
        if (topology.nsgs[i].id == id) {
            const std::string pointer = "/nsgs/" + std::to_string(i);
            Nsg read;
            if (readNsgObject(object, pointer, read).empty())
                diff(pointer, nsgToJson(topology.nsgs[i]), nsgToJson(read));
            return p;
        }
    for (std::size_t i = 0; i < topology.routeTables.size(); ++i)
        if (topology.routeTables[i].id == id) {
            const std::string pointer = "/routeTables/" + std::to_string(i);
            RouteTable read;
            if (readRouteTableObject(object, pointer, read).empty())
                diff(pointer, routeTableToJson(topology.routeTables[i]), routeTableToJson(read));
            return p;
        }
    return p;
}

} // namespace

TopologyPatch replaceObjectPatch(const Topology& topology, const Id& id, const Json& object) {
    if (TopologyPatch p = replaceRuleSetPatch(topology, id, object); !p.empty()) return p;
    const Json before = topologyToJson(topology);
    const std::string at = pointerOf(before, id);
    if (at.empty()) return {};
    Json after = before;
    after[Json::json_pointer(at)] = object;
    return makePatch(before, after);
}

TopologyPatch removeObjectPatch(const Topology& topology, const Id& id) {
    const Json before = topologyToJson(topology);
    const std::string at = pointerOf(before, id);
    if (at.empty()) return {};
    Json after = before;
    const Json::json_pointer pointer(at);
    after[pointer.parent_pointer()].erase(std::stoul(pointer.back()));
    if (after.contains("layout")) after["layout"].erase(id);
    return makePatch(before, after);
}

TopologyPatch setLayoutPatch(const Topology& topology, const Id& id, double x, double y, double w, double h,
                             bool hasSize) {
    LayoutPlacement box{id, x, y, {}, {}};
    if (hasSize) {
        box.w = w;
        box.h = h;
    }
    return layoutPatch(topology, {box});
}

TopologyPatch layoutPatch(const Topology& topology, const std::vector<LayoutPlacement>& boxes) {
    return layoutPatch(topology.layout, boxes);
}

Json withPlacements(const Json& current, const std::vector<LayoutPlacement>& boxes) {
    Json layout = current.is_object() ? current : Json::object();
    for (const LayoutPlacement& b : boxes) {
        Json entry = {{"x", b.x}, {"y", b.y}};
        if (b.w && b.h) {
            entry["w"] = *b.w;
            entry["h"] = *b.h;
        }
        layout[b.id] = std::move(entry);
    }
    return layout;
}

TopologyPatch layoutPatch(const Json& current, const std::vector<LayoutPlacement>& boxes) {
    TopologyPatch p;
    const Json before = current.is_object() ? current : Json::object();
    const Json layout = withPlacements(before, boxes);
    if (layout == before) return p;
    if (before.empty()) {
        // The writer leaves an empty layout out: the whole key comes and goes.
        p.forward.push_back({{"op", "add"}, {"path", "/layout"}, {"value", layout}});
        p.backward.push_back({{"op", "remove"}, {"path", "/layout"}});
        return p;
    }
    p.forward = under("/layout", Json::diff(before, layout));
    p.backward = under("/layout", Json::diff(layout, before));
    return p;
}

Json flowDraft(const std::string& source, const std::string& destination) {
    Json flow = Json::object();
    if (!source.empty()) flow["source"] = source;
    if (!destination.empty()) flow["destination"] = destination;
    return flow;
}

TopologyPatch addFlowPatch(const Topology& topology, Json flow, Id* id, std::string* shown) {
    if (!flow.is_object()) return {};
    const Id made = uniqueId(topology, "flow");
    flow["id"] = made;
    if (!flow.contains("name")) {
        auto text = [&flow](const char* key) {
            const auto it = flow.find(key);
            return it != flow.end() && it->is_string() ? it->get<std::string>() : std::string();
        };
        flow["name"] = text("source") + " → " + text("destination");
    }
    if (id) *id = made;
    if (shown) {
        const auto name = flow.find("name");
        *shown = name->is_string() && !name->get<std::string>().empty() ? name->get<std::string>() : made;
    }
    TopologyPatch p;
    if (topology.flows.empty()) {
        p.forward.push_back({{"op", "add"}, {"path", "/flows"}, {"value", Json::array({flow})}});
        p.backward.push_back({{"op", "remove"}, {"path", "/flows"}});
    } else {
        p.forward.push_back({{"op", "add"}, {"path", "/flows/-"}, {"value", flow}});
        p.backward.push_back({{"op", "remove"}, {"path", "/flows/" + std::to_string(topology.flows.size())}});
    }
    return p;
}

TopologyPatch documentSettingsPatch(const Topology& topology, const Json& settings) {
    const Json before = topologyToJson(topology);
    Json after = before;
    for (const char* key : {"title", "description", "latency"}) {
        if (settings.is_object() && settings.contains(key))
            after[key] = settings[key];
        else
            after.erase(key);
    }
    return makePatch(before, after);
}

} // namespace pathlight
