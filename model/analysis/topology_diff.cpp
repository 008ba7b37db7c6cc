#include "analysis/topology_diff.h"

#include "analysis/analysis.h"
#include "common/ascii.h"
#include "io/topology_io.h"
#include "trace/source_kind.h"

#include <map>
#include <unordered_map>

namespace pathlight {

namespace {

// An object of a topology as the diff sees it: kind, id, name, ARM id, and its parent's id
// (subnets in VNets, NICs in VMs, hosts in sites) for keys that are unique only there.
struct Entry {
    ObjectKind kind;
    Id id;
    std::string name;
    std::string armId;
    Id parent;
};

std::string armIdOf(const Extra& e) {
    const auto it = e.keys.find("armId");
    return it != e.keys.end() && it->is_string() ? asciiLower(it->get<std::string>()) : std::string();
}

template <typename T> void add(std::vector<Entry>& out, ObjectKind kind, const std::vector<T>& list) {
    for (const auto& o : list)
        out.push_back({kind, o.id, o.name, armIdOf(o), {}});
}

std::vector<Entry> entries(const Topology& t) {
    std::vector<Entry> out;
    add(out, ObjectKind::Site, t.sites);
    for (const auto& s : t.sites)
        for (const auto& h : s.hosts)
            out.push_back({ObjectKind::Host, h.id, h.name, armIdOf(h), s.id});
    add(out, ObjectKind::Circuit, t.circuits);
    add(out, ObjectKind::Vnet, t.vnets);
    for (const auto& v : t.vnets)
        for (const auto& s : v.subnets)
            out.push_back({ObjectKind::Subnet, s.id, s.name, armIdOf(s), v.id});
    for (const auto& p : t.peerings)
        out.push_back({ObjectKind::Peering, p.id, {}, {}, {}});
    add(out, ObjectKind::Gateway, t.gateways);
    for (const auto& c : t.connections)
        out.push_back({ObjectKind::Connection, c.id, {}, armIdOf(c), {}});
    add(out, ObjectKind::RouteServer, t.routeServers);
    add(out, ObjectKind::Vm, t.vms);
    for (const auto& vm : t.vms)
        for (const auto& n : vm.nics)
            out.push_back({ObjectKind::Nic, n.id, {}, armIdOf(n), vm.id});
    add(out, ObjectKind::AppGateway, t.appGateways);
    add(out, ObjectKind::NatGateway, t.natGateways);
    add(out, ObjectKind::Firewall, t.firewalls);
    add(out, ObjectKind::LoadBalancer, t.loadBalancers);
    add(out, ObjectKind::PrivateEndpoint, t.privateEndpoints);
    add(out, ObjectKind::ApplicationSecurityGroup, t.applicationSecurityGroups);
    add(out, ObjectKind::Nsg, t.nsgs);
    add(out, ObjectKind::RouteTable, t.routeTables);
    add(out, ObjectKind::Endpoint, t.endpoints);
    return out;
}

// Keys that say where an object came from, not what it is.
bool provenance(const std::string& key) {
    return key == "id" || key == "armId" || key == "resourceGroup" || key == "inferred";
}

class Differ {
public:
    Differ(const Topology& design, const Topology& other) : design_(design), other_(other) {}

