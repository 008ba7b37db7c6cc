#include "import/arm_mapper.h"

#include "catalog/service_tags.h"

#include "common/ascii.h"
#include "ip/ipv4.h"

#include <algorithm>
#include <functional>
#include <list>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace pathlight::armimport {

namespace {

constexpr const char* kNetwork = "microsoft.network/";

// A JSON object of ARM (a resource, or a sub-resource written inline such as a subnet) with where
// it was read.
struct Item {
    const Json* json = nullptr;
    std::string id; // ARM id, when the input gives one or it can be built
    std::string name;
    std::string source;
    std::string pointer;
};

std::string lastSegment(const std::string& id) {
    const auto slash = id.find_last_of('/');
    return slash == std::string::npos ? id : id.substr(slash + 1);
}

std::string nameOf(const Json& object) {
    if (const Json* n = member(object, "name"); n && n->is_string()) {
        // A template's child written "vnet/subnet": the last part names it.
        return lastSegment(n->get<std::string>());
    }
    if (const Json* id = member(object, "id"); id && id->is_string())
        return lastSegment(id->get<std::string>());
    return {};
}

bool isIpv6(const std::string& text) {
    return text.find(':') != std::string::npos;
}

// A string or an array of strings under key (ARM writes `addressPrefix` and `addressPrefixes`,
// `sourcePortRange` and `sourcePortRanges` ...).
std::vector<std::string> strings(const Json& object, std::string_view key) {
    std::vector<std::string> out;
    if (const Json* v = field(object, key)) {
        if (v->is_string()) out.push_back(v->get<std::string>());
        if (v->is_array())
            for (const auto& e : *v)
                if (e.is_string()) out.push_back(e.get<std::string>());
    }
    return out;
}

std::vector<std::string> refs(const Json& object, std::string_view key) {
    std::vector<std::string> out;
    for (const auto& e : arrayField(object, key)) {
        if (e.is_string())
            out.push_back(e.get<std::string>());
        else if (const Json* id = member(e, "id"); id && id->is_string())
            out.push_back(id->get<std::string>());
    }
    return out;
}

std::string properCase(const std::string& text, std::initializer_list<const char*> choices) {
    for (const char* c : choices)
        if (asciiLower(text) == asciiLower(c)) return c;
    return text;
}

class Mapper {
public:
    Mapper(const ResourceSet& set, ImportReport& report) : set_(set), report_(report) {}

    Json run() {
        for (std::size_t i = 0; i < set_.all().size(); ++i)
            byType_[set_.all()[i].typeKey()].push_back(&set_.all()[i]);
        collectAddresses();
        assignIds();
        Json t = Json::object();
        t["format"] = "pathlight.topology";
        t["version"] = 2;
        t["title"] = "";
        mapVnets(t);
        mapNsgs(t);
        mapRouteTables(t);
        mapNatGateways(t);
        mapAsgs(t);
        mapCircuits(t);
        mapSites(t);
        mapGateways(t);
        mapConnections(t);
        mapVms(t);
        mapRouteServers(t);
        mapFirewalls(t);
        mapLoadBalancers(t);
        mapPrivateEndpoints(t);
        mapAppGateways(t);
        t["sites"] = std::move(sites_);
        t["circuits"] = std::move(circuits_);
        reportOthers();
        reportSecrets();
        // The file's order of arrays, as the writer would put them.
        Json ordered = Json::object();
        for (const char* key :
             {"format", "version", "title", "sites", "circuits", "vnets", "peerings", "gateways",
              "connections", "routeServers", "vms", "appGateways", "natGateways", "firewalls",
              "loadBalancers", "privateEndpoints", "applicationSecurityGroups", "nsgs", "routeTables"})
            if (t.contains(key) && !(t[key].is_array() && t[key].empty())) ordered[key] = t[key];
        return ordered;
    }

private:
    // ---- report --------------------------------------------------------------------------

    void note(NoteKind kind, const char* code, const Item& at, const std::string& objectId, const char* text,
              std::vector<std::string> args = {}) {
        ImportNote n;
        n.kind = kind;
        n.code = code;
        n.source = at.source;
        n.pointer = at.pointer;
        n.armId = at.id;
        n.objectId = objectId;
        n.message = {"Import", text, std::move(args)};
        report_.notes.push_back(std::move(n));
    }
    void outcome(const ArmResource& r, ResourceOutcome o, const std::string& objectId) {
        if (!reported_.insert(&r).second) return;
        report_.resources.push_back({r.id, r.type, r.source, r.pointer, o, objectId});
        for (const auto& [source, pointer] : duplicatesOf(r))
            report_.resources.push_back(
                {r.id, r.type, source, pointer, ResourceOutcome::MergedInto, objectId});
    }
    std::vector<std::pair<std::string, std::string>> duplicatesOf(const ArmResource& r) const {
        const std::size_t index = static_cast<std::size_t>(&r - set_.all().data());
        return index < set_.duplicates().size() ? set_.duplicates()[index] : decltype(duplicatesOf(r)){};
    }
    static Item item(const ArmResource& r) { return {&r.json, r.id, r.name, r.source, r.pointer}; }
    static std::string object(const std::string& id) { return Message::object(id); }

    // ---- ids -----------------------------------------------------------------------------

    std::string uniqueId(std::string preferred, const std::string& resourceGroup) {
        if (preferred.empty()) preferred = "object";
        if (used_.insert(preferred).second) return preferred;
        if (!resourceGroup.empty() && used_.insert(preferred + "-" + resourceGroup).second)
            return preferred + "-" + resourceGroup;
        for (int n = 2;; ++n)
            if (used_.insert(preferred + "-" + std::to_string(n)).second)
                return preferred + "-" + std::to_string(n);
    }
    void bind(const std::string& armId, const std::string& id) { ids_[idKey(armId)] = id; }
    std::string idFor(const std::string& armId) const {
        const auto it = ids_.find(idKey(armId));
        return it == ids_.end() ? std::string() : it->second;
    }
    const std::vector<const ArmResource*>& ofType(const std::string& suffix) {
        return byType_[std::string(suffix.starts_with("microsoft.") ? "" : kNetwork) + suffix];
    }

    void assignIds() {
        for (const char* type :
             {"virtualnetworks", "networksecuritygroups", "routetables", "natgateways",
              "applicationsecuritygroups", "expressroutecircuits", "localnetworkgateways",
              "virtualnetworkgateways", "connections", "virtualhubs", "virtualrouters", "azurefirewalls",
              "loadbalancers", "privateendpoints", "applicationgateways"})
            for (const ArmResource* r : ofType(type))
                bind(r->id, uniqueId(r->name, r->resourceGroup()));
        for (const ArmResource* r : ofType("microsoft.compute/virtualmachines"))
            bind(r->id, uniqueId(r->name, r->resourceGroup()));
        for (const ArmResource* r : ofType("networkinterfaces"))
            if (!field(r->json, "privateEndpoint")) bind(r->id, uniqueId(r->name, r->resourceGroup()));
        // Subnets: "<vnet id>/<subnet name>", bound to the subnet's ARM id.
        for (const ArmResource* v : ofType("virtualnetworks"))
            for (const Item& s : subnetsOf(*v)) {
                const std::string id = uniqueId(idFor(v->id) + "/" + s.name, {});
                bind(v->id + "/subnets/" + s.name, id);
            }
        // Load balancer parts: "<lb id>/<name>".
        for (const ArmResource* lb : ofType("loadbalancers"))
            for (const char* part : {"frontendIPConfigurations", "backendAddressPools"})
                for (const auto& p : arrayField(lb->json, part)) {
                    const std::string name = nameOf(p);
                    bind(lb->id + "/" + part + "/" + name, uniqueId(idFor(lb->id) + "/" + name, {}));
                }
    }

    // Inline sub-resources under `key` and separately declared children of `childType`, merged by
    // name (a separate child's values win, as ARM applies it after its parent). Computed once per
    // parent and key: several passes read the same subnets, routes and BGP connections.
    const std::vector<Item>& partsOf(const ArmResource& parent, const char* key, const char* childType) {
        const auto cacheKey = std::make_pair(&parent, std::string(key));
        if (const auto it = parts_.find(cacheKey); it != parts_.end()) return it->second;
        return parts_[cacheKey] = computeParts(parent, key, childType);
    }
    std::vector<Item> computeParts(const ArmResource& parent, const char* key, const char* childType) {
        std::vector<Item> out;
        std::map<std::string, std::size_t> byName;
        const Json* inlineArray = field(parent.json, key);
        const std::string base =
            parent.pointer + (member(parent.json, "properties") ? "/properties/" : "/") + std::string(key);
        if (inlineArray && inlineArray->is_array())
            for (std::size_t i = 0; i < inlineArray->size(); ++i) {
                const Json& j = (*inlineArray)[i];
                if (!j.is_object()) continue;
                Item it{&j, {}, nameOf(j), parent.source, base + "/" + std::to_string(i)};
                it.id = parent.id + "/" + childType + "/" + it.name;
                byName[asciiLower(it.name)] = out.size();
                out.push_back(it);
            }
        for (const ArmResource* c : set_.children(parent.id)) {
            const auto parsed = parseArmId(c->id);
            if (!parsed || asciiLower(parsed->types.back()) != asciiLower(childType)) continue;
            Item it = item(*c);
            if (const auto found = byName.find(asciiLower(it.name)); found != byName.end()) {
                mergedChildren_.emplace_back(*out[found->second].json);
                Json& merged = mergedChildren_.back();
                for (auto m = c->json.begin(); m != c->json.end(); ++m)
                    if (m.key() != "properties" || !merged.contains("properties"))
                        merged[m.key()] = m.value();
                    else
                        for (auto p = m.value().begin(); m.value().is_object() && p != m.value().end(); ++p)
                            merged["properties"][p.key()] = p.value();
                out[found->second] = it;
                out[found->second].json = &merged;
            } else {
                byName[asciiLower(it.name)] = out.size();
                out.push_back(it);
            }
        }
        return out;
    }
    const std::vector<Item>& subnetsOf(const ArmResource& vnet) {
        return partsOf(vnet, "subnets", "subnets");
    }

    // Marks the children merged into a parent (subnets, rules, routes ...) in the report.
    void childrenMerged(const ArmResource& parent, const std::string& objectId) {
        for (const ArmResource* c : set_.children(parent.id))
            if (!reported_.count(c)) outcome(*c, ResourceOutcome::MergedInto, objectId);
    }

    // ---- addresses -----------------------------------------------------------------------

