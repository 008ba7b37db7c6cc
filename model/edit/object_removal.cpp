#include "edit/object_removal.h"

#include "io/topology_io.h"

#include <set>

namespace pathlight {

namespace {

using IdSet = std::set<Id>;

std::string stringAt(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool inSet(const IdSet& set, const std::string& id) {
    return !id.empty() && set.count(id);
}

const Json& arrayAt(const Json& doc, const char* key) {
    static const Json empty = Json::array();
    const auto it = doc.find(key);
    return it != doc.end() && it->is_array() ? *it : empty;
}

// Grows the set with everything that cannot stay without its members; true when it grew.
bool cascade(const Json& doc, IdSet& gone) {
    const std::size_t size = gone.size();
    for (const Json& vnet : arrayAt(doc, "vnets"))
        if (inSet(gone, idOf(vnet)))
            for (const Json& s : arrayAt(vnet, "subnets"))
                gone.insert(idOf(s));
    for (const Json& site : arrayAt(doc, "sites"))
        if (inSet(gone, idOf(site)))
            for (const Json& h : arrayAt(site, "hosts"))
                gone.insert(idOf(h));
    for (const Json& vm : arrayAt(doc, "vms")) {
        bool removed = inSet(gone, idOf(vm));
        for (const Json& nic : arrayAt(vm, "nics"))
            removed = removed || inSet(gone, stringAt(nic, "subnet"));
        if (!removed) continue;
        gone.insert(idOf(vm));
        for (const Json& nic : arrayAt(vm, "nics"))
            gone.insert(idOf(nic));
    }
    for (const Json& a : arrayAt(doc, "appGateways"))
        if (inSet(gone, stringAt(a, "subnet"))) gone.insert(idOf(a));
    for (const char* key : {"gateways", "routeServers"})
        for (const Json& g : arrayAt(doc, key))
            if (inSet(gone, stringAt(g, "vnet"))) gone.insert(idOf(g));
    for (const Json& c : arrayAt(doc, "connections"))
        if (inSet(gone, stringAt(c, "gateway")) || inSet(gone, stringAt(c, "circuit")) ||
            inSet(gone, stringAt(c, "site")) || inSet(gone, stringAt(c, "peerGateway")))
            gone.insert(idOf(c));
    for (const Json& p : arrayAt(doc, "peerings"))
        for (const Json& v : arrayAt(p, "vnets"))
            if (v.is_string() && inSet(gone, v.get<std::string>())) gone.insert(idOf(p));
    for (const Json& f : arrayAt(doc, "flows"))
        if (inSet(gone, stringAt(f, "source")) || inSet(gone, stringAt(f, "destination")))
            gone.insert(idOf(f));
    return gone.size() != size;
}

void eraseMembers(Json& array, const IdSet& gone) {
    if (!array.is_array()) return;
    Json kept = Json::array();
    for (Json& item : array)
        if (!inSet(gone, idOf(item))) kept.push_back(std::move(item));
    array = std::move(kept);
}

void clearReference(Json& object, const char* key, const IdSet& gone) {
    if (inSet(gone, stringAt(object, key))) object.erase(key);
}

} // namespace

Removal planRemoval(const Topology& topology, const std::vector<Id>& ids) {
    Removal out;
    const Json before = topologyToJson(topology);
    IdSet gone;
    for (const Id& id : ids)
        if (!pointerOf(before, id).empty()) gone.insert(id);
    if (gone.empty()) return out;
    while (cascade(before, gone)) {
    }

    Json after = before;
    for (auto& [key, value] : after.items())
        eraseMembers(value, gone); // top-level collections; nested ones below
    if (after.contains("vnets"))
        for (Json& vnet : after["vnets"]) {
            if (!vnet.contains("subnets")) continue;
            eraseMembers(vnet["subnets"], gone);
            for (Json& s : vnet["subnets"])
                for (const char* key : {"nsg", "routeTable", "natGateway"})
                    clearReference(s, key, gone);
        }
    if (after.contains("sites"))
        for (Json& site : after["sites"]) {
            if (site.contains("hosts")) eraseMembers(site["hosts"], gone);
            if (site.contains("circuits")) {
                Json kept = Json::array();
                for (const Json& c : site["circuits"])
                    if (!(c.is_string() && inSet(gone, c.get<std::string>()))) kept.push_back(c);
                site["circuits"] = kept;
            }
        }
    if (after.contains("vms"))
        for (Json& vm : after["vms"])
            if (vm.contains("nics"))
                for (Json& nic : vm["nics"])
                    clearReference(nic, "nsg", gone);
    if (after.contains("gateways"))
        for (Json& g : after["gateways"])
            clearReference(g, "defaultSite", gone);
    if (after.contains("routeServers"))
        for (Json& rs : after["routeServers"])
            if (rs.contains("peers")) {
                Json kept = Json::array();
                for (const Json& p : rs["peers"])
                    if (!inSet(gone, stringAt(p, "vm"))) kept.push_back(p);
                rs["peers"] = kept;
            }
    if (after.contains("appGateways"))
        for (Json& a : after["appGateways"])
            if (a.contains("backends")) {
                Json kept = Json::array();
                for (const Json& b : a["backends"])
                    if (!inSet(gone, stringAt(b, "vm"))) kept.push_back(b);
                a["backends"] = kept;
            }
    if (after.contains("layout"))
        for (const Id& id : gone)
            after["layout"].erase(id);

    for (const Json& f : arrayAt(before, "flows"))
        out.flowsRemoved += inSet(gone, idOf(f));
    out.removed.assign(gone.begin(), gone.end());
    out.patch = makePatch(before, after);
    return out;
}

} // namespace pathlight