    TopologyDiff run(std::shared_ptr<const EndpointCatalog> catalog) {
        match();
        TopologyDiff diff;
        const TopologyIndex designIndex(design_), otherIndex(other_);
        for (const Entry& d : designEntries_) {
            const auto m = designToOther_.find(d.id);
            if (m == designToOther_.end()) {
                diff.objects.push_back({DiffChange::Removed, d.kind, d.id, {}, d.name, {}});
                continue;
            }
            const auto keys = changedKeys(objectToJson(design_, designIndex, d.id).object,
                                          objectToJson(other_, otherIndex, m->second).object);
            if (!keys.empty())
                diff.objects.push_back({DiffChange::Changed, d.kind, d.id, m->second, d.name, keys});
        }
        for (const Entry& o : otherEntries_)
            if (!otherToDesign_.count(o.id))
                diff.objects.push_back({DiffChange::Added, o.kind, {}, o.id, o.name, {}});
        flows(diff, std::move(catalog));
        return diff;
    }

private:
    // Pairs objects: by ARM id, else by kind, parent and name, else by kind and id.
    void match() {
        designEntries_ = entries(design_);
        otherEntries_ = entries(other_);
        std::map<std::string, const Entry*> byArm, byId;
        for (const Entry& o : otherEntries_) {
            if (!o.armId.empty()) byArm.emplace(o.armId, &o);
            byId.emplace(std::to_string(int(o.kind)) + "\x1e" + o.id, &o);
        }
        // Parents first, then children (subnets, NICs, hosts): a child's name key holds its
        // parent's design id, known once the parents are matched.
        for (const bool children : {false, true}) {
            std::map<std::string, const Entry*> byName;
            for (const Entry& o : otherEntries_)
                if (!o.name.empty() && o.parent.empty() != children)
                    byName.emplace(nameKey(o, otherToDesignParent(o.parent)), &o);
            for (const Entry& d : designEntries_) {
                if (d.parent.empty() == children) continue;
                const Entry* o = nullptr;
                if (!d.armId.empty())
                    if (const auto it = byArm.find(d.armId); it != byArm.end()) o = it->second;
                if (!o && !d.name.empty())
                    if (const auto it = byName.find(nameKey(d, d.parent)); it != byName.end()) o = it->second;
                if (!o)
                    if (const auto it = byId.find(std::to_string(int(d.kind)) + "\x1e" + d.id);
                        it != byId.end())
                        o = it->second;
                if (!o || o->kind != d.kind || otherToDesign_.count(o->id)) continue;
                designToOther_[d.id] = o->id;
                otherToDesign_[o->id] = d.id;
            }
        }
        // Peerings not matched by id: the same pair of (matched) VNets.
        auto pairOf = [](const Id& a, const Id& b) {
            return a < b ? std::make_pair(a, b) : std::make_pair(b, a);
        };
        std::map<std::pair<Id, Id>, Id> otherPeerings;
        for (const auto& q : other_.peerings)
            otherPeerings.emplace(pairOf(otherToDesignId(q.vnets[0]), otherToDesignId(q.vnets[1])), q.id);
        for (const auto& p : design_.peerings) {
            const auto it = otherPeerings.find(pairOf(p.vnets[0], p.vnets[1]));
            if (designToOther_.count(p.id) || it == otherPeerings.end() || otherToDesign_.count(it->second))
                continue;
            designToOther_[p.id] = it->second;
            otherToDesign_[it->second] = p.id;
        }
    }
    std::string otherToDesignParent(const Id& parent) const {
        if (parent.empty()) return {};
        const auto it = otherToDesign_.find(parent);
        return it == otherToDesign_.end() ? "\x1f" + parent : it->second;
    }
    static std::string nameKey(const Entry& e, const std::string& parent) {
        return std::to_string(int(e.kind)) + "\x1e" + parent + "\x1e" + asciiLower(e.name);
    }
    Id otherToDesignId(const Id& id) const {
        const auto it = otherToDesign_.find(id);
        return it == otherToDesign_.end() ? id : it->second;
    }
    Id designToOtherId(const Id& id) const {
        const auto it = designToOther_.find(id);
        return it == designToOther_.end() ? id : it->second;
    }

    // An object without its provenance keys and, when `ids` is given, with the references it
    // holds (strings, and keys such as allowForwardedTraffic's VNet ids) turned into design ids,
    // so that the two sides compare.
    static Json comparable(const Json& value, const std::unordered_map<Id, Id>* ids) {
        if (value.is_string() && ids) {
            const auto it = ids->find(value.get<std::string>());
            return it == ids->end() ? value : Json(it->second);
        }
        if (value.is_array()) {
            Json out = Json::array();
            for (const auto& e : value)
                out.push_back(comparable(e, ids));
            return out;
        }
        if (!value.is_object()) return value;
        Json out = Json::object();
        for (auto it = value.begin(); it != value.end(); ++it)
            if (!provenance(it.key()))
                out[comparable(Json(it.key()), ids).get<std::string>()] = comparable(it.value(), ids);
        return out;
    }
    std::vector<std::string> changedKeys(const Json& design, const Json& other) const {
        // Children are compared on their own (a VNet's subnets, a VM's NICs, a site's hosts).
        static const char* const children[] = {"subnets", "nics", "hosts"};
        const Json d = comparable(design, nullptr);
        const Json o = comparable(other, &otherToDesign_);
        std::vector<std::string> keys;
        auto skip = [](const std::string& key) {
            for (const char* c : children)
                if (key == c) return true;
            return false;
        };
        if (d.is_object())
            for (auto it = d.begin(); it != d.end(); ++it)
                if (!skip(it.key()) && (!o.contains(it.key()) || o[it.key()] != it.value()))
                    keys.push_back(it.key());
        if (o.is_object())
            for (auto it = o.begin(); it != o.end(); ++it)
                if (!skip(it.key()) && !d.contains(it.key())) keys.push_back(it.key());
        return keys;
    }