    // Public addresses by PIP id, prefixes by public IP prefix id, NIC private addresses.
    void collectAddresses() {
        for (const ArmResource* p : ofType("publicipaddresses"))
            if (const auto ip = stringField(p->json, "ipAddress"))
                if (const auto a = Ipv4Address::parse(*ip)) publicIps_[idKey(p->id)] = *a;
        for (const ArmResource* p : ofType("publicipprefixes"))
            if (const auto text = stringField(p->json, "ipPrefix"))
                if (const auto prefix = Ipv4Prefix::parse(*text)) publicPrefixes_[idKey(p->id)] = *prefix;
        for (const ArmResource* t : ofType("routetables"))
            for (const Item& r : partsOf(*t, "routes", "routes"))
                if (auto ip = stringField(*r.json, "nextHopIpAddress")) applianceIps_.insert(*ip);
        for (const ArmResource* h : ofType("virtualhubs"))
            for (const Item& b : partsOf(*h, "bgpConnections", "bgpConnections"))
                if (auto ip = stringField(*b.json, "peerIp")) applianceIps_.insert(*ip);
        for (const ArmResource* h : ofType("virtualrouters"))
            for (const Item& b : partsOf(*h, "peerings", "peerings"))
                if (auto ip = stringField(*b.json, "peerIp")) applianceIps_.insert(*ip);
    }

    // A public IP resource's address, with a note when it is not known (a template, a dynamic
    // address not allocated).
    std::optional<std::string> publicIp(const std::string& pipId, const Item& at,
                                        const std::string& objectId) {
        if (const auto it = publicIps_.find(idKey(pipId)); it != publicIps_.end())
            return it->second.toString();
        if (set_.find(pipId))
            note(NoteKind::Unresolved, "PUBLIC_IP_UNKNOWN", at, objectId,
                 QT_TRANSLATE_NOOP("Import",
                                   "public IP address %1 has no address in the input (Azure allocates it "
                                   "at deployment): left out"),
                 {lastSegment(pipId)});
        else
            note(NoteKind::HalfConfigured, "PUBLIC_IP_MISSING", at, objectId,
                 QT_TRANSLATE_NOOP("Import", "public IP address %1 is not in the input: left out"),
                 {lastSegment(pipId)});
        return std::nullopt;
    }

    // ---- virtual networks ------------------------------------------------------------------

    void mapVnets(Json& t) {
        Json vnets = Json::array();
        struct Direction {
            const Json* json;
            Item at;
            std::string local, remote; // Pathlight ids
        };
        std::map<std::pair<std::string, std::string>, std::vector<Direction>> pairs;
        for (const ArmResource* v : ofType("virtualnetworks")) {
            const std::string id = idFor(v->id);
            Json out = base(*v, id);
            if (const auto location = stringField(v->json, "location")) out["region"] = *location;
            Json space = Json::array();
            const Json* addressSpace = field(v->json, "addressSpace");
            for (const auto& p :
                 addressSpace ? strings(*addressSpace, "addressPrefixes") : std::vector<std::string>{})
                addPrefix(space, p, item(*v), id);
            out["addressSpace"] = space;
            Json subnets = Json::array();
            for (const Item& s : subnetsOf(*v)) {
                Json one = subnet(s, idFor(s.id), id);
                if (one.is_null())
                    ids_.erase(idKey(s.id)); // NICs in it are then reported, not left dangling
                else
                    subnets.push_back(one);
            }
            out["subnets"] = subnets;
            vnets.push_back(out);
            outcome(*v, ResourceOutcome::Imported, id);
            for (const Item& p : partsOf(*v, "virtualNetworkPeerings", "virtualNetworkPeerings")) {
                const auto remote = refField(*p.json, "remoteVirtualNetwork");
                const std::string remoteId = remote ? idFor(*remote) : std::string();
                if (remoteId.empty()) {
                    note(NoteKind::HalfConfigured, "PEERING_REMOTE_MISSING", p, id,
                         QT_TRANSLATE_NOOP("Import",
                                           "peering %1 of %2 leads to %3, which is not in the input: "
                                           "left out"),
                         {p.name, object(id), remote ? lastSegment(*remote) : std::string("?")});
                    continue;
                }
                const auto state = stringField(*p.json, "peeringState");
                if (state && asciiLower(*state) != "connected") {
                    note(NoteKind::HalfConfigured, "PEERING_NOT_CONNECTED", p, id,
                         QT_TRANSLATE_NOOP("Import",
                                           "peering %1 of %2 is %3, not Connected: it carries nothing "
                                           "and is left out"),
                         {p.name, object(id), *state});
                    continue;
                }
                if (remoteId == id) {
                    note(NoteKind::HalfConfigured, "PEERING_SELF", p, id,
                         QT_TRANSLATE_NOOP("Import", "peering %1 of %2 leads to %2 itself: left out"),
                         {p.name, object(id)});
                    continue;
                }
                pairs[std::minmax(id, remoteId)].push_back({p.json, p, id, remoteId});
            }
            childrenMerged(*v, id);
        }
        Json peerings = Json::array();
        for (auto& [key, directions] : pairs) {
            const Direction* a = nullptr;
            const Direction* b = nullptr;
            for (const auto& d : directions)
                (d.local == key.first ? a : b) = &d;
            if (!a || !b) {
                const Direction& d = directions.front();
                note(NoteKind::HalfConfigured, "PEERING_ONE_SIDED", d.at, d.local,
                     QT_TRANSLATE_NOOP("Import",
                                       "peering %1 from %2 to %3 has no peering back in the input: Azure "
                                       "carries nothing until both sides exist; left out"),
                     {d.at.name, object(d.local), object(d.remote)});
                continue;
            }
            Json p = Json::object();
            p["id"] = uniqueId("peering-" + a->local + "-" + b->local, {});
            p["vnets"] = {a->local, b->local};
            const bool fa = boolField(*a->json, "allowForwardedTraffic").value_or(false);
            const bool fb = boolField(*b->json, "allowForwardedTraffic").value_or(false);
            if (fa == fb)
                p["allowForwardedTraffic"] = fa;
            else
                p["allowForwardedTraffic"] = {{a->local, fa}, {b->local, fb}};
            const bool access = boolField(*a->json, "allowVirtualNetworkAccess").value_or(true) &&
                                boolField(*b->json, "allowVirtualNetworkAccess").value_or(true);
            if (!access) p["allowVirtualNetworkAccess"] = false;
            std::string provider, user;
            for (const Direction* d : {a, b}) {
                if (boolField(*d->json, "allowGatewayTransit").value_or(false)) provider = d->local;
                if (boolField(*d->json, "useRemoteGateways").value_or(false)) user = d->local;
            }
            if (!user.empty() && !provider.empty() && user != provider)
                p["gatewayTransit"] = {{"provider", provider}, {"user", user}};
            p["armId"] = Json::array({a->at.id, b->at.id});
            peerings.push_back(p);
        }
        t["vnets"] = vnets;
        t["peerings"] = peerings;
    }

    Json base(const ArmResource& r, const std::string& id) {
        Json out = Json::object();
        out["id"] = id;
        out["name"] = r.name;
        out["armId"] = r.id;
        if (const std::string rg = r.resourceGroup(); !rg.empty()) out["resourceGroup"] = rg;
        return out;
    }

    void addPrefix(Json& into, const std::string& text, const Item& at, const std::string& objectId) {
        if (isIpv6(text)) {
            note(NoteKind::Skipped, "IPV6_DROPPED", at, objectId,
                 QT_TRANSLATE_NOOP("Import", "IPv6 prefix %1 left out (Pathlight models IPv4)"), {text});
            return;
        }
        std::string why;
        if (!Ipv4Prefix::parse(text, &why)) {
            note(NoteKind::Skipped, "PREFIX_INVALID", at, objectId,
                 QT_TRANSLATE_NOOP("Import", "\"%1\" is not a valid IPv4 prefix (%2): left out"),
                 {text, why});
            return;
        }
        into.push_back(text);
    }

    Json subnet(const Item& s, const std::string& id, const std::string& vnetId) {
        Json out = Json::object();
        out["id"] = id;
        out["name"] = s.name;
        if (!s.id.empty()) out["armId"] = s.id;
        Json prefixes = Json::array();
        for (const auto& p : strings(*s.json, "addressPrefix"))
            addPrefix(prefixes, p, s, id);
        for (const auto& p : strings(*s.json, "addressPrefixes"))
            addPrefix(prefixes, p, s, id);
        if (prefixes.empty()) {
            note(NoteKind::Skipped, "SUBNET_NO_PREFIX", s, id,
                 QT_TRANSLATE_NOOP("Import", "subnet %1 of %2 has no IPv4 prefix in the input"),
                 {s.name, object(vnetId)});
            return nullptr;
        }
        {
            out["addressPrefix"] = prefixes[0];
            if (prefixes.size() > 1)
                note(NoteKind::Skipped, "SUBNET_EXTRA_PREFIXES", s, id,
                     QT_TRANSLATE_NOOP("Import", "subnet %1 has %2 prefixes; Pathlight keeps the first, %3"),
                     {s.name, std::to_string(prefixes.size()), prefixes[0].get<std::string>()});
        }
        auto reference = [&](const char* key, const char* outKey, const char* what) {
            const auto ref = refField(*s.json, key);
            if (!ref) return;
            const std::string target = idFor(*ref);
            if (target.empty())
                note(NoteKind::HalfConfigured, "SUBNET_REFERENCE_MISSING", s, id,
                     QT_TRANSLATE_NOOP("Import", "subnet %1's %2 %3 is not in the input: left out"),
                     {s.name, Message::term("Import", what), lastSegment(*ref)});
            else
                out[outKey] = target;
        };
        reference("networkSecurityGroup", "nsg", QT_TRANSLATE_NOOP("Import", "NSG"));
        reference("routeTable", "routeTable", QT_TRANSLATE_NOOP("Import", "route table"));
        reference("natGateway", "natGateway", QT_TRANSLATE_NOOP("Import", "NAT gateway"));
        if (const auto d = boolField(*s.json, "defaultOutboundAccess"); d && !*d)
            out["defaultOutboundAccess"] = false;
        if (const auto p = stringField(*s.json, "privateEndpointNetworkPolicies"))
            out["privateEndpointNetworkPolicies"] =
                properCase(*p, {"Disabled", "Enabled", "NetworkSecurityGroupEnabled", "RouteTableEnabled"});
        Json services = Json::array();
        for (const auto& e : arrayField(*s.json, "serviceEndpoints"))
            if (const auto service = stringField(e, "service")) services.push_back(*service);
        if (!services.empty()) out["serviceEndpoints"] = services;
        return out;
    }

    // ---- security and routing ----------------------------------------------------------------

    void mapNsgs(Json& t) {
        Json nsgs = Json::array();
        for (const ArmResource* n : ofType("networksecuritygroups")) {
            const std::string id = idFor(n->id);
            Json out = base(*n, id);
            Json rules = Json::array();
            for (const Item& r : partsOf(*n, "securityRules", "securityRules")) {
                Json rule = Json::object();
                rule["name"] = r.name;
                rule["priority"] = intField(*r.json, "priority").value_or(0);
                rule["direction"] =
                    properCase(stringField(*r.json, "direction").value_or(""), {"Inbound", "Outbound"});
                rule["access"] = properCase(stringField(*r.json, "access").value_or(""), {"Allow", "Deny"});
                std::string protocol = stringField(*r.json, "protocol").value_or("*");
                if (asciiLower(protocol) == "all") protocol = "*";
                rule["protocol"] = properCase(protocol, {"Tcp", "Udp", "Icmp", "Esp", "Ah", "*"});
                bool ipv6Only = false;
                for (const char* side : {"source", "destination"}) {
                    const std::string s(side);
                    Json addresses = Json::array();
                    std::size_t v6 = 0, all = 0;
                    for (const char* key : {"AddressPrefix", "AddressPrefixes"})
                        for (const auto& a : strings(*r.json, s + key)) {
                            ++all;
                            if (isIpv6(a))
                                ++v6;
                            else
                                addresses.push_back(a);
                        }
                    if (v6 > 0 && addresses.empty() && all == v6) ipv6Only = true;
                    Json asgs = Json::array();
                    for (const auto& a : refs(*r.json, s + "ApplicationSecurityGroups")) {
                        const std::string asg = idFor(a);
                        if (asg.empty())
                            note(NoteKind::HalfConfigured, "ASG_MISSING", r, id,
                                 QT_TRANSLATE_NOOP("Import",
                                                   "rule %1 names application security group %2, which is "
                                                   "not in the input"),
                                 {r.name, lastSegment(a)});
                        else
                            asgs.push_back(asg);
                    }
                    Json ports = Json::array();
                    for (const char* key : {"PortRange", "PortRanges"})
                        for (const auto& p : strings(*r.json, s + key))
                            ports.push_back(p);
                    if (ports.empty()) ports.push_back("*");
                    if (!asgs.empty()) rule[s + "ApplicationSecurityGroups"] = asgs;
                    if (!addresses.empty() || asgs.empty())
                        rule[s + "AddressPrefixes"] = addresses.empty() ? Json::array({"*"}) : addresses;
                    rule[s + "PortRanges"] = ports;
                }
                if (ipv6Only) {
                    note(NoteKind::Skipped, "IPV6_DROPPED", r, id,
                         QT_TRANSLATE_NOOP("Import", "rule %1 is about IPv6 addresses only: left out"),
                         {r.name});
                    continue;
                }
                rules.push_back(rule);
            }
            out["securityRules"] = rules;
            nsgs.push_back(out);
            outcome(*n, ResourceOutcome::Imported, id);
            childrenMerged(*n, id);
        }
        t["nsgs"] = nsgs;
    }

    void mapRouteTables(Json& t) {
        Json tables = Json::array();
        for (const ArmResource* rt : ofType("routetables")) {
            const std::string id = idFor(rt->id);
            Json out = base(*rt, id);
            if (boolField(rt->json, "disableBgpRoutePropagation").value_or(false))
                out["disableBgpRoutePropagation"] = true;
            Json routes = Json::array();
            for (const Item& r : partsOf(*rt, "routes", "routes")) {
                const std::string prefix = stringField(*r.json, "addressPrefix").value_or("");
                if (isIpv6(prefix)) {
                    note(NoteKind::Skipped, "IPV6_DROPPED", r, id,
                         QT_TRANSLATE_NOOP("Import",
                                           "route %1 to IPv6 prefix %2 left out (Pathlight models IPv4)"),
                         {r.name, prefix});
                    continue;
                }
                std::string why;
                if (!Ipv4Prefix::parse(prefix, &why) &&
                    (prefix.find('/') != std::string::npos || prefix.empty() ||
                     std::isdigit(static_cast<unsigned char>(prefix[0])))) {
                    note(NoteKind::Skipped, "PREFIX_INVALID", r, id,
                         QT_TRANSLATE_NOOP("Import",
                                           "route %1: \"%2\" is not a valid IPv4 prefix (%3): left out"),
                         {r.name, prefix, why});
                    continue;
                }
                // A service tag in place of the prefix is kept: the loaded tag file expands it.
                if (!Ipv4Prefix::parse(prefix) && !looksLikeServiceTag(prefix)) {
                    note(NoteKind::Skipped, "PREFIX_INVALID", r, id,
                         QT_TRANSLATE_NOOP("Import",
                                           "route %1: \"%2\" is not a valid IPv4 prefix (%3): left out"),
                         {r.name, prefix, why});
                    continue;
                }
                Json route = {{"name", r.name}, {"addressPrefix", prefix}};
                route["nextHopType"] = properCase(
                    stringField(*r.json, "nextHopType").value_or(""),
                    {"VirtualNetworkGateway", "VnetLocal", "Internet", "VirtualAppliance", "None"});
                if (const auto ip = stringField(*r.json, "nextHopIpAddress"); ip && !ip->empty())
                    route["nextHopIpAddress"] = *ip;
                routes.push_back(route);
            }
            out["routes"] = routes;
            tables.push_back(out);
            outcome(*rt, ResourceOutcome::Imported, id);
            childrenMerged(*rt, id);
        }
        t["routeTables"] = tables;
    }

    void mapNatGateways(Json& t) {
        Json out = Json::array();
        for (const ArmResource* n : ofType("natgateways")) {
            const std::string id = idFor(n->id);
            Json g = base(*n, id);
            Json ips = Json::array(), prefixes = Json::array();
            for (const auto& pip : refs(n->json, "publicIpAddresses"))
                if (const auto ip = publicIp(pip, item(*n), id)) ips.push_back(*ip);
            for (const auto& p : refs(n->json, "publicIpPrefixes")) {
                if (const auto it = publicPrefixes_.find(idKey(p)); it != publicPrefixes_.end())
                    prefixes.push_back(it->second.toString());
                else
                    note(NoteKind::Unresolved, "PUBLIC_PREFIX_UNKNOWN", item(*n), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "public IP prefix %1 has no prefix in the input: left out"),
                         {lastSegment(p)});
            }
            g["publicIps"] = ips;
            if (!prefixes.empty()) g["publicIpPrefixes"] = prefixes;
            out.push_back(g);
            outcome(*n, ResourceOutcome::Imported, id);
        }
        t["natGateways"] = out;
    }

    void mapAsgs(Json& t) {
        Json out = Json::array();
        for (const ArmResource* a : ofType("applicationsecuritygroups")) {
            const std::string id = idFor(a->id);
            out.push_back(base(*a, id));
            outcome(*a, ResourceOutcome::Imported, id);
        }
        t["applicationSecurityGroups"] = out;
    }

    // ---- ExpressRoute, sites, gateways, connections ---------------------------------------

    void mapCircuits(Json&) {
        for (const ArmResource* c : ofType("expressroutecircuits")) {
            const std::string id = idFor(c->id);
            Json out = base(*c, id);
            const Json* provider = field(c->json, "serviceProviderProperties");
            if (provider) {
                if (const auto location = stringField(*provider, "peeringLocation"))
                    out["peeringLocation"] = *location;
                if (const auto mbps = intField(*provider, "bandwidthInMbps")) out["bandwidthMbps"] = *mbps;
            }
            if (const auto gbps = intField(c->json, "bandwidthInGbps")) out["bandwidthMbps"] = *gbps * 1000;
            std::optional<long long> peerAsn;
            for (const Item& p : partsOf(*c, "peerings", "peerings")) {
                const std::string type = asciiLower(stringField(*p.json, "peeringType").value_or(p.name));
                const bool enabled =
                    asciiLower(stringField(*p.json, "state").value_or("Enabled")) != "disabled";
                if (type == "azureprivatepeering") {
                    out["privatePeering"] = {{"enabled", enabled}};
                    peerAsn = intField(*p.json, "peerASN");
                } else if (type == "microsoftpeering") {
                    Json m = {{"enabled", enabled}};
                    if (const Json* config = field(*p.json, "microsoftPeeringConfig")) {
                        Json nat = Json::array();
                        for (const auto& prefix : strings(*config, "advertisedPublicPrefixes"))
                            if (const auto pr = Ipv4Prefix::parse(prefix))
                                nat.push_back(pr->network().toString());
                        if (!nat.empty()) {
                            m["natIps"] = nat;
                            note(NoteKind::Inferred, "NAT_IPS_FROM_PREFIXES", p, id,
                                 QT_TRANSLATE_NOOP("Import",
                                                   "Microsoft peering NAT addresses of %1 are the first "
                                                   "address of each advertised public prefix"),
                                 {object(id)});
                        }
                    }
                    if (const auto filter = refField(*p.json, "routeFilter")) {
                        Json communities = Json::array();
                        if (const ArmResource* f = set_.find(*filter)) {
                            for (const Item& rule : partsOf(*f, "rules", "routeFilterRules"))
                                for (const auto& community : strings(*rule.json, "communities"))
                                    communities.push_back(community);
                            outcome(*f, ResourceOutcome::MergedInto, id);
                        } else {
                            note(NoteKind::HalfConfigured, "ROUTE_FILTER_MISSING", p, id,
                                 QT_TRANSLATE_NOOP("Import",
                                                   "route filter %1 is not in the input: no Microsoft "
                                                   "prefixes are learned"),
                                 {lastSegment(*filter)});
                        }
                        m["routeFilter"] = communities;
                    }
                    out["microsoftPeering"] = m;
                }
            }
            circuits_.push_back(out);
            outcome(*c, ResourceOutcome::Imported, id);
            childrenMerged(*c, id);
            placeholderSite(id, c->name, peerAsn, item(*c));
        }
    }

    // The on-premises side of a circuit, which no Azure resource describes (FORMS.md §3 sites).
    void placeholderSite(const std::string& circuitId, const std::string& circuitName,
                         std::optional<long long> asn, const Item& at) {
        const std::string id = uniqueId("onprem-" + circuitId, {});
        Json site = {
            {"id", id}, {"name", "On-premises (" + circuitName + ")"}, {"addressSpace", Json::array()}};
        if (asn && *asn > 0) site["bgp"] = {{"asn", *asn}};
        site["circuits"] = {circuitId};
        site["inferred"] = {"site"};
        sites_.push_back(site);
        note(NoteKind::Inferred, "PLACEHOLDER_SITE", at, id,
             QT_TRANSLATE_NOOP("Import",
                               "%1 stands for the on-premises network behind circuit %2, which Azure does "
                               "not describe"),
             {object(id), object(circuitId)});
        note(NoteKind::Question, "ASK_ONPREM_PREFIXES", at, id,
             QT_TRANSLATE_NOOP("Import",
                               "Which prefixes does on-premises announce over circuit %1? Add them to "
                               "%2's address space (Azure keeps them in the gateway's learned routes only)"),
             {object(circuitId), object(id)});
    }