    // The design's flows traced on both; in the other topology their ends are the matched objects.
    void flows(TopologyDiff& diff, std::shared_ptr<const EndpointCatalog> catalog) {
        Topology designCopy = design_;
        Analysis designAnalysis(std::move(designCopy), catalog);
        Topology otherCopy = other_;
        otherCopy.flows.clear();
        const TopologyIndex otherIndex(other_);
        for (const auto& f : design_.flows) {
            Flow g = f;
            g.source = designToOtherId(f.source);
            g.destination = designToOtherId(f.destination);
            // A flow id the other topology uses for an object would clash: keep ids unique.
            while (otherIndex.contains(g.id))
                g.id += "'";
            otherCopy.flows.push_back(g);
        }
        Analysis otherAnalysis(std::move(otherCopy), catalog);
        std::size_t i = 0;
        for (const auto& f : design_.flows) {
            FlowDifference d;
            d.flow = f.id;
            d.name = f.name;
            const Trace* a = designAnalysis.trace(f.id);
            const Trace* b = otherAnalysis.trace(otherAnalysis.topology().flows[i].id);
            ++i;
            if (!a) continue; // the design's own flow names nothing: check says so
            d.designVerdict = a->verdict;
            d.designSource = sourceText(*a);
            if (b) {
                d.otherVerdict = b->verdict;
                d.otherSource = sourceText(*b);
            }
            diff.flows.push_back(d);
        }
    }
    static std::string sourceText(const Trace& t) {
        return t.apparentSource ? t.apparentSource->toString() : std::string(toString(t.apparentSourceKind));
    }

    const Topology& design_;
    const Topology& other_;
    std::vector<Entry> designEntries_, otherEntries_;
    std::unordered_map<Id, Id> designToOther_, otherToDesign_;
};

} // namespace

const char* toString(DiffChange change) {
    switch (change) {
    case DiffChange::Added:
        return "added";
    case DiffChange::Removed:
        return "removed";
    case DiffChange::Changed:
        return "changed";
    }
    return "";
}

std::size_t TopologyDiff::count(DiffChange change) const {
    std::size_t n = 0;
    for (const auto& o : objects)
        n += o.change == change;
    return n;
}

std::size_t TopologyDiff::flowsThatDiffer() const {
    std::size_t n = 0;
    for (const auto& f : flows)
        n += f.differs();
    return n;
}

TopologyDiff diffTopologies(const Topology& design, const Topology& other,
                            std::shared_ptr<const EndpointCatalog> catalog) {
    return Differ(design, other).run(std::move(catalog));
}

Json diffToJson(const TopologyDiff& diff) {
    Json out = Json::object();
    out["objects"] = Json::array();
    for (const auto& o : diff.objects)
        out["objects"].push_back({{"change", toString(o.change)},
                                  {"kind", toString(o.kind)},
                                  {"designId", o.designId.empty() ? Json() : Json(o.designId)},
                                  {"otherId", o.otherId.empty() ? Json() : Json(o.otherId)},
                                  {"name", o.name},
                                  {"keys", o.keys}});
    out["flows"] = Json::array();
    for (const auto& f : diff.flows)
        out["flows"].push_back({{"flow", f.flow},
                                {"name", f.name},
                                {"designVerdict", toString(f.designVerdict)},
                                {"otherVerdict", f.otherVerdict ? Json(toString(*f.otherVerdict)) : Json()},
                                {"designSource", f.designSource},
                                {"otherSource", f.otherSource},
                                {"differs", f.differs()}});
    return out;
}

} // namespace pathlight