    void mapSites(Json&) {
        for (const ArmResource* l : ofType("localnetworkgateways")) {
            const std::string id = idFor(l->id);
            Json out = base(*l, id);
            Json space = Json::array();
            if (const Json* s = field(l->json, "localNetworkAddressSpace"))
                for (const auto& p : strings(*s, "addressPrefixes"))
                    addPrefix(space, p, item(*l), id);
            out["addressSpace"] = space;
            if (const Json* bgp = field(l->json, "bgpSettings"))
                if (const auto asn = intField(*bgp, "asn"); asn && *asn > 0) out["bgp"] = {{"asn", *asn}};
            if (const auto ip = stringField(l->json, "gatewayIpAddress"); ip && Ipv4Address::parse(*ip))
                out["edge"] = {{"publicIps", {*ip}}};
            else if (const auto fqdn = stringField(l->json, "fqdn"))
                note(NoteKind::Skipped, "SITE_FQDN", item(*l), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "the VPN device of %1 is named by FQDN %2, which Pathlight does not "
                                       "resolve: the site has no public address"),
                     {object(id), *fqdn});
            sites_.push_back(out);
            outcome(*l, ResourceOutcome::Imported, id);
            if (out.contains("bgp"))
                note(NoteKind::Question, "ASK_SITE_ANNOUNCEMENTS", item(*l), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "Which prefixes does %1 announce over BGP? Pathlight assumes its "
                                       "address space"),
                     {object(id)});
        }
    }

    void mapGateways(Json& t) {
        Json out = Json::array();
        for (const ArmResource* g : ofType("virtualnetworkgateways")) {
            const std::string id = idFor(g->id);
            const std::string type = asciiLower(stringField(g->json, "gatewayType").value_or(""));
            if (type != "vpn" && type != "expressroute") {
                note(NoteKind::Skipped, "GATEWAY_TYPE", item(*g), id,
                     QT_TRANSLATE_NOOP("Import", "gateway %1 has type \"%2\": left out"),
                     {g->name, stringField(g->json, "gatewayType").value_or("")});
                outcome(*g, ResourceOutcome::Skipped, {});
                continue;
            }
            std::string vnet;
            for (const auto& ipc : arrayField(g->json, "ipConfigurations"))
                if (const auto subnet = refField(ipc, "subnet"))
                    if (const auto parsed = parseArmId(*subnet); parsed && parsed->parent())
                        vnet = idFor(parsed->parent()->text());
            if (vnet.empty()) {
                note(
                    NoteKind::HalfConfigured, "GATEWAY_VNET_MISSING", item(*g), id,
                    QT_TRANSLATE_NOOP("Import", "gateway %1's virtual network is not in the input: left out"),
                    {g->name});
                outcome(*g, ResourceOutcome::Skipped, {});
                continue;
            }
            Json gw = base(*g, id);
            gw["type"] = type == "vpn" ? "Vpn" : "ExpressRoute";
            gw["vnet"] = vnet;
            if (const Json* bgp = field(g->json, "bgpSettings"))
                if (const auto asn = intField(*bgp, "asn"); asn && *asn > 0 && *asn != 65515)
                    gw["bgp"] = {{"asn", *asn}};
            if (boolField(g->json, "activeActive").value_or(false)) gw["activeActive"] = true;
            if (const auto site = refField(g->json, "gatewayDefaultSite"))
                if (const std::string s = idFor(*site); !s.empty()) gw["defaultSite"] = s;
            gatewayVnet_[id] = vnet;
            out.push_back(gw);
            outcome(*g, ResourceOutcome::Imported, id);
        }
        t["gateways"] = out;
    }

    void mapConnections(Json& t) {
        Json out = Json::array();
        std::set<std::pair<std::string, std::string>> vnet2vnet;
        for (const ArmResource* c : ofType("connections")) {
            const std::string id = idFor(c->id);
            const std::string type = asciiLower(stringField(c->json, "connectionType").value_or(""));
            const auto gatewayRef = refField(c->json, "virtualNetworkGateway1");
            const std::string gateway = gatewayRef ? idFor(*gatewayRef) : std::string();
            if (gateway.empty() || !gatewayVnet_.count(gateway)) {
                note(NoteKind::HalfConfigured, "CONNECTION_GATEWAY_MISSING", item(*c), id,
                     QT_TRANSLATE_NOOP("Import", "connection %1's gateway is not in the input: left out"),
                     {c->name});
                outcome(*c, ResourceOutcome::Skipped, {});
                continue;
            }
            Json conn = base(*c, id);
            conn.erase("name");
            conn["gateway"] = gateway;
            const bool bgp = boolField(c->json, "enableBgp").value_or(false);
            if (type == "ipsec") {
                const auto siteRef = refField(c->json, "localNetworkGateway2");
                const std::string site = siteRef ? idFor(*siteRef) : std::string();
                if (site.empty()) {
                    note(NoteKind::HalfConfigured, "CONNECTION_SITE_MISSING", item(*c), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "connection %1's local network gateway is not in the input: "
                                           "left out"),
                         {c->name});
                    outcome(*c, ResourceOutcome::Skipped, {});
                    continue;
                }
                conn["type"] = "Vpn";
                conn["site"] = site;
                if (bgp) conn["bgp"] = true;
            } else if (type == "expressroute") {
                const auto circuitRef = refField(c->json, "peer");
                std::string circuit = circuitRef ? idFor(*circuitRef) : std::string();
                if (circuit.empty() && circuitRef) circuit = placeholderCircuit(*circuitRef, item(*c));
                if (circuit.empty()) {
                    note(NoteKind::HalfConfigured, "CONNECTION_CIRCUIT_MISSING", item(*c), id,
                         QT_TRANSLATE_NOOP("Import", "connection %1 names no circuit: left out"), {c->name});
                    outcome(*c, ResourceOutcome::Skipped, {});
                    continue;
                }
                conn["type"] = "ExpressRoute";
                conn["circuit"] = circuit;
            } else if (type == "vnet2vnet") {
                const auto peerRef = refField(c->json, "virtualNetworkGateway2");
                const std::string peer = peerRef ? idFor(*peerRef) : std::string();
                if (peer.empty() || !gatewayVnet_.count(peer)) {
                    note(NoteKind::HalfConfigured, "CONNECTION_GATEWAY_MISSING", item(*c), id,
                         QT_TRANSLATE_NOOP("Import", "connection %1's gateway is not in the input: left out"),
                         {c->name});
                    outcome(*c, ResourceOutcome::Skipped, {});
                    continue;
                }
                // Azure has one connection per direction; Pathlight's one object is both.
                if (!vnet2vnet.insert(std::minmax(gateway, peer)).second) {
                    outcome(*c, ResourceOutcome::MergedInto, vnet2vnetId_[std::minmax(gateway, peer)]);
                    continue;
                }
                vnet2vnetId_[std::minmax(gateway, peer)] = id;
                conn["type"] = "Vnet2Vnet";
                conn["peerGateway"] = peer;
                if (bgp) conn["bgp"] = true;
            } else {
                note(NoteKind::Skipped, "CONNECTION_TYPE", item(*c), id,
                     QT_TRANSLATE_NOOP("Import", "connection %1 has type \"%2\": left out"),
                     {c->name, stringField(c->json, "connectionType").value_or("")});
                outcome(*c, ResourceOutcome::Skipped, {});
                continue;
            }
            out.push_back(conn);
            outcome(*c, ResourceOutcome::Imported, id);
        }
        t["connections"] = out;
        std::set<std::string> connected;
        for (const auto& c : out) {
            if (c.contains("gateway")) connected.insert(c["gateway"].get<std::string>());
            if (c.contains("peerGateway")) connected.insert(c["peerGateway"].get<std::string>());
        }
        for (const ArmResource* g : ofType("virtualnetworkgateways"))
            if (const std::string id = idFor(g->id); gatewayVnet_.count(id) && !connected.count(id))
                note(NoteKind::HalfConfigured, "GATEWAY_UNCONNECTED", item(*g), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "gateway %1 has no connection in the input: nothing on-premises "
                                       "is reached through it"),
                     {object(id)});
    }

    // A circuit another subscription holds: a placeholder with private peering on, inferred.
    std::string placeholderCircuit(const std::string& armId, const Item& at) {
        const std::string id = uniqueId(lastSegment(armId), {});
        bind(armId, id);
        Json c = {{"id", id},
                  {"name", lastSegment(armId)},
                  {"armId", armId},
                  {"privatePeering", {{"enabled", true}}}};
        if (const auto parsed = parseArmId(armId)) c["resourceGroup"] = parsed->resourceGroup;
        c["inferred"] = {"circuit"};
        circuits_.push_back(c);
        note(NoteKind::Inferred, "PLACEHOLDER_CIRCUIT", at, id,
             QT_TRANSLATE_NOOP("Import",
                               "circuit %1 is not in the input (often another subscription): a placeholder "
                               "with private peering stands for it"),
             {object(id)});
        placeholderSite(id, lastSegment(armId), std::nullopt, at);
        return id;
    }

    // ---- compute ---------------------------------------------------------------------------

    struct NicPlan {
        const ArmResource* nic = nullptr;
        bool primary = false;
    };

    void mapVms(Json& t) {
        // NIC → VM: the VM's networkProfile, else the NIC's virtualMachine back reference.
        std::map<const ArmResource*, std::vector<NicPlan>> nicsOf;
        std::set<const ArmResource*> attached;
        for (const ArmResource* vm : ofType("microsoft.compute/virtualmachines")) {
            const Json* profile = field(vm->json, "networkProfile");
            for (const auto& ref : profile ? arrayField(*profile, "networkInterfaces") : Json::array()) {
                const auto nicId = refField(Json{{"x", ref}}, "x");
                const ArmResource* nic = nicId ? set_.find(*nicId) : nullptr;
                if (!nic) {
                    note(NoteKind::HalfConfigured, "NIC_MISSING", item(*vm), idFor(vm->id),
                         QT_TRANSLATE_NOOP("Import", "VM %1's network interface %2 is not in the input"),
                         {vm->name, nicId ? lastSegment(*nicId) : std::string("?")});
                    continue;
                }
                if (!attached.insert(nic).second) {
                    note(NoteKind::HalfConfigured, "NIC_SHARED", item(*vm), idFor(vm->id),
                         QT_TRANSLATE_NOOP("Import",
                                           "VM %1 names network interface %2, which another VM already "
                                           "has: Azure attaches a NIC to one VM only; left out here"),
                         {vm->name, nic->name});
                    continue;
                }
                nicsOf[vm].push_back({nic, boolField(ref, "primary").value_or(false)});
            }
        }
        std::vector<const ArmResource*> loneNics;
        for (const ArmResource* nic : ofType("networkinterfaces")) {
            if (attached.count(nic) || field(nic->json, "privateEndpoint")) continue;
            if (const auto vmRef = refField(nic->json, "virtualMachine"))
                if (const ArmResource* vm = set_.find(*vmRef)) {
                    nicsOf[vm].push_back({nic, boolField(nic->json, "primary").value_or(false)});
                    attached.insert(nic);
                    continue;
                }
            loneNics.push_back(nic);
        }
        Json vms = Json::array();
        for (const ArmResource* vm : ofType("microsoft.compute/virtualmachines")) {
            const std::string id = idFor(vm->id);
            Json out = base(*vm, id);
            out["os"] = osOf(vm->json);
            if (const auto image = imageOf(vm->json)) out["image"] = *image;
            Json nics = Json::array();
            bool forwards = false, appliance = false;
            for (const NicPlan& plan : nicsOf[vm]) {
                Json nic = this->nic(*plan.nic, plan.primary && nicsOf[vm].size() > 1, forwards, appliance);
                if (nic.is_null()) continue;
                vmOfNic_[nic["id"].get<std::string>()] = id;
                nics.push_back(nic);
            }
            out["nics"] = nics;
            nvaGuess(out, id, item(*vm), forwards, appliance);
            vmIds_.push_back(id);
            vms.push_back(out);
            outcome(*vm, ResourceOutcome::Imported, id);
        }
        // A NIC without its VM in the input (a NIC GET, an appliance in another export): a VM named
        // after the NIC stands for it.
        for (const ArmResource* n : loneNics) {
            bool forwards = false, appliance = false;
            Json nic = this->nic(*n, false, forwards, appliance);
            if (nic.is_null()) continue;
            const std::string id = uniqueId("vm-" + n->name, {});
            vmOfNic_[nic["id"].get<std::string>()] = id;
            Json out = {
                {"id", id}, {"name", n->name}, {"os", "linux"}, {"nics", {nic}}, {"inferred", {"vm", "os"}}};
            nvaGuess(out, id, item(*n), forwards, appliance);
            note(NoteKind::Inferred, "VM_FOR_NIC", item(*n), id,
                 QT_TRANSLATE_NOOP("Import",
                                   "network interface %1 has no VM in the input: VM %2 (Linux) stands "
                                   "for it"),
                 {n->name, object(id)});
            vms.push_back(out);
        }
        t["vms"] = vms;
    }

    static std::string osOf(const Json& vm) {
        if (const Json* storage = field(vm, "storageProfile")) {
            if (const Json* disk = member(*storage, "osDisk"))
                if (const auto os = stringField(*disk, "osType"))
                    return asciiLower(*os) == "windows" ? "windows" : "linux";
            if (const Json* image = member(*storage, "imageReference"))
                if (const auto publisher = stringField(*image, "publisher"))
                    if (asciiLower(*publisher).find("windows") != std::string::npos) return "windows";
        }
        if (const Json* os = field(vm, "osProfile"); os && member(*os, "windowsConfiguration"))
            return "windows";
        return "linux";
    }
    static std::optional<std::string> imageOf(const Json& vm) {
        const Json* storage = field(vm, "storageProfile");
        const Json* image = storage ? member(*storage, "imageReference") : nullptr;
        if (!image) return std::nullopt;
        std::string text;
        for (const char* key : {"publisher", "offer", "sku"})
            if (const auto v = stringField(*image, key)) text += (text.empty() ? "" : " ") + *v;
        return text.empty() ? std::nullopt : std::optional(text);
    }

    // One NIC of a VM, or null when it has no usable IPv4 configuration.
    Json nic(const ArmResource& n, bool primary, bool& forwards, bool& appliance) {
        const std::string id = idFor(n.id);
        Json out = Json::object();
        out["id"] = id;
        out["armId"] = n.id;
        if (const std::string rg = n.resourceGroup(); !rg.empty()) out["resourceGroup"] = rg;
        Json configs = Json::array();
        Json inferred = Json::array();
        for (const auto& ipc : arrayField(n.json, "ipConfigurations")) {
            const std::string name = nameOf(ipc);
            if (asciiLower(stringField(ipc, "privateIPAddressVersion").value_or("IPv4")) == "ipv6") {
                note(NoteKind::Skipped, "IPV6_DROPPED", item(n), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "IPv6 configuration %1 of %2 left out (Pathlight models IPv4)"),
                     {name, n.name});
                continue;
            }
            const auto subnetRef = refField(ipc, "subnet");
            const std::string subnet = subnetRef ? idFor(*subnetRef) : std::string();
            if (subnet.empty()) {
                note(NoteKind::HalfConfigured, "NIC_SUBNET_MISSING", item(n), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "network interface %1's subnet %2 is not in the input: left out"),
                     {n.name, subnetRef ? lastSegment(*subnetRef) : std::string("?")});
                return nullptr;
            }
            if (!out.contains("subnet")) out["subnet"] = subnet;
            Json c = {{"name", name}};
            auto ip = stringField(ipc, "privateIPAddress");
            if (ip && !ip->empty() && !Ipv4Address::parse(*ip))
                note(NoteKind::Skipped, "ADDRESS_INVALID", item(n), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "network interface %1's address \"%2\" is not an IPv4 address"),
                     {n.name, *ip});
            if (!ip || !Ipv4Address::parse(*ip)) {
                ip = allocate(subnet);
                if (!ip) {
                    note(NoteKind::Unresolved, "NIC_ADDRESS_UNKNOWN", item(n), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "network interface %1 has no private address and its subnet "
                                           "has none free: left out"),
                         {n.name});
                    return nullptr;
                }
                inferred.push_back("ipConfigurations/" + name + "/privateIp");
                note(NoteKind::Inferred, "DYNAMIC_ADDRESS", item(n), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "%1 takes %2, the first free address of its subnet, as Azure "
                                       "allocates dynamic addresses"),
                     {n.name, *ip});
            }
            c["privateIp"] = *ip;
            if (applianceIps_.count(*ip)) appliance = true;
            if (const auto pip = refField(ipc, "publicIPAddress")) {
                if (const auto address = publicIp(*pip, item(n), id))
                    c["publicIp"] = *address;
                else
                    note(NoteKind::Question, "ASK_PUBLIC_IP", item(n), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "What is the address of %1's public IP %2? Without it, "
                                           "Pathlight traces %1 as having none (its Internet traffic then "
                                           "leaves by default outbound access or a NAT gateway); add it as "
                                           "the ipConfiguration's publicIp"),
                         {n.name, lastSegment(*pip)});
            }
            if (boolField(ipc, "primary").value_or(false)) c["primary"] = true;
            Json asgs = Json::array();
            for (const auto& a : refs(ipc, "applicationSecurityGroups"))
                if (const std::string asg = idFor(a); !asg.empty()) asgs.push_back(asg);
            if (!asgs.empty()) c["applicationSecurityGroups"] = asgs;
            for (const auto& pool : refs(ipc, "loadBalancerBackendAddressPools"))
                poolMembers_[idKey(pool)].push_back(id);
            nicIpConfigs_[idKey(n.id + "/ipConfigurations/" + name)] = id;
            nicByIp_[*ip] = id;
            configs.push_back(c);
        }
        if (configs.empty()) return nullptr;
        out["ipConfigurations"] = configs;
        if (const auto nsg = refField(n.json, "networkSecurityGroup")) {
            if (const std::string target = idFor(*nsg); !target.empty())
                out["nsg"] = target;
            else
                note(NoteKind::HalfConfigured, "NIC_NSG_MISSING", item(n), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "network interface %1's NSG %2 is not in the input: left out"),
                     {n.name, lastSegment(*nsg)});
        }
        if (boolField(n.json, "enableIPForwarding").value_or(false)) {
            out["enableIPForwarding"] = true;
            forwards = true;
        }
        if (primary) out["primary"] = true;
        if (!inferred.empty()) out["inferred"] = inferred;
        return out;
    }

    // Static addresses first (collected before), then the lowest free address from .4 on (Azure
    // reserves the first four and the last of each subnet, azure-facts §1.1).
    std::optional<std::string> allocate(const std::string& subnet) {
        if (!reservedCollected_) collectStaticAddresses();
        const auto prefix = subnetPrefix_.find(subnet);
        if (prefix == subnetPrefix_.end()) return std::nullopt;
        auto& taken = taken_[subnet];
        for (std::uint64_t i = 4; i + 1 < prefix->second.size(); ++i) {
            const Ipv4Address a(prefix->second.network().value() + static_cast<std::uint32_t>(i));
            if (taken.insert(a.toString()).second) return a.toString();
        }
        return std::nullopt;
    }
    // The subnet (Pathlight id) whose prefix holds `address`, if any.
    std::optional<std::string> subnetHolding(Ipv4Address address) {
        if (!reservedCollected_) collectStaticAddresses();
        for (const auto& [subnet, prefix] : subnetPrefix_)
            if (prefix.contains(address)) return subnet;
        return std::nullopt;
    }
    void collectStaticAddresses() {
        reservedCollected_ = true;
        for (const ArmResource* v : ofType("virtualnetworks"))
            for (const Item& s : subnetsOf(*v)) {
                vnetOfSubnet_[idFor(s.id)] = idFor(v->id);
                for (const char* key : {"addressPrefix", "addressPrefixes"})
                    for (const auto& p : strings(*s.json, key))
                        if (const auto prefix = Ipv4Prefix::parse(p);
                            prefix && !subnetPrefix_.count(idFor(s.id)))
                            subnetPrefix_[idFor(s.id)] = *prefix;
            }
        auto take = [&](const Json& ipc) {
            const auto subnet = refField(ipc, "subnet");
            const auto ip = stringField(ipc, "privateIPAddress");
            if (subnet && ip) taken_[idFor(*subnet)].insert(*ip);
        };
        for (const char* type : {"networkinterfaces", "azurefirewalls", "privateendpoints"})
            for (const ArmResource* r : ofType(type))
                for (const auto& ipc : arrayField(r->json, "ipConfigurations"))
                    take(ipc);
        for (const ArmResource* lb : ofType("loadbalancers"))
            for (const auto& fe : arrayField(lb->json, "frontendIPConfigurations"))
                take(fe);
    }

    void nvaGuess(Json& vm, const std::string& id, const Item& at, bool forwards, bool appliance) {
        if (!forwards && !appliance) return;
        vm["nva"] = {{"osIpForwarding", true}, {"inferred", {"osIpForwarding"}}};
        note(NoteKind::Inferred, "NVA_GUESSED", at, id,
             forwards
                 ? QT_TRANSLATE_NOOP("Import",
                                     "%1 is taken as a network virtual appliance: IP forwarding is on "
                                     "at its NIC")
                 : QT_TRANSLATE_NOOP("Import", "%1 is taken as a network virtual appliance: routes or Route "
                                               "Server name its address"),
             {object(id)});
        note(NoteKind::Question, "ASK_NVA_GUEST", at, id,
             QT_TRANSLATE_NOOP("Import",
                               "Does %1's operating system forward packets, translate sources (SNAT) or "
                               "speak BGP? Azure cannot see inside the guest; Pathlight assumes it "
                               "forwards, without SNAT"),
             {object(id)});
    }

    // ---- Route Server ------------------------------------------------------------------------

    void mapRouteServers(Json& t) {
        Json out = Json::array();
        auto subnetVnet = [&](const std::string& subnetArmId) -> std::string {
            const auto parsed = parseArmId(subnetArmId);
            return parsed && parsed->parent() ? idFor(parsed->parent()->text()) : std::string();
        };
        for (const char* type : {"virtualhubs", "virtualrouters"}) {
            const bool router = std::string(type) == "virtualrouters";
            for (const ArmResource* h : ofType(type)) {
                const std::string id = idFor(h->id);
                if (!router && (field(h->json, "virtualWan") ||
                                asciiLower(stringField(h->json, "kind").value_or("")) == "virtualwan")) {
                    note(NoteKind::Skipped, "VWAN_UNSUPPORTED", item(*h), {},
                         QT_TRANSLATE_NOOP("Import",
                                           "virtual hub %1 belongs to a Virtual WAN, which Pathlight does "
                                           "not model: left out"),
                         {h->name});
                    outcome(*h, ResourceOutcome::Skipped, {});
                    continue;
                }
                std::string vnet;
                if (router) {
                    if (const auto s = refField(h->json, "hostedSubnet")) vnet = subnetVnet(*s);
                } else {
                    for (const Item& ipc : partsOf(*h, "ipConfigurations", "ipConfigurations"))
                        if (const auto s = refField(*ipc.json, "subnet")) vnet = subnetVnet(*s);
                }
                bool vnetInferred = false;
                if (vnet.empty()) // an export drops ipConfigurations; its addresses say where it is
                    for (const auto& ip : strings(h->json, "virtualRouterIps"))
                        if (const auto a = Ipv4Address::parse(ip); a && vnet.empty())
                            if (const auto subnet = subnetHolding(*a)) {
                                vnet = vnetOfSubnet_[*subnet];
                                vnetInferred = !vnet.empty();
                            }
                if (vnetInferred)
                    note(NoteKind::Inferred, "ROUTE_SERVER_VNET", item(*h), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "Route Server %1 has no ipConfigurations in the input: it is "
                                           "placed in %2, whose subnet holds its addresses"),
                         {object(id), object(vnet)});
                if (vnet.empty()) {
                    note(NoteKind::HalfConfigured, "ROUTE_SERVER_VNET_MISSING", item(*h), id,
                         QT_TRANSLATE_NOOP("Import", "Route Server %1 has no subnet in the input (its "
                                                     "ipConfigurations): left out"),
                         {h->name});
                    outcome(*h, ResourceOutcome::Skipped, {});
                    continue;
                }
                Json rs = base(*h, id);
                rs["vnet"] = vnet;
                Json ips = Json::array();
                for (const auto& ip : strings(h->json, "virtualRouterIps"))
                    if (Ipv4Address::parse(ip)) ips.push_back(ip);
                if (ips.empty()) {
                    if (const auto prefix = subnetPrefixNamed(vnet, "RouteServerSubnet")) {
                        for (std::uint32_t k : {4u, 5u})
                            ips.push_back(Ipv4Address(prefix->network().value() + k).toString());
                        rs["inferred"] = {"ips"};
                        note(NoteKind::Inferred, "ROUTE_SERVER_IPS", item(*h), id,
                             QT_TRANSLATE_NOOP("Import",
                                               "Route Server %1's addresses are taken as %2 and %3, the "
                                               "first two Azure gives out in RouteServerSubnet"),
                             {object(id), ips[0].get<std::string>(), ips[1].get<std::string>()});
                    }
                }
                rs["ips"] = ips;
                if (boolField(h->json, "allowBranchToBranchTraffic").value_or(false))
                    rs["branchToBranch"] = true;
                Json peers = Json::array();
                for (const Item& b : partsOf(*h, router ? "peerings" : "bgpConnections",
                                             router ? "peerings" : "bgpConnections")) {
                    const auto ip = stringField(*b.json, "peerIp");
                    const auto asn = intField(*b.json, "peerAsn");
                    const auto nic = ip ? nicByIp_.find(*ip) : nicByIp_.end();
                    if (nic == nicByIp_.end()) {
                        note(NoteKind::HalfConfigured, "ROUTE_SERVER_PEER_MISSING", b, id,
                             QT_TRANSLATE_NOOP("Import",
                                               "Route Server peer %1 (%2) matches no NIC address in the "
                                               "input: left out"),
                             {b.name, ip.value_or("?")});
                        continue;
                    }
                    peers.push_back({{"vm", vmOfNic(nic->second)}, {"asn", asn.value_or(0)}});
                }
                rs["peers"] = peers;
                if (peers.empty())
                    note(NoteKind::HalfConfigured, "ROUTE_SERVER_NO_PEERS", item(*h), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "Route Server %1 has no BGP peer in the input: it learns and "
                                           "programs no routes"),
                         {object(id)});
                out.push_back(rs);
                outcome(*h, ResourceOutcome::Imported, id);
                childrenMerged(*h, id);
            }
        }
        t["routeServers"] = out;
    }
    // The prefix of the subnet named `name` ("RouteServerSubnet") of the VNet with Pathlight id
    // `vnet`, for the addresses Azure gives out there first.
    std::optional<Ipv4Prefix> subnetPrefixNamed(const std::string& vnet, std::string_view name) {
        for (const ArmResource* v : ofType("virtualnetworks"))
            if (idFor(v->id) == vnet)
                for (const Item& s : subnetsOf(*v))
                    if (asciiEqualsNoCase(s.name, name))
                        for (const auto& p : strings(*s.json, "addressPrefix"))
                            if (auto prefix = Ipv4Prefix::parse(p)) return prefix;
        return std::nullopt;
    }
    std::string vmOfNic(const std::string& nicId) const {
        const auto it = vmOfNic_.find(nicId);
        return it == vmOfNic_.end() ? nicId : it->second;
    }

    // ---- hub devices -------------------------------------------------------------------------

    void mapFirewalls(Json& t) {
        Json out = Json::array();
        for (const ArmResource* f : ofType("azurefirewalls")) {
            const std::string id = idFor(f->id);
            std::string vnet;
            Json fw = base(*f, id);
            Json publicIps = Json::array();
            for (const auto& ipc : arrayField(f->json, "ipConfigurations")) {
                if (const auto s = refField(ipc, "subnet"))
                    if (const auto parsed = parseArmId(*s); parsed && parsed->parent())
                        vnet = idFor(parsed->parent()->text());
                if (const auto ip = stringField(ipc, "privateIPAddress"); ip && Ipv4Address::parse(*ip))
                    fw["privateIp"] = *ip;
                if (const auto pip = refField(ipc, "publicIPAddress"))
                    if (const auto a = publicIp(*pip, item(*f), id)) publicIps.push_back(*a);
            }
            if (vnet.empty()) {
                note(NoteKind::HalfConfigured, "FIREWALL_VNET_MISSING", item(*f), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "firewall %1's AzureFirewallSubnet is not in the input: left out"),
                     {f->name});
                outcome(*f, ResourceOutcome::Skipped, {});
                continue;
            }
            fw["vnet"] = vnet;
            if (const Json* sku = field(f->json, "sku"))
                if (const auto tier = stringField(*sku, "tier"))
                    fw["sku"] = properCase(*tier, {"Basic", "Standard", "Premium"});
            if (!fw.contains("privateIp")) {
                fw["inferred"] = {"privateIp"};
                std::string address = "?";
                if (const auto prefix = subnetPrefixNamed(vnet, "AzureFirewallSubnet")) {
                    address = Ipv4Address(prefix->network().value() + 4).toString(); // azure-facts-2 §12.2
                    fw["privateIp"] = address;
                }
                note(NoteKind::Inferred, "FIREWALL_ADDRESS", item(*f), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "firewall %1's private address is not in the input: Pathlight takes "
                                       "%2, the first address Azure gives out in AzureFirewallSubnet"),
                     {object(id), address});
            }
            if (!publicIps.empty()) fw["publicIps"] = publicIps;
            if (field(f->json, "managementIpConfiguration")) fw["forcedTunneling"] = true;
            if (const auto mode = stringField(f->json, "threatIntelMode"))
                fw["threatIntelMode"] = properCase(*mode, {"Off", "Alert", "Deny"});
            Json policy = Json::object();
            if (const auto ref = refField(f->json, "firewallPolicy")) {
                if (const ArmResource* p = set_.find(*ref)) {
                    policy = firewallPolicy(*p, id);
                } else {
                    note(NoteKind::HalfConfigured, "FIREWALL_POLICY_MISSING", item(*f), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "firewall %1's policy %2 is not in the input: Pathlight sees "
                                           "no rules, so it denies everything"),
                         {object(id), lastSegment(*ref)});
                }
            }
            classicRules(*f, id, policy);
            if (!policy.empty()) fw["policy"] = policy;
            out.push_back(fw);
            outcome(*f, ResourceOutcome::Imported, id);
        }
        t["firewalls"] = out;
    }

    Json firewallPolicy(const ArmResource& p, const std::string& firewallId) {
        Json policy = {{"name", p.name}};
        if (const Json* snat = field(p.json, "snat"))
            if (const Json* ranges = member(*snat, "privateRanges"); ranges && ranges->is_array())
                policy["snat"] = {{"privateRanges", *ranges}};
        if (field(p.json, "basePolicy"))
            note(NoteKind::Skipped, "FIREWALL_PARENT_POLICY", item(p), firewallId,
                 QT_TRANSLATE_NOOP("Import",
                                   "policy %1 inherits from a parent policy, whose rules Pathlight does "
                                   "not read"),
                 {p.name});
        Json groups = Json::array();
        for (const ArmResource* g : set_.children(p.id)) {
            if (asciiLower(g->type).find("rulecollectiongroups") == std::string::npos) continue;
            Json group = {{"name", g->name}, {"priority", intField(g->json, "priority").value_or(100)}};
            Json collections = Json::array();
            for (const auto& c : arrayField(g->json, "ruleCollections")) {
                const std::string type = stringField(c, "ruleCollectionType").value_or("");
                const bool nat = asciiLower(type).find("nat") != std::string::npos;
                Json col = {{"name", nameOf(c)},
                            {"priority", intField(c, "priority").value_or(100)},
                            {"ruleCollectionType",
                             nat ? "FirewallPolicyNatRuleCollection" : "FirewallPolicyFilterRuleCollection"}};
                std::string action = "Allow";
                if (const Json* a = field(c, "action")) action = stringField(*a, "type").value_or("Allow");
                col["action"] = properCase(action, {"Dnat", "Allow", "Deny"});
                Json rules = Json::array();
                for (const auto& r : arrayField(c, "rules"))
                    rules.push_back(firewallRule(r, {}, g, firewallId));
                col["rules"] = rules;
                collections.push_back(col);
            }
            group["ruleCollections"] = collections;
            groups.push_back(group);
            outcome(*g, ResourceOutcome::MergedInto, firewallId);
        }
        policy["ruleCollectionGroups"] = groups;
        outcome(p, ResourceOutcome::MergedInto, firewallId);
        return policy;
    }

    // One rule, policy or classic form; `classicType` "NetworkRule" etc. for classic collections.
    Json firewallRule(const Json& r, const std::string& classicType, const ArmResource* at,
                      const std::string& fwId) {
        Json rule = {{"name", nameOf(r)}};
        std::string type =
            classicType.empty() ? stringField(r, "ruleType").value_or("NetworkRule") : classicType;
        type = properCase(type, {"NatRule", "NetworkRule", "ApplicationRule"});
        rule["ruleType"] = type;
        auto copyStrings = [&](const char* from, const char* to) {
            const auto values = strings(r, from);
            if (!values.empty()) rule[to] = values;
        };
        copyStrings("sourceAddresses", "sourceAddresses");
        copyStrings("destinationAddresses", "destinationAddresses");
        copyStrings("destinationFqdns", "destinationFqdns");
        copyStrings("destinationPorts", "destinationPorts");
        copyStrings("targetFqdns", "targetFqdns");
        copyStrings("fqdnTags", "fqdnTags");
        if (type == "ApplicationRule") {
            Json protocols = Json::array();
            for (const auto& p : arrayField(r, "protocols"))
                protocols.push_back(
                    {{"protocolType", properCase(stringField(p, "protocolType").value_or("Https"),
                                                 {"Http", "Https", "Mssql"})},
                     {"port", intField(p, "port").value_or(443)}});
            rule["protocols"] = protocols;
        } else {
            Json ip = Json::array();
            for (const auto& p : strings(r, classicType.empty() ? "ipProtocols" : "protocols"))
                ip.push_back(properCase(p, {"TCP", "UDP", "ICMP", "Any"}));
            rule["ipProtocols"] = ip;
        }
        if (type == "NatRule") {
            if (const auto a = stringField(r, "translatedAddress")) rule["translatedAddress"] = *a;
            if (const auto p = intField(r, "translatedPort")) rule["translatedPort"] = *p;
        }
        if (!strings(r, "sourceIpGroups").empty() || !strings(r, "destinationIpGroups").empty()) {
            ImportNote n;
            n.kind = NoteKind::Skipped;
            n.code = "FIREWALL_IP_GROUPS";
            if (at) {
                n.source = at->source;
                n.pointer = at->pointer;
                n.armId = at->id;
            }
            n.objectId = fwId;
            n.message = {"Import",
                         QT_TRANSLATE_NOOP("Import",
                                           "firewall rule %1 uses IP groups, which Pathlight does not read: "
                                           "those addresses are left out"),
                         {nameOf(r)}};
            report_.notes.push_back(n);
        }
        return rule;
    }

    // Classic rule collections (natRuleCollections, networkRuleCollections,
    // applicationRuleCollections) as one rule collection group of the firewall's policy.
    void classicRules(const ArmResource& f, const std::string& id, Json& policy) {
        Json collections = Json::array();
        const std::pair<const char*, const char*> kinds[] = {
            {"natRuleCollections", "NatRule"},
            {"networkRuleCollections", "NetworkRule"},
            {"applicationRuleCollections", "ApplicationRule"}};
        for (const auto& [key, ruleType] : kinds)
            for (const auto& c : arrayField(f.json, key)) {
                const bool nat = std::string(ruleType) == "NatRule";
                Json col = {{"name", nameOf(c)},
                            {"priority", intField(c, "priority").value_or(100)},
                            {"ruleCollectionType",
                             nat ? "FirewallPolicyNatRuleCollection" : "FirewallPolicyFilterRuleCollection"}};
                std::string action = nat ? "Dnat" : "Allow";
                if (const Json* a = field(c, "action")) action = stringField(*a, "type").value_or(action);
                col["action"] = properCase(action, {"Dnat", "Allow", "Deny"});
                Json rules = Json::array();
                for (const auto& r : arrayField(c, "rules"))
                    rules.push_back(firewallRule(r, ruleType, &f, id));
                col["rules"] = rules;
                collections.push_back(col);
            }
        if (collections.empty()) return;
        if (!policy.contains("name")) policy["name"] = f.name + "-classic-rules";
        policy["ruleCollectionGroups"].push_back(
            {{"name", "classic-rules"}, {"priority", 100}, {"ruleCollections", collections}});
        note(NoteKind::Inferred, "FIREWALL_CLASSIC_RULES", item(f), id,
             QT_TRANSLATE_NOOP("Import",
                               "firewall %1's classic rule collections are read as one rule collection "
                               "group, \"classic-rules\""),
             {object(id)});
    }

    void mapLoadBalancers(Json& t) {
        Json out = Json::array();
        for (const ArmResource* l : ofType("loadbalancers")) {
            const std::string id = idFor(l->id);
            Json lb = base(*l, id);
            if (const Json* sku = field(l->json, "sku"))
                if (const auto name = stringField(*sku, "name"))
                    lb["sku"] = properCase(*name, {"Standard", "Basic"});
            Json frontends = Json::array();
            std::set<std::string> emittedFrontends;
            for (const auto& fe : arrayField(l->json, "frontendIPConfigurations")) {
                const std::string name = nameOf(fe);
                Json f = {{"id", idFor(l->id + "/frontendIPConfigurations/" + name)}, {"name", name}};
                if (const auto s = refField(fe, "subnet")) {
                    const std::string subnet = idFor(*s);
                    auto ip = stringField(fe, "privateIPAddress");
                    if (!ip || !Ipv4Address::parse(*ip)) {
                        ip = subnet.empty() ? std::nullopt : allocate(subnet);
                        if (ip)
                            note(NoteKind::Inferred, "DYNAMIC_ADDRESS", item(*l), id,
                                 QT_TRANSLATE_NOOP("Import",
                                                   "%1 takes %2, the first free address of its subnet, as "
                                                   "Azure allocates dynamic addresses"),
                                 {name, *ip});
                    }
                    if (subnet.empty() || !ip) {
                        note(NoteKind::HalfConfigured, "LB_FRONTEND_INCOMPLETE", item(*l), id,
                             QT_TRANSLATE_NOOP("Import",
                                               "frontend %1 of %2 has no subnet or address in the input: "
                                               "left out"),
                             {name, object(id)});
                        continue;
                    }
                    f["subnet"] = subnet;
                    f["privateIPAddress"] = *ip;
                } else if (const auto pip = refField(fe, "publicIPAddress")) {
                    const auto ip = publicIp(*pip, item(*l), id);
                    if (!ip) continue;
                    f["publicIPAddress"] = *ip;
                } else {
                    continue;
                }
                emittedFrontends.insert(f["id"].get<std::string>());
                frontends.push_back(f);
            }
            lb["frontendIPConfigurations"] = frontends;
            Json pools = Json::array();
            for (const auto& p : arrayField(l->json, "backendAddressPools")) {
                const std::string name = nameOf(p);
                const std::string poolArm = l->id + "/backendAddressPools/" + name;
                std::vector<std::string> members = poolMembers_[idKey(poolArm)];
                for (const auto& ref : refs(p, "backendIPConfigurations")) {
                    const auto parsed = parseArmId(ref);
                    if (parsed && parsed->parent())
                        if (const auto it = nicIpConfigs_.find(idKey(ref)); it != nicIpConfigs_.end())
                            members.push_back(it->second);
                }
                for (const auto& a : arrayField(p, "loadBalancerBackendAddresses"))
                    if (const auto ip = stringField(a, "ipAddress"))
                        if (const auto it = nicByIp_.find(*ip); it != nicByIp_.end())
                            members.push_back(it->second);
                std::sort(members.begin(), members.end());
                members.erase(std::unique(members.begin(), members.end()), members.end());
                Json m = Json::array();
                for (const auto& nic : members)
                    m.push_back({{"nic", nic}});
                pools.push_back({{"id", idFor(poolArm)}, {"name", name}, {"members", m}});
            }
            lb["backendAddressPools"] = pools;
            Json rules = Json::array();
            for (const auto& r : arrayField(l->json, "loadBalancingRules")) {
                const auto fe = refField(r, "frontendIPConfiguration");
                const auto pool = refField(r, "backendAddressPool");
                std::string feId = fe ? idFor(*fe) : std::string();
                if (!emittedFrontends.count(feId)) feId.clear();
                const std::string poolId = pool ? idFor(*pool) : std::string();
                if (feId.empty() || poolId.empty()) {
                    note(NoteKind::HalfConfigured, "LB_RULE_INCOMPLETE", item(*l), id,
                         QT_TRANSLATE_NOOP("Import",
                                           "load-balancing rule %1 of %2 names no frontend or pool in the "
                                           "input: left out"),
                         {nameOf(r), object(id)});
                    continue;
                }
                Json rule = {{"name", nameOf(r)},
                             {"frontendIPConfiguration", feId},
                             {"backendAddressPool", poolId},
                             {"protocol",
                              properCase(stringField(r, "protocol").value_or("Tcp"), {"Tcp", "Udp", "All"})},
                             {"frontendPort", intField(r, "frontendPort").value_or(0)},
                             {"backendPort", intField(r, "backendPort").value_or(0)}};
                if (boolField(r, "enableFloatingIP").value_or(false)) rule["enableFloatingIP"] = true;
                if (boolField(r, "disableOutboundSnat").value_or(false)) rule["disableOutboundSnat"] = true;
                rules.push_back(rule);
            }
            lb["loadBalancingRules"] = rules;
            Json outbound = Json::array();
            for (const auto& r : arrayField(l->json, "outboundRules")) {
                Json fes = Json::array();
                for (const auto& fe : refs(r, "frontendIPConfigurations"))
                    if (const std::string f = idFor(fe); emittedFrontends.count(f)) fes.push_back(f);
                const auto pool = refField(r, "backendAddressPool");
                if (fes.empty() || !pool || idFor(*pool).empty()) continue;
                outbound.push_back({{"name", nameOf(r)},
                                    {"frontendIPConfigurations", fes},
                                    {"backendAddressPool", idFor(*pool)},
                                    {"protocol", properCase(stringField(r, "protocol").value_or("All"),
                                                            {"Tcp", "Udp", "All"})}});
            }
            if (!outbound.empty()) lb["outboundRules"] = outbound;
            out.push_back(lb);
            outcome(*l, ResourceOutcome::Imported, id);
        }
        t["loadBalancers"] = out;
    }

    void mapPrivateEndpoints(Json& t) {
        Json out = Json::array();
        for (const ArmResource* p : ofType("privateendpoints")) {
            const std::string id = idFor(p->id);
            const auto subnetRef = refField(p->json, "subnet");
            const std::string subnet = subnetRef ? idFor(*subnetRef) : std::string();
            std::optional<std::string> ip, fqdn;
            for (const auto& ipc : arrayField(p->json, "ipConfigurations"))
                if (!ip) ip = stringField(ipc, "privateIPAddress");
            for (const auto& nicRef : refs(p->json, "networkInterfaces"))
                if (const ArmResource* nic = set_.find(nicRef)) {
                    for (const auto& ipc : arrayField(nic->json, "ipConfigurations"))
                        if (!ip) ip = stringField(ipc, "privateIPAddress");
                    outcome(*nic, ResourceOutcome::MergedInto, id);
                }
            for (const auto& dns : arrayField(p->json, "customDnsConfigs")) {
                if (!fqdn) fqdn = stringField(dns, "fqdn");
                if (!ip)
                    if (const auto addresses = strings(dns, "ipAddresses"); !addresses.empty())
                        ip = addresses[0];
            }
            bool allocated = false;
            if (!subnet.empty() && (!ip || !Ipv4Address::parse(*ip))) {
                ip = allocate(subnet);
                allocated = ip.has_value();
            }
            if (subnet.empty() || !ip || !Ipv4Address::parse(*ip)) {
                note(NoteKind::HalfConfigured, "PRIVATE_ENDPOINT_INCOMPLETE", item(*p), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "private endpoint %1 has no subnet or address in the input: left out"),
                     {p->name});
                outcome(*p, ResourceOutcome::Skipped, {});
                continue;
            }
            Json pe = base(*p, id);
            pe["subnet"] = subnet;
            pe["privateIp"] = *ip;
            if (allocated) {
                pe["inferred"] = {"privateIp"};
                note(NoteKind::Inferred, "DYNAMIC_ADDRESS", item(*p), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "%1 takes %2, the first free address of its subnet, as Azure "
                                       "allocates dynamic addresses"),
                     {p->name, *ip});
            }
            for (const char* key : {"privateLinkServiceConnections", "manualPrivateLinkServiceConnections"})
                for (const auto& c : arrayField(p->json, key)) {
                    if (pe.contains("service")) break;
                    Json service = Json::object();
                    if (const auto target = stringField(c, "privateLinkServiceId"))
                        service["name"] = lastSegment(*target);
                    if (const auto groups = strings(c, "groupIds"); !groups.empty())
                        service["groupId"] = groups[0];
                    if (fqdn) service["fqdn"] = *fqdn;
                    pe["service"] = service;
                }
            out.push_back(pe);
            outcome(*p, ResourceOutcome::Imported, id);
        }
        t["privateEndpoints"] = out;
    }

    void mapAppGateways(Json& t) {
        Json out = Json::array();
        for (const ArmResource* a : ofType("applicationgateways")) {
            const std::string id = idFor(a->id);
            std::string subnet;
            for (const auto& g : arrayField(a->json, "gatewayIPConfigurations"))
                if (const auto s = refField(g, "subnet")) subnet = idFor(*s);
            if (subnet.empty()) {
                note(NoteKind::HalfConfigured, "APP_GATEWAY_SUBNET_MISSING", item(*a), id,
                     QT_TRANSLATE_NOOP("Import",
                                       "Application Gateway %1's subnet is not in the input: left out"),
                     {a->name});
                outcome(*a, ResourceOutcome::Skipped, {});
                continue;
            }
            Json ag = base(*a, id);
            if (const Json* sku = field(a->json, "sku")) {
                const std::string name = stringField(*sku, "name").value_or("Standard_v2");
                const std::string lower = asciiLower(name);
                ag["sku"] = lower == "standard_v2"     ? "Standard_v2"
                            : lower == "waf_v2"        ? "WAF_v2"
                            : lower.starts_with("waf") ? "WAF"
                                                       : "Standard";
            }
            ag["subnet"] = subnet;
            for (const auto& fe : arrayField(a->json, "frontendIPConfigurations")) {
                if (const auto ip = stringField(fe, "privateIPAddress"); ip && Ipv4Address::parse(*ip))
                    ag["frontendPrivateIp"] = *ip;
                if (const auto pip = refField(fe, "publicIPAddress"))
                    if (const auto ip = publicIp(*pip, item(*a), id)) ag["frontendPublicIp"] = *ip;
            }
            int port = 80;
            std::string protocol = "Http";
            for (const auto& s : arrayField(a->json, "backendHttpSettingsCollection")) {
                port = static_cast<int>(intField(s, "port").value_or(80));
                protocol = properCase(stringField(s, "protocol").value_or("Http"), {"Http", "Https"});
                break;
            }
            Json backends = Json::array();
            for (const auto& pool : arrayField(a->json, "backendAddressPools")) {
                for (const auto& address : arrayField(pool, "backendAddresses"))
                    if (const auto ip = stringField(address, "ipAddress"); ip && Ipv4Address::parse(*ip))
                        backends.push_back({{"ip", *ip}, {"port", port}, {"protocol", protocol}});
                for (const auto& ref : refs(pool, "backendIPConfigurations"))
                    if (const auto it = nicIpConfigs_.find(idKey(ref)); it != nicIpConfigs_.end())
                        backends.push_back(
                            {{"vm", vmOfNic(it->second)}, {"port", port}, {"protocol", protocol}});
            }
            ag["backends"] = backends;
            note(NoteKind::Question, "ASK_APP_GATEWAY_INSTANCES", item(*a), id,
                 QT_TRANSLATE_NOOP("Import",
                                   "Application Gateway %1's instance addresses are in no Azure output: "
                                   "Pathlight shows \"an address of its subnet\"; add instanceIps if you "
                                   "know them"),
                 {object(id)});
            out.push_back(ag);
            outcome(*a, ResourceOutcome::Imported, id);
        }
        t["appGateways"] = out;
    }

    // Everything not mapped: a note per resource, worded by kind.
    // Every secret value a resource holds (a connection's shared key, a VM's password, a circuit's
    // service key): never copied, and said (import.md "Secrets"). Values a template left
    // unevaluated are null here; the importer reports those.
    void reportSecrets() {
        static const char* const secrets[] = {"sharedkey",  "authorizationkey", "adminpassword",
                                              "servicekey", "password",         "secret",
                                              "customdata", "protectedsettings"};
        for (const ArmResource& r : set_.all()) {
            std::vector<std::string> found;
            std::function<void(const Json&, int)> walk = [&](const Json& j, int depth) {
                if (depth > 12) return;
                if (j.is_object()) {
                    for (auto it = j.begin(); it != j.end(); ++it) {
                        const std::string key = asciiLower(it.key());
                        bool secret = false;
                        for (const char* name : secrets)
                            secret |= key == name;
                        if (secret && !it.value().is_null()) {
                            if (std::find(found.begin(), found.end(), it.key()) == found.end())
                                found.push_back(it.key());
                        } else {
                            walk(it.value(), depth + 1);
                        }
                    }
                } else if (j.is_array()) {
                    for (const auto& e : j)
                        walk(e, depth + 1);
                }
            };
            walk(r.json, 0);
            for (const auto& key : found)
                note(NoteKind::SecretDropped, "SECRET_DROPPED", item(r), idFor(r.id),
                     QT_TRANSLATE_NOOP("Import", "%1 of %2 is a secret: not copied"), {key, r.name});
        }
    }

    void reportOthers() {
        for (const ArmResource& r : set_.all()) {
            if (reported_.count(&r)) continue;
            const std::string type = r.typeKey();
            const auto parsed = parseArmId(r.id);
            const bool child = parsed && parsed->types.size() > 1;
            if (type == "microsoft.network/publicipaddresses" ||
                type == "microsoft.network/publicipprefixes" || type == "microsoft.network/routefilters" ||
                type == "microsoft.network/firewallpolicies" ||
                type == "microsoft.network/networkinterfaces" ||
                (child && parsed->parent() && reported_.count(set_.find(parsed->parent()->text())))) {
                outcome(r, ResourceOutcome::MergedInto, {});
                continue;
            }
            if (child && parsed->parent() && !set_.find(parsed->parent()->text())) {
                note(NoteKind::HalfConfigured, "PARENT_MISSING", item(r), {},
                     QT_TRANSLATE_NOOP("Import", "%1 belongs to %2, which is not in the input: left out"),
                     {r.name, parsed->parent()->name()});
                outcome(r, ResourceOutcome::Skipped, {});
                continue;
            }
            const char* text =
                QT_TRANSLATE_NOOP("Import", "type %1 is not part of Pathlight's model: left out");
            const char* code = "UNSUPPORTED_TYPE";
            if (!type.starts_with("microsoft.network/")) {
                text = QT_TRANSLATE_NOOP("Import", "type %1 is not a network resource: left out");
                code = "NOT_NETWORK";
            }
            for (const char* vwan : {"virtualwans", "vpngateways", "expressroutegateways", "p2svpngateways",
                                     "vpnserverconfigurations", "hubvirtualnetworkconnections", "vpnsites"})
                if (type.find(vwan) != std::string::npos) {
                    text = QT_TRANSLATE_NOOP("Import",
                                             "type %1 is part of Virtual WAN, which Pathlight does not "
                                             "model: left out");
                    code = "VWAN_UNSUPPORTED";
                }
            note(NoteKind::Skipped, code, item(r), {}, text, {r.type});
            outcome(r, ResourceOutcome::Skipped, {});
        }
    }

    const ResourceSet& set_;
    ImportReport& report_;
    std::unordered_map<std::string, std::vector<const ArmResource*>> byType_;
    std::unordered_map<std::string, std::string> ids_; // idKey(ARM id) → Pathlight id
    std::unordered_set<std::string> used_;
    std::set<const ArmResource*> reported_;
    std::unordered_map<std::string, Ipv4Address> publicIps_;
    std::unordered_map<std::string, Ipv4Prefix> publicPrefixes_;
    std::unordered_set<std::string> applianceIps_;
    std::unordered_map<std::string, std::string> gatewayVnet_;
    std::map<std::pair<std::string, std::string>, std::string> vnet2vnetId_;
    std::unordered_map<std::string, std::vector<std::string>> poolMembers_; // idKey(pool) → NIC ids
    std::unordered_map<std::string, std::string> nicIpConfigs_;             // idKey(ipconfig) → NIC id
    std::unordered_map<std::string, std::string> nicByIp_;
    std::unordered_map<std::string, std::string> vmOfNic_;
    std::unordered_map<std::string, Ipv4Prefix> subnetPrefix_;
    std::unordered_map<std::string, std::string> vnetOfSubnet_;
    std::unordered_map<std::string, std::set<std::string>> taken_;
    bool reservedCollected_ = false;
    std::vector<std::string> vmIds_;
    std::list<Json> mergedChildren_; // stable addresses for the Items that point into them
    std::map<std::pair<const ArmResource*, std::string>, std::vector<Item>> parts_;
    Json sites_ = Json::array();
    Json circuits_ = Json::array();
};

} // namespace

Json mapResources(const ResourceSet& resources, ImportReport& report) {
    return Mapper(resources, report).run();
}

} // namespace pathlight::armimport
