// Reads format v1. Each object is read by an ObjectReader that knows its JSON Pointer, records
// which keys it consumed and keeps the rest as unknown keys. References are checked once every
// id is known, so the order of arrays in the file does not matter.

#include "catalog/service_tags.h"
#include "io/json_text.h"
#include "io/topology_io.h"
#include "topology/topology_index.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace pathlight {

namespace {

constexpr const char* kCtx = "LoadError";

std::string quoted(const Json& value) {
    std::string text = value.dump();
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    return text;
}

struct PendingRef {
    std::string pointer;      // where the reference stands
    std::string referrerText; // e.g. subnet "app"
    Id id;
    ObjectKind expected;
};

class Reader {
public:
    std::vector<Diagnostic> diagnostics;
    std::vector<PendingRef> refs;
    std::unordered_map<Id, std::string> idPointers; // id -> pointer of its definition
    int errorCount = 0;

    void error(const std::string& pointer, const char* code, const char* text,
               std::vector<std::string> args) {
        ++errorCount;
        if (errorCount > 100) return; // enough to fix; keeps a hostile file's report small
        diagnostics.push_back({Severity::Error, code, pointer, Message{kCtx, text, std::move(args)}});
    }
    int warningCount = 0;
    void warning(const std::string& pointer, const char* code, const char* text,
                 std::vector<std::string> args) {
        // As for errors: 1.5 million unknown keys made as many warnings (breaker, session 9).
        if (++warningCount > 100) return;
        diagnostics.push_back({Severity::Warning, code, pointer, Message{kCtx, text, std::move(args)}});
    }
};

class ObjectReader {
public:
    ObjectReader(Reader& reader, const Json& json, std::string pointer)
        : r_(reader), json_(json), pointer_(std::move(pointer)) {
        valid_ = json_.is_object();
        if (!valid_)
            r_.error(pointer_.empty() ? "/" : pointer_, "TYPE",
                     QT_TRANSLATE_NOOP("LoadError", "expected an object, found %1"), {quoted(json_)});
    }
    bool valid() const { return valid_; }
    const std::string& pointer() const { return pointer_; }
    std::string at(const char* key) const { return pointer_ + "/" + escapePointerToken(key); }

    const Json* get(const char* key, bool required = false) {
        if (!valid_) return nullptr;
        used_.insert(key);
        auto it = json_.find(key);
        if (it == json_.end() || it->is_null()) {
            if (required)
                r_.error(at(key), "MISSING", QT_TRANSLATE_NOOP("LoadError", "required key \"%1\" is missing"),
                         {key});
            return nullptr;
        }
        return &*it;
    }

    std::string string(const char* key, bool required = false, const std::string& fallback = {}) {
        const Json* v = get(key, required);
        if (!v) return fallback;
        if (!v->is_string()) {
            typeError(key, QT_TRANSLATE_NOOP("LoadError", "a string"), *v);
            return fallback;
        }
        return v->get<std::string>();
    }

    Id id(const char* key = "id") {
        Id value = string(key, true);
        if (!valid_ || value.empty()) {
            if (valid_ && get(key))
                r_.error(at(key), "EMPTY_ID", QT_TRANSLATE_NOOP("LoadError", "an id must not be empty"), {});
            return value;
        }
        auto [it, inserted] = r_.idPointers.emplace(value, at(key));
        if (!inserted)
            r_.error(at(key), "DUPLICATE_ID",
                     QT_TRANSLATE_NOOP("LoadError",
                                       "id \"%1\" is already used at %2; ids must be unique in the file"),
                     {value, it->second});
        return value;
    }

    bool boolean(const char* key, bool fallback) {
        const Json* v = get(key);
        if (!v) return fallback;
        if (!v->is_boolean()) {
            typeError(key, QT_TRANSLATE_NOOP("LoadError", "true or false"), *v);
            return fallback;
        }
        return v->get<bool>();
    }

    std::optional<bool> optionalBoolean(const char* key) {
        const Json* v = get(key);
        if (!v) return std::nullopt;
        if (!v->is_boolean()) {
            typeError(key, QT_TRANSLATE_NOOP("LoadError", "true or false"), *v);
            return std::nullopt;
        }
        return v->get<bool>();
    }

    int integer(const char* key, int fallback, long long min, long long max, bool required = false) {
        const Json* v = get(key, required);
        if (!v) return fallback;
        if (!v->is_number_integer()) {
            typeError(key, QT_TRANSLATE_NOOP("LoadError", "a whole number"), *v);
            return fallback;
        }
        // Above what a signed 64-bit number holds (2^63 read as one came out negative).
        const bool huge = v->is_number_unsigned() &&
                          v->get<unsigned long long>() >
                              static_cast<unsigned long long>(std::numeric_limits<long long>::max());
        const long long value = huge ? std::numeric_limits<long long>::max() : v->get<long long>();
        if (huge || value < min || value > max) {
            r_.error(at(key), "RANGE", QT_TRANSLATE_NOOP("LoadError", "%1 is out of range (%2 to %3)"),
                     {v->dump(), std::to_string(min), std::to_string(max)});
            return fallback;
        }
        return int(value);
    }

    double number(const char* key, double fallback, double min, double max) {
        const Json* v = get(key);
        if (!v) return fallback;
        if (!v->is_number()) {
            typeError(key, QT_TRANSLATE_NOOP("LoadError", "a number"), *v);
            return fallback;
        }
        const double value = v->get<double>();
        if (value < min || value > max) {
            r_.error(at(key), "RANGE", QT_TRANSLATE_NOOP("LoadError", "%1 is out of range (%2 to %3)"),
                     {v->dump(), std::to_string(int(min)), std::to_string(int(max))});
            return fallback;
        }
        return value;
    }

    Ipv4Prefix prefixValue(const Json& v, const std::string& pointer, bool allowBareAddress = false) {
        if (!v.is_string()) {
            r_.error(pointer, "TYPE",
                     QT_TRANSLATE_NOOP("LoadError", "expected an IPv4 prefix string, found %1"), {quoted(v)});
            return {};
        }
        std::string reason;
        auto p = Ipv4Prefix::parse(v.get<std::string>(), &reason, allowBareAddress);
        if (!p) {
            r_.error(pointer, "BAD_PREFIX", QT_TRANSLATE_NOOP("LoadError", "%1 is not an IPv4 prefix: %2"),
                     {quoted(v), reason});
            return {};
        }
        return *p;
    }

    Ipv4Address addressValue(const Json& v, const std::string& pointer) {
        if (!v.is_string()) {
            r_.error(pointer, "TYPE",
                     QT_TRANSLATE_NOOP("LoadError", "expected an IPv4 address string, found %1"),
                     {quoted(v)});
            return {};
        }
        std::string reason;
        auto a = Ipv4Address::parse(v.get<std::string>(), &reason);
        if (!a) {
            r_.error(pointer, "BAD_ADDRESS", QT_TRANSLATE_NOOP("LoadError", "%1 is not an IPv4 address: %2"),
                     {quoted(v), reason});
            return {};
        }
        return *a;
    }

    Ipv4Prefix prefix(const char* key, bool required = true) {
        const Json* v = get(key, required);
        return v ? prefixValue(*v, at(key)) : Ipv4Prefix{};
    }

    std::optional<Ipv4Address> address(const char* key, bool required = false) {
        const Json* v = get(key, required);
        if (!v) return std::nullopt;
        return addressValue(*v, at(key));
    }

    template <typename F> void forEach(const char* key, F&& each, bool required = false) {
        const Json* v = get(key, required);
        if (!v) return;
        if (!v->is_array()) {
            typeError(key, QT_TRANSLATE_NOOP("LoadError", "an array"), *v);
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i)
            each((*v)[i], at(key) + "/" + std::to_string(i));
    }

    std::vector<Ipv4Prefix> prefixes(const char* key, bool allowBareAddress = false) {
        std::vector<Ipv4Prefix> out;
        forEach(key, [&](const Json& v, const std::string& p) {
            out.push_back(prefixValue(v, p, allowBareAddress));
        });
        return out;
    }
    std::optional<std::vector<Ipv4Prefix>> optionalPrefixes(const char* key) {
        if (!valid_ || !json_.contains(key) || json_.at(key).is_null()) {
            used_.insert(key);
            return std::nullopt;
        }
        return prefixes(key);
    }
    std::vector<Ipv4Address> addresses(const char* key) {
        std::vector<Ipv4Address> out;
        forEach(key, [&](const Json& v, const std::string& p) { out.push_back(addressValue(v, p)); });
        return out;
    }
    std::vector<std::string> strings(const char* key) {
        std::vector<std::string> out;
        forEach(key, [&](const Json& v, const std::string& p) {
            if (v.is_string())
                out.push_back(v.get<std::string>());
            else
                r_.error(p, "TYPE", QT_TRANSLATE_NOOP("LoadError", "expected a string, found %1"),
                         {quoted(v)});
        });
        return out;
    }

    // A reference to another object; checked once all ids are known.
    // A reference to another object; checked once all ids are known. An empty string is not
    // "none" (that is the key left out): it names nothing, and the model would find nothing.
    Id ref(const char* key, ObjectKind expected, const std::string& referrer, bool required = false) {
        Id value = string(key, required);
        if (!value.empty())
            r_.refs.push_back({at(key), referrer, value, expected});
        else if (const Json* v = get(key); v && v->is_string())
            emptyReference(at(key));
        return value;
    }
    void refValue(const Id& value, const std::string& pointer, ObjectKind expected,
                  const std::string& referrer) {
        if (!value.empty())
            r_.refs.push_back({pointer, referrer, value, expected});
        else
            emptyReference(pointer);
    }
    // A list of references of one kind ("applicationSecurityGroups": [asg ids]).
    std::vector<Id> refs(const char* key, ObjectKind expected, const std::string& referrer) {
        std::vector<Id> out;
        forEach(key, [&](const Json& v, const std::string& p) {
            if (!v.is_string())
                return r_.error(p, "TYPE", QT_TRANSLATE_NOOP("LoadError", "expected an id string, found %1"),
                                {quoted(v)});
            out.push_back(v.get<std::string>());
            refValue(out.back(), p, expected, referrer);
        });
        return out;
    }
    void emptyReference(const std::string& pointer) {
        r_.error(pointer, "EMPTY_REF",
                 QT_TRANSLATE_NOOP("LoadError", "a reference must not be empty; leave the key out for none"),
                 {});
    }

    template <typename E>
    E enumValue(const char* key, std::initializer_list<std::pair<const char*, E>> values, E fallback,
                bool required = false) {
        const Json* v = get(key, required);
        if (!v) return fallback;
        std::string allowed;
        if (v->is_string())
            for (const auto& [name, value] : values)
                if (v->get<std::string>() == name) return value;
        for (const auto& [name, value] : values)
            allowed += (allowed.empty() ? "" : ", ") + std::string(name);
        r_.error(at(key), "BAD_VALUE", QT_TRANSLATE_NOOP("LoadError", "%1 is not one of: %2"),
                 {quoted(*v), allowed});
        return fallback;
    }

    // Keeps unknown keys in extra and warns about each.
    void finish(Extra& extra) {
        if (!valid_) return;
        // Appended, not looked up, when extra holds nothing yet: the file's keys are unique
        // (json_text.cpp refuses a key named twice), and ordered_map's operator[] searches
        // linearly for each key (1.5 million unknown keys never finished loading).
        const bool fresh = extra.keys.is_object() && extra.keys.empty();
        auto* appended =
            fresh ? &static_cast<Json::object_t::Container&>(extra.keys.get_ref<Json::object_t&>()) : nullptr;
        for (auto it = json_.begin(); it != json_.end(); ++it) {
            if (used_.count(it.key())) continue;
            if (appended)
                appended->emplace_back(it.key(), it.value());
            else
                extra.keys[it.key()] = it.value();
            // Pathlight's own optional keys, kept without a warning: resourceGroup for scripts (fix
            // advisor); armId and inferred, the provenance an import writes (import.md "What
            // import produces").
            if (it.key() == "resourceGroup" || it.key() == "armId" || it.key() == "inferred") continue;
            r_.warning(at(it.key().c_str()), "UNKNOWN_KEY",
                       QT_TRANSLATE_NOOP("LoadError", "unknown key \"%1\" is kept as it is but not used"),
                       {it.key()});
        }
    }

    Reader& reader() { return r_; }

private:
    void typeError(const char* key, const char* expected, const Json& found) {
        r_.error(at(key), "TYPE", QT_TRANSLATE_NOOP("LoadError", "expected %1, found %2"),
                 {Message::term("LoadError", expected), quoted(found)});
    }

    Reader& r_;
    const Json& json_;
    std::string pointer_;
    bool valid_ = false;
    std::unordered_set<std::string> used_;
};

std::string named(const char* kind, const Id& id) {
    return std::string(kind) + " \"" + id + "\"";
}

template <typename T, typename F>
void readArray(ObjectReader& parent, const char* key, std::vector<T>& out, F&& readOne) {
    parent.forEach(key, [&](const Json& v, const std::string& p) {
        ObjectReader o(parent.reader(), v, p);
        if (!o.valid()) return;
        T item;
        readOne(o, item);
        o.finish(item);
        out.push_back(std::move(item));
    });
}

template <typename T, typename F>
std::optional<T> readOptionalObject(ObjectReader& parent, const char* key, F&& readOne) {
    const Json* v = parent.get(key);
    if (!v) return std::nullopt;
    ObjectReader o(parent.reader(), *v, parent.at(key));
    if (!o.valid()) return std::nullopt;
    T item;
    readOne(o, item);
    o.finish(item);
    return item;
}

// Esp and Ah are version 2's (azure-facts-2 §18).
const std::initializer_list<std::pair<const char*, Protocol>> kProtocols = {
    {"Tcp", Protocol::Tcp}, {"Udp", Protocol::Udp}, {"Icmp", Protocol::Icmp},
    {"Esp", Protocol::Esp}, {"Ah", Protocol::Ah},   {"*", Protocol::Any}};

// A connection's type: a Vnet2Vnet connection is a VPN connection whose far end is another VNet's
// VPN gateway (topology-format.md, version 2).
enum class ConnectionTypeName { ExpressRoute, Vpn, Vnet2Vnet };
const std::initializer_list<std::pair<const char*, ConnectionTypeName>> kConnectionTypes = {
    {"ExpressRoute", ConnectionTypeName::ExpressRoute},
    {"Vpn", ConnectionTypeName::Vpn},
    {"Vnet2Vnet", ConnectionTypeName::Vnet2Vnet}};

const std::initializer_list<std::pair<const char*, GatewayType>> kGatewayTypes = {
    {"ExpressRoute", GatewayType::ExpressRoute}, {"Vpn", GatewayType::Vpn}};

void readSite(ObjectReader& o, Site& s) {
    s.id = o.id();
    s.name = o.string("name");
    s.addressSpace = o.prefixes("addressSpace");
    readArray(o, "hosts", s.hosts, [&](ObjectReader& h, Host& host) {
        host.id = h.id();
        host.name = h.string("name");
        host.ip = h.address("ip", true).value_or(Ipv4Address{});
    });
    s.bgp = readOptionalObject<SiteBgp>(o, "bgp", [](ObjectReader& b, SiteBgp& bgp) {
        bgp.asn = b.integer("asn", 0, 1, 4294967294LL, true);
        bgp.advertise = b.optionalPrefixes("advertise");
    });
    s.edge = readOptionalObject<SiteEdge>(o, "edge", [](ObjectReader& e, SiteEdge& edge) {
        edge.publicIps = e.addresses("publicIps");
        edge.snat = e.boolean("snat", true);
        edge.internetAccess = e.boolean("internetAccess", true);
    });
    o.forEach("circuits", [&](const Json& v, const std::string& p) {
        if (!v.is_string())
            return o.reader().error(
                p, "TYPE", QT_TRANSLATE_NOOP("LoadError", "expected an id string, found %1"), {quoted(v)});
        s.circuits.push_back(v.get<std::string>());
        o.refValue(s.circuits.back(), p, ObjectKind::Circuit, named("site", s.id));
    });
}

void readCircuit(ObjectReader& o, Circuit& c) {
    c.id = o.id();
    c.name = o.string("name");
    c.peeringLocation = o.string("peeringLocation");
    c.bandwidthMbps = o.integer("bandwidthMbps", 0, 0, 1'000'000);
    c.privatePeering =
        readOptionalObject<PrivatePeering>(o, "privatePeering", [](ObjectReader& p, PrivatePeering& pp) {
            pp.enabled = p.boolean("enabled", false);
        });
    c.microsoftPeering = readOptionalObject<MicrosoftPeering>(o, "microsoftPeering",
                                                              [](ObjectReader& p, MicrosoftPeering& mp) {
                                                                  mp.enabled = p.boolean("enabled", false);
                                                                  mp.natIps = p.addresses("natIps");
                                                                  mp.routeFilter = p.strings("routeFilter");
                                                              });
}

void readVnet(ObjectReader& o, Vnet& v) {
    v.id = o.id();
    v.name = o.string("name");
    v.region = o.string("region");
    v.addressSpace = o.prefixes("addressSpace");
    readArray(o, "subnets", v.subnets, [&](ObjectReader& s, Subnet& subnet) {
        subnet.id = s.id();
        subnet.name = s.string("name");
        subnet.addressPrefix = s.prefix("addressPrefix");
        const std::string who = named("subnet", subnet.id);
        subnet.nsg = s.ref("nsg", ObjectKind::Nsg, who);
        subnet.routeTable = s.ref("routeTable", ObjectKind::RouteTable, who);
        subnet.natGateway = s.ref("natGateway", ObjectKind::NatGateway, who);
        subnet.defaultOutboundAccess = s.boolean("defaultOutboundAccess", true);
        // Strings, or ARM's [{"service": "Microsoft.Storage"}].
        s.forEach("serviceEndpoints", [&](const Json& v, const std::string& ptr) {
            if (v.is_string())
                subnet.serviceEndpoints.push_back(v.get<std::string>());
            else if (v.is_object() && v.contains("service") && v["service"].is_string())
                subnet.serviceEndpoints.push_back(v["service"].get<std::string>());
            else
                s.reader().error(ptr, "TYPE",
                                 QT_TRANSLATE_NOOP(
                                     "LoadError", "expected a service name or {\"service\": name}, found %1"),
                                 {quoted(v)});
        });
        if (s.get("privateEndpointNetworkPolicies"))
            subnet.privateEndpointNetworkPolicies = s.enumValue(
                "privateEndpointNetworkPolicies",
                {{"Disabled", PrivateEndpointNetworkPolicies::Disabled},
                 {"Enabled", PrivateEndpointNetworkPolicies::Enabled},
                 {"NetworkSecurityGroupEnabled", PrivateEndpointNetworkPolicies::NetworkSecurityGroupEnabled},
                 {"RouteTableEnabled", PrivateEndpointNetworkPolicies::RouteTableEnabled}},
                PrivateEndpointNetworkPolicies::Disabled);
    });
}

void readPeering(ObjectReader& o, Peering& p) {
    p.id = o.id();
    const std::string who = named("peering", p.id);
    int count = 0;
    o.forEach(
        "vnets",
        [&](const Json& v, const std::string& ptr) {
            if (count >= 2) return;
            if (!v.is_string())
                return o.reader().error(ptr, "TYPE",
                                        QT_TRANSLATE_NOOP("LoadError", "expected an id string, found %1"),
                                        {quoted(v)});
            p.vnets[count++] = v.get<std::string>();
            o.refValue(p.vnets[count - 1], ptr, ObjectKind::Vnet, who);
        },
        true);
    if (o.get("vnets") && (count != 2 || o.get("vnets")->size() != 2))
        o.reader().error(o.at("vnets"), "PEERING_VNETS",
                         QT_TRANSLATE_NOOP("LoadError", "a peering joins exactly two VNets"), {});
    else if (count == 2 && p.vnets[0] == p.vnets[1])
        o.reader().error(o.at("vnets"), "PEERING_SELF",
                         QT_TRANSLATE_NOOP("LoadError", "a VNet cannot be peered with itself (\"%1\")"),
                         {p.vnets[0]});
    // A bool for both directions (version 1), or each VNet's own setting (version 2).
    if (const Json* forwarded = o.get("allowForwardedTraffic"); forwarded && forwarded->is_object()) {
        for (auto it = forwarded->begin(); it != forwarded->end(); ++it) {
            const std::string ptr = o.at("allowForwardedTraffic") + "/" + escapePointerToken(it.key());
            if (!it.value().is_boolean()) {
                o.reader().error(ptr, "TYPE", QT_TRANSLATE_NOOP("LoadError", "expected %1, found %2"),
                                 {Message::term("LoadError", QT_TRANSLATE_NOOP("LoadError", "true or false")),
                                  quoted(it.value())});
                continue;
            }
            if (count == 2 && it.key() != p.vnets[0] && it.key() != p.vnets[1])
                o.reader().error(ptr, "TRANSIT_NOT_PEER",
                                 QT_TRANSLATE_NOOP("LoadError", "\"%1\" is not one of the two peered VNets"),
                                 {it.key()});
            p.allowForwardedTrafficByVnet.emplace_back(it.key(), it.value().get<bool>());
        }
    } else {
        p.allowForwardedTraffic = o.boolean("allowForwardedTraffic", false);
    }
    p.allowVirtualNetworkAccess = o.optionalBoolean("allowVirtualNetworkAccess");
    p.gatewayTransit =
        readOptionalObject<GatewayTransit>(o, "gatewayTransit", [&](ObjectReader& g, GatewayTransit& t) {
            t.provider = g.ref("provider", ObjectKind::Vnet, who);
            t.user = g.ref("user", ObjectKind::Vnet, who);
            for (const Id* side : {&t.provider, &t.user})
                if (!side->empty() && count == 2 && *side != p.vnets[0] && *side != p.vnets[1])
                    o.reader().error(
                        g.at(side == &t.provider ? "provider" : "user"), "TRANSIT_NOT_PEER",
                        QT_TRANSLATE_NOOP("LoadError", "\"%1\" is not one of the two peered VNets"), {*side});
        });
}

void readGateway(ObjectReader& o, Gateway& g) {
    g.id = o.id();
    g.name = o.string("name");
    g.type = o.enumValue("type", kGatewayTypes, GatewayType::ExpressRoute, true);
    const std::string who = named("gateway", g.id);
    g.vnet = o.ref("vnet", ObjectKind::Vnet, who, true);
    g.bgp = readOptionalObject<GatewayBgp>(o, "bgp", [](ObjectReader& b, GatewayBgp& bgp) {
        bgp.asn = b.integer("asn", 65515, 1, 4294967294LL);
    });
    g.activeActive = o.boolean("activeActive", false);
    g.defaultSite = o.ref("defaultSite", ObjectKind::Site, who);
}

void readConnection(ObjectReader& o, Connection& c) {
    c.id = o.id();
    const ConnectionTypeName type =
        o.enumValue("type", kConnectionTypes, ConnectionTypeName::ExpressRoute, true);
    c.type = type == ConnectionTypeName::ExpressRoute ? GatewayType::ExpressRoute : GatewayType::Vpn;
    const std::string who = named("connection", c.id);
    c.gateway = o.ref("gateway", ObjectKind::Gateway, who, true);
    if (c.type == GatewayType::ExpressRoute)
        c.circuit = o.ref("circuit", ObjectKind::Circuit, who, true);
    else if (type == ConnectionTypeName::Vnet2Vnet)
        c.peerGateway = o.ref("peerGateway", ObjectKind::Gateway, who, true);
    else
        c.site = o.ref("site", ObjectKind::Site, who, true);
    // ExpressRoute is always BGP (azure-facts §7.1).
    c.bgp = o.boolean("bgp", c.type == GatewayType::ExpressRoute);
    // A site's local network gateway prefixes; a VNet-to-VNet tunnel routes the other VNet's
    // space, so there the key is unknown (kept, with a warning) rather than silently unused.
    if (!c.site.empty()) c.localAddressPrefixes = o.optionalPrefixes("localAddressPrefixes");
}

void readRouteServer(ObjectReader& o, RouteServer& rs) {
    rs.id = o.id();
    rs.name = o.string("name");
    const std::string who = named("routeServer", rs.id);
    rs.vnet = o.ref("vnet", ObjectKind::Vnet, who, true);
    rs.ips = o.addresses("ips");
    rs.branchToBranch = o.boolean("branchToBranch", false);
    readArray(o, "peers", rs.peers, [&](ObjectReader& p, RouteServerPeer& peer) {
        peer.vm = p.ref("vm", ObjectKind::Vm, who, true);
        peer.asn = p.integer("asn", 0, 1, 4294967294LL, true);
    });
}

void readVm(ObjectReader& o, Vm& vm) {
    vm.id = o.id();
    vm.name = o.string("name");
    vm.os = o.enumValue("os", {{"windows", OsType::Windows}, {"linux", OsType::Linux}}, OsType::Linux);
    vm.image = o.string("image");
    readArray(o, "nics", vm.nics, [&](ObjectReader& n, Nic& nic) {
        nic.id = n.id();
        const std::string who = named("nic", nic.id);
        nic.subnet = n.ref("subnet", ObjectKind::Subnet, who, true);
        readArray(n, "ipConfigurations", nic.ipConfigurations, [&](ObjectReader& c, IpConfiguration& ip) {
            ip.name = c.string("name");
            ip.privateIp = c.address("privateIp", true).value_or(Ipv4Address{});
            ip.publicIp = c.address("publicIp");
            ip.primary = c.boolean("primary", false);
            ip.applicationSecurityGroups =
                c.refs("applicationSecurityGroups", ObjectKind::ApplicationSecurityGroup, who);
        });
        if (nic.ipConfigurations.empty() && n.valid())
            n.reader().error(n.at("ipConfigurations"), "NO_IPCONFIG",
                             QT_TRANSLATE_NOOP("LoadError", "a NIC needs at least one IP configuration"), {});
        nic.nsg = n.ref("nsg", ObjectKind::Nsg, who);
        nic.enableIPForwarding = n.boolean("enableIPForwarding", false);
        nic.primary = n.boolean("primary", false);
        nic.guestDefaultGateway = n.optionalBoolean("guestDefaultGateway");
    });
    vm.nva = readOptionalObject<Nva>(o, "nva", [](ObjectReader& n, Nva& nva) {
        nva.osIpForwarding = n.boolean("osIpForwarding", false);
        nva.stateful = n.optionalBoolean("stateful");
        nva.snat = readOptionalObject<NvaSnat>(n, "snat", [](ObjectReader& s, NvaSnat& snat) {
            snat.enabled = s.boolean("enabled", false);
            snat.exclude = s.prefixes("exclude", true);
        });
        nva.bgp = readOptionalObject<NvaBgp>(n, "bgp", [](ObjectReader& b, NvaBgp& bgp) {
            bgp.asn = b.integer("asn", 0, 1, 4294967294LL, true);
            bgp.defaultOriginate = b.boolean("defaultOriginate", false);
            bgp.advertise = b.prefixes("advertise");
            bgp.asPathPrepend = b.integer("asPathPrepend", 0, 0, 16);
        });
    });
}

void readAppGateway(ObjectReader& o, AppGateway& a) {
    a.id = o.id();
    a.name = o.string("name");
    a.sku = o.enumValue<std::string>(
        "sku",
        {{"Standard_v2", "Standard_v2"}, {"WAF_v2", "WAF_v2"}, {"Standard", "Standard"}, {"WAF", "WAF"}},
        "Standard_v2");
    const std::string who = named("appGateway", a.id);
    a.subnet = o.ref("subnet", ObjectKind::Subnet, who, true);
    a.frontendPrivateIp = o.address("frontendPrivateIp");
    a.frontendPublicIp = o.address("frontendPublicIp");
    a.instanceIps = o.addresses("instanceIps");
    readArray(o, "backends", a.backends, [&](ObjectReader& b, AppGatewayBackend& be) {
        be.ip = b.address("ip");
        be.vm = b.ref("vm", ObjectKind::Vm, who);
        if (!be.ip && be.vm.empty() && b.valid())
            b.reader().error(b.pointer(), "BACKEND_TARGET",
                             QT_TRANSLATE_NOOP("LoadError", "a backend needs \"ip\" or \"vm\""), {});
        be.port = b.integer("port", 80, 1, 65535);
        be.protocol = b.string("protocol", false, "Http");
    });
}

void readNsg(ObjectReader& o, Nsg& nsg) {
    nsg.id = o.id();
    nsg.name = o.string("name");
    readArray(o, "securityRules", nsg.securityRules, [](ObjectReader& r, SecurityRule& rule) {
        rule.name = r.string("name", true);
        if (rule.name.empty() && r.get("name"))
            r.reader().error(
                r.at("name"), "EMPTY_NAME",
                QT_TRANSLATE_NOOP("LoadError", "a security rule needs a name (Azure requires one)"), {});
        // Range checked by the lint (NSG_PRIORITY) so a teacher's file with 50 still opens.
        rule.priority = r.integer("priority", 100, 0, 1'000'000, true);
        rule.direction =
            r.enumValue("direction", {{"Inbound", Direction::Inbound}, {"Outbound", Direction::Outbound}},
                        Direction::Inbound, true);
        rule.access =
            r.enumValue("access", {{"Allow", Access::Allow}, {"Deny", Access::Deny}}, Access::Allow, true);
        rule.protocol =
            r.enumValue("protocol", kProtocols, Protocol::Any,
                        true); // ARM requires it: a rule without one is not "*" (found by a breaker)
        // Application security groups stand in place of the addresses on their side (ARM).
        const std::string who = "security rule \"" + rule.name + "\"";
        rule.sourceApplicationSecurityGroups =
            r.refs("sourceApplicationSecurityGroups", ObjectKind::ApplicationSecurityGroup, who);
        rule.destinationApplicationSecurityGroups =
            r.refs("destinationApplicationSecurityGroups", ObjectKind::ApplicationSecurityGroup, who);
        // ARM writes a single value under the singular key (sourceAddressPrefix) and several
        // under the plural one; both are read, as Azure does (the writer writes the plural).
        // Each value with its JSON Pointer (the singular key's own, or the plural's element).
        // Azure takes one of the two, never both (azure-rest-api-specs#1591: "the user must
        // supply one or the other"): both given is refused, as is a list given empty.
        std::vector<std::string> pointers;
        auto withSingular = [&](const char* key, const char* singular) {
            // Empty as written: a list whose values were refused already said why (found by a breaker).
            const Json* given = r.get(key);
            const bool listGivenEmpty = given && given->is_array() && given->empty();
            std::vector<std::string> list = r.strings(key);
            pointers.clear();
            for (std::size_t i = 0; i < list.size(); ++i)
                pointers.push_back(r.at(key) + "/" + std::to_string(i));
            if (const Json* given = r.get(singular);
                given && given->is_string() && given->get<std::string>().empty())
                r.reader().error(
                    r.at(singular), "NSG_RULE_VALUE_EMPTY",
                    QT_TRANSLATE_NOOP("LoadError", "\"%1\" is empty: give a value, or \"*\" for any"),
                    {singular});
            if (std::string one = r.string(singular); !one.empty()) {
                if (!list.empty())
                    r.reader().error(r.at(singular), "NSG_RULE_KEY_TWICE",
                                     QT_TRANSLATE_NOOP("LoadError", "give either \"%1\" or \"%2\", not both "
                                                                    "(Azure refuses a rule with both)"),
                                     {singular, key});
                list.insert(list.begin(), one);
                pointers.insert(pointers.begin(), r.at(singular));
            } else if (listGivenEmpty) {
                r.reader().error(r.at(key), "NSG_RULE_LIST_EMPTY",
                                 QT_TRANSLATE_NOOP("LoadError",
                                                   "\"%1\" is empty: give at least one value, or "
                                                   "\"*\" for any"),
                                 {key});
            }
            return list;
        };
        auto ports = [&](const char* key, const char* singular) {
            std::vector<std::string> list = withSingular(key, singular);
            for (std::size_t i = 0; i < list.size(); ++i)
                if (!parsePortRange(list[i]))
                    r.reader().error(
                        pointers[i], "BAD_PORT",
                        QT_TRANSLATE_NOOP("LoadError", "\"%1\" is not a port, a range like 1000-2000, or *"),
                        {list[i]});
            if (list.empty()) list.push_back("*");
            return list;
        };
        auto addressesOrTags = [&](const char* key, const char* singular, const char* groupsKey,
                                   bool groupsGiven) {
            std::vector<std::string> list = withSingular(key, singular);
            if (groupsGiven) {
                if (!list.empty())
                    r.reader().error(r.at(groupsKey), "NSG_RULE_KEY_TWICE",
                                     QT_TRANSLATE_NOOP("LoadError", "give either \"%1\" or \"%2\", not both "
                                                                    "(Azure refuses a rule with both)"),
                                     {key, groupsKey});
                return list;
            }
            for (std::size_t i = 0; i < list.size(); ++i) {
                const std::string& s = list[i];
                const bool looksNumeric = !s.empty() && s[0] >= '0' && s[0] <= '9';
                std::string reason;
                if (looksNumeric && !Ipv4Prefix::parse(s, &reason, true))
                    r.reader().error(pointers[i], "BAD_PREFIX",
                                     QT_TRANSLATE_NOOP("LoadError", "%1 is not an IPv4 prefix: %2"),
                                     {"\"" + s + "\"", reason});
            }
            // Addresses have no default in Azure (a port range does: "*", as the Azure CLI gives).
            if (list.empty() && !r.get(key) && !r.get(singular))
                r.reader().error(r.at(key), "NSG_RULE_ADDRESS_MISSING",
                                 QT_TRANSLATE_NOOP("LoadError",
                                                   "\"%1\" is missing: Azure requires the rule's "
                                                   "addresses (prefixes, addresses, service tags or "
                                                   "\"*\")"),
                                 {key});
            if (list.empty()) list.push_back("*");
            return list;
        };
        rule.sourceAddressPrefixes =
            addressesOrTags("sourceAddressPrefixes", "sourceAddressPrefix", "sourceApplicationSecurityGroups",
                            !rule.sourceApplicationSecurityGroups.empty());
        rule.sourcePortRanges = ports("sourcePortRanges", "sourcePortRange");
        rule.destinationAddressPrefixes = addressesOrTags(
            "destinationAddressPrefixes", "destinationAddressPrefix", "destinationApplicationSecurityGroups",
            !rule.destinationApplicationSecurityGroups.empty());
        rule.destinationPortRanges = ports("destinationPortRanges", "destinationPortRange");
    });
}

void readRouteTable(ObjectReader& o, RouteTable& rt) {
    rt.id = o.id();
    rt.name = o.string("name");
    rt.disableBgpRoutePropagation = o.boolean("disableBgpRoutePropagation", false);
    readArray(o, "routes", rt.routes, [](ObjectReader& r, Route& route) {
        route.name = r.string("name", true);
        // A service tag in place of the prefix (azure-facts §1.3 "Service tags as UDR prefixes").
        if (const std::string text = r.string("addressPrefix"); looksLikeServiceTag(text))
            route.serviceTag = text;
        else
            route.addressPrefix = r.prefix("addressPrefix");
        route.nextHopType = r.enumValue("nextHopType",
                                        {{"VirtualNetworkGateway", NextHopType::VirtualNetworkGateway},
                                         {"VnetLocal", NextHopType::VnetLocal},
                                         {"Internet", NextHopType::Internet},
                                         {"VirtualAppliance", NextHopType::VirtualAppliance},
                                         {"None", NextHopType::None}},
                                        NextHopType::None, true);
        route.nextHopIpAddress = r.address("nextHopIpAddress");
    });
}

void readEndpoint(ObjectReader& o, Endpoint& e) {
    e.id = o.id();
    e.name = o.string("name");
    e.fqdn = o.string("fqdn");
    e.ips = o.prefixes("ips", true);
    o.forEach("ports", [&](const Json& v, const std::string& p) {
        if (v.is_number_integer() && v.get<long long>() >= 0 && v.get<long long>() <= 65535)
            e.ports.push_back(v.get<int>());
        else
            o.reader().error(p, "BAD_PORT",
                             QT_TRANSLATE_NOOP("LoadError", "%1 is not a port number (0 to 65535)"),
                             {quoted(v)});
    });
    e.protocol = o.string("protocol");
    e.requiresAzureSource = o.boolean("requiresAzureSource", false);
    e.service = o.string("service");
    e.region = o.string("region");
    e.microsoftPeering = readOptionalObject<EndpointMicrosoftPeering>(
        o, "microsoftPeering",
        [](ObjectReader& m, EndpointMicrosoftPeering& mp) { mp.community = m.string("community", true); });
}

// ---- version 2 (topology-format.md "Version 2") ----

void readFirewallRule(ObjectReader& r, FirewallRule& rule) {
    rule.name = r.string("name", true);
    rule.ruleType = r.enumValue("ruleType",
                                {{"NatRule", FirewallRuleType::NatRule},
                                 {"NetworkRule", FirewallRuleType::NetworkRule},
                                 {"ApplicationRule", FirewallRuleType::ApplicationRule}},
                                FirewallRuleType::NetworkRule, true);
    rule.ipProtocols = r.strings("ipProtocols");
    for (std::size_t i = 0; i < rule.ipProtocols.size(); ++i) {
        const std::string& p = rule.ipProtocols[i];
        if (p != "TCP" && p != "UDP" && p != "ICMP" && p != "Any")
            r.reader().error(r.at("ipProtocols") + "/" + std::to_string(i), "BAD_VALUE",
                             QT_TRANSLATE_NOOP("LoadError", "%1 is not one of: %2"),
                             {"\"" + p + "\"", "TCP, UDP, ICMP, Any"});
    }
    auto addressList = [&](const char* key) {
        std::vector<std::string> list = r.strings(key);
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string& a = list[i];
            std::string reason;
            // A prefix, an address or a range "a-b", as Azure Firewall takes them.
            if (!a.empty() && a[0] >= '0' && a[0] <= '9' && !Ipv4Range::parse(a, &reason))
                r.reader().error(r.at(key) + "/" + std::to_string(i), "BAD_PREFIX",
                                 QT_TRANSLATE_NOOP("LoadError", "%1 is not an IPv4 prefix: %2"),
                                 {"\"" + a + "\"", reason});
        }
        return list;
    };
    rule.sourceAddresses = addressList("sourceAddresses");
    rule.destinationAddresses = addressList("destinationAddresses");
    rule.destinationFqdns = r.strings("destinationFqdns");
    rule.destinationPorts = r.strings("destinationPorts");
    for (std::size_t i = 0; i < rule.destinationPorts.size(); ++i)
        if (!parsePortRange(rule.destinationPorts[i]))
            r.reader().error(
                r.at("destinationPorts") + "/" + std::to_string(i), "BAD_PORT",
                QT_TRANSLATE_NOOP("LoadError", "\"%1\" is not a port, a range like 1000-2000, or *"),
                {rule.destinationPorts[i]});
    readArray(r, "protocols", rule.protocols, [](ObjectReader& p, FirewallApplicationProtocol& ap) {
        ap.protocolType = p.enumValue<std::string>(
            "protocolType", {{"Http", "Http"}, {"Https", "Https"}, {"Mssql", "Mssql"}}, "Https", true);
        ap.port = p.integer("port",
                            ap.protocolType == "Http"    ? 80
                            : ap.protocolType == "Mssql" ? 1433
                                                         : 443,
                            1, 65535);
    });
    rule.targetFqdns = r.strings("targetFqdns");
    rule.fqdnTags = r.strings("fqdnTags");
    rule.translatedAddress = r.address("translatedAddress");
    // A number, or a string as ARM writes it ("443").
    if (const Json* port = r.get("translatedPort"); port && port->is_string()) {
        const auto range = parsePortRange(port->get<std::string>());
        if (range && range->first == range->last && range->first > 0)
            rule.translatedPort = range->first;
        else
            r.reader().error(r.at("translatedPort"), "BAD_PORT",
                             QT_TRANSLATE_NOOP("LoadError", "%1 is not a port number (0 to 65535)"),
                             {"\"" + port->get<std::string>() + "\""});
    } else if (port) {
        rule.translatedPort = r.integer("translatedPort", 0, 1, 65535);
    }
    if (rule.ruleType == FirewallRuleType::NatRule && !rule.translatedAddress && r.valid())
        r.reader().error(r.at("translatedAddress"), "MISSING",
                         QT_TRANSLATE_NOOP("LoadError", "required key \"%1\" is missing"),
                         {"translatedAddress"});
}

void readFirewall(ObjectReader& o, Firewall& fw) {
    fw.id = o.id();
    fw.name = o.string("name");
    const std::string who = named("firewall", fw.id);
    fw.vnet = o.ref("vnet", ObjectKind::Vnet, who, true);
    fw.sku = o.enumValue("sku",
                         {{"Basic", FirewallSku::Basic},
                          {"Standard", FirewallSku::Standard},
                          {"Premium", FirewallSku::Premium}},
                         FirewallSku::Standard);
    fw.privateIp = o.address("privateIp");
    fw.instanceIps = o.addresses("instanceIps");
    fw.publicIps = o.addresses("publicIps");
    fw.forcedTunneling = o.boolean("forcedTunneling", false);
    fw.threatIntelMode = o.enumValue<std::string>("threatIntelMode",
                                                  {{"Off", "Off"}, {"Alert", "Alert"}, {"Deny", "Deny"}}, "");
    fw.policy = readOptionalObject<FirewallPolicy>(o, "policy", [](ObjectReader& p, FirewallPolicy& policy) {
        policy.name = p.string("name");
        policy.snat = readOptionalObject<FirewallSnat>(p, "snat", [](ObjectReader& s, FirewallSnat& snat) {
            if (!s.get("privateRanges")) return;
            std::vector<std::string> ranges = s.strings("privateRanges");
            for (std::size_t i = 0; i < ranges.size(); ++i) {
                std::string reason;
                if (ranges[i] != "IANAPrivateRanges" && !Ipv4Prefix::parse(ranges[i], &reason))
                    s.reader().error(s.at("privateRanges") + "/" + std::to_string(i), "BAD_PREFIX",
                                     QT_TRANSLATE_NOOP("LoadError", "%1 is not an IPv4 prefix: %2"),
                                     {"\"" + ranges[i] + "\"", reason});
            }
            snat.privateRanges = std::move(ranges);
        });
        readArray(p, "ruleCollectionGroups", policy.ruleCollectionGroups,
                  [](ObjectReader& g, FirewallRuleCollectionGroup& group) {
                      group.name = g.string("name", true);
                      group.priority = g.integer("priority", 100, 100, 65000, true);
                      readArray(g, "ruleCollections", group.ruleCollections,
                                [](ObjectReader& c, FirewallRuleCollection& rc) {
                                    rc.name = c.string("name", true);
                                    rc.priority = c.integer("priority", 100, 100, 65000, true);
                                    rc.ruleCollectionType = c.enumValue(
                                        "ruleCollectionType",
                                        {{"FirewallPolicyNatRuleCollection", FirewallRuleCollectionType::Nat},
                                         {"FirewallPolicyFilterRuleCollection",
                                          FirewallRuleCollectionType::Filter}},
                                        FirewallRuleCollectionType::Filter, true);
                                    rc.action = c.enumValue("action",
                                                            {{"Dnat", FirewallAction::Dnat},
                                                             {"Allow", FirewallAction::Allow},
                                                             {"Deny", FirewallAction::Deny}},
                                                            FirewallAction::Allow, true);
                                    readArray(c, "rules", rc.rules, readFirewallRule);
                                });
                  });
    });
}

void readLoadBalancer(ObjectReader& o, LoadBalancer& lb) {
    lb.id = o.id();
    lb.name = o.string("name");
    const std::string who = named("loadBalancer", lb.id);
    lb.sku = o.enumValue<std::string>("sku", {{"Standard", "Standard"}, {"Basic", "Basic"}}, "Standard");
    readArray(o, "frontendIPConfigurations", lb.frontendIPConfigurations,
              [&](ObjectReader& f, LoadBalancerFrontend& fe) {
                  fe.id = f.id();
                  fe.name = f.string("name");
                  fe.subnet = f.ref("subnet", ObjectKind::Subnet, who);
                  fe.privateIPAddress = f.address("privateIPAddress");
                  fe.publicIPAddress = f.address("publicIPAddress");
                  // Either internal (a subnet and its address) or public, as ARM's frontends are.
                  if (f.valid() && fe.privateIPAddress.has_value() == fe.publicIPAddress.has_value())
                      f.reader().error(f.pointer(), "LB_FRONTEND",
                                       QT_TRANSLATE_NOOP("LoadError",
                                                         "a frontend has either \"subnet\" and "
                                                         "\"privateIPAddress\", or \"publicIPAddress\""),
                                       {});
                  else if (f.valid() && fe.privateIPAddress && fe.subnet.empty())
                      f.reader().error(f.at("subnet"), "MISSING",
                                       QT_TRANSLATE_NOOP("LoadError", "required key \"%1\" is missing"),
                                       {"subnet"});
              });
    readArray(o, "backendAddressPools", lb.backendAddressPools, [&](ObjectReader& p, LoadBalancerPool& pool) {
        pool.id = p.id();
        pool.name = p.string("name");
        readArray(p, "members", pool.members, [&](ObjectReader& m, LoadBalancerMember& member) {
            member.nic = m.ref("nic", ObjectKind::Nic, who, true);
            member.healthy = m.boolean("healthy", true);
        });
    });
    readArray(o, "loadBalancingRules", lb.loadBalancingRules, [&](ObjectReader& r, LoadBalancingRule& rule) {
        rule.name = r.string("name", true);
        rule.frontendIPConfiguration =
            r.ref("frontendIPConfiguration", ObjectKind::LoadBalancerFrontend, who, true);
        rule.backendAddressPool = r.ref("backendAddressPool", ObjectKind::LoadBalancerPool, who, true);
        rule.protocol = r.enumValue<std::string>("protocol", {{"Tcp", "Tcp"}, {"Udp", "Udp"}, {"All", "All"}},
                                                 "Tcp", true);
        rule.frontendPort = r.integer("frontendPort", 0, 0, 65535);
        rule.backendPort = r.integer("backendPort", rule.frontendPort, 0, 65535);
        rule.enableFloatingIP = r.boolean("enableFloatingIP", false);
        rule.disableOutboundSnat = r.boolean("disableOutboundSnat", false);
    });
    readArray(o, "outboundRules", lb.outboundRules, [&](ObjectReader& r, LoadBalancerOutboundRule& rule) {
        rule.name = r.string("name", true);
        rule.frontendIPConfigurations =
            r.refs("frontendIPConfigurations", ObjectKind::LoadBalancerFrontend, who);
        rule.backendAddressPool = r.ref("backendAddressPool", ObjectKind::LoadBalancerPool, who, true);
        rule.protocol =
            r.enumValue<std::string>("protocol", {{"Tcp", "Tcp"}, {"Udp", "Udp"}, {"All", "All"}}, "All");
    });
}

void readPrivateEndpoint(ObjectReader& o, PrivateEndpoint& pe) {
    pe.id = o.id();
    pe.name = o.string("name");
    pe.subnet = o.ref("subnet", ObjectKind::Subnet, named("privateEndpoint", pe.id), true);
    pe.privateIp = o.address("privateIp", true).value_or(Ipv4Address{});
    pe.service = readOptionalObject<PrivateEndpointService>(o, "service",
                                                            [](ObjectReader& s, PrivateEndpointService& svc) {
                                                                svc.name = s.string("name");
                                                                svc.groupId = s.string("groupId");
                                                                svc.fqdn = s.string("fqdn");
                                                            });
}

void readFlow(ObjectReader& o, Flow& f) {
    f.id = o.id();
    f.name = o.string("name");
    f.source = o.string("source", true);
    f.destination = o.string("destination", true);
    f.protocol = o.enumValue("protocol", kProtocols, Protocol::Tcp);
    f.port = o.integer("port", 0, 0, 65535);
    f.expect = o.enumValue<std::string>("expect",
                                        {{"delivered", "delivered"},
                                         {"denied", "denied"},
                                         {"rejected", "rejected"},
                                         {"no-route", "no-route"},
                                         {"dropped", "dropped"},
                                         {"loop", "loop"},
                                         {"asymmetric", "asymmetric"}},
                                        "");
}

// Azure links at most 10 VNets to a Standard ExpressRoute circuit and at most 100 to a Premium one
// (the most, at 10 Gbps and over; learn.microsoft.com, "Azure subscription and service limits",
// ExpressRoute limits). Every VNet on a circuit learns every other's prefixes, so a file beyond
// that is refused before anything is routed: 800 linked VNets took 9 GB and aborted (breaker).
constexpr std::size_t kMaxVnetLinksPerCircuit = 100;

void checkCircuitLinks(Reader& reader, const Topology& t) {
    std::unordered_map<Id, std::pair<std::size_t, std::size_t>> linked; // circuit -> count, last
    for (std::size_t c = 0; c < t.connections.size(); ++c)
        if (t.connections[c].type == GatewayType::ExpressRoute && !t.connections[c].circuit.empty()) {
            auto& [count, last] = linked[t.connections[c].circuit];
            ++count;
            last = c;
        }
    for (const auto& [circuit, entry] : linked)
        if (entry.first > kMaxVnetLinksPerCircuit)
            reader.error(
                "/connections/" + std::to_string(entry.second) + "/circuit", "EXPRESSROUTE_VNET_LINK_LIMIT",
                QT_TRANSLATE_NOOP("LoadError", "%1 VNets are linked to circuit \"%2\"; Azure links at most "
                                               "%3 (Premium, 10 Gbps or more; Standard: 10)"),
                {std::to_string(entry.first), circuit, std::to_string(kMaxVnetLinksPerCircuit)});
}

void checkReferences(Reader& reader, const Topology& t) {
    checkCircuitLinks(reader, t);
    TopologyIndex index(t);
    for (const auto& ref : reader.refs) {
        const ObjectRef* found = index.find(ref.id);
        if (!found) {
            reader.error(ref.pointer, "DANGLING_REF",
                         QT_TRANSLATE_NOOP("LoadError", "%1 refers to %2 \"%3\", which does not exist"),
                         {ref.referrerText, toString(ref.expected), ref.id});
        } else if (found->kind != ref.expected) {
            reader.error(ref.pointer, "WRONG_KIND",
                         QT_TRANSLATE_NOOP("LoadError", "%1 refers to \"%2\" as a %3, but it is a %4"),
                         {ref.referrerText, ref.id, toString(ref.expected), toString(found->kind)});
        }
    }
    // Flow endpoints: ids of the right kinds, or addresses; names are resolved by the tracer.
    for (std::size_t i = 0; i < t.flows.size(); ++i) {
        const Flow& f = t.flows[i];
        const std::string base = "/flows/" + std::to_string(i);
        if (!Ipv4Address::parse(f.source)) {
            const ObjectRef* r = index.find(f.source);
            if (!r)
                reader.error(base + "/source", "DANGLING_REF",
                             QT_TRANSLATE_NOOP("LoadError", "%1 refers to %2 \"%3\", which does not exist"),
                             {named("flow", f.id), "source", f.source});
            else if (r->kind != ObjectKind::Vm && r->kind != ObjectKind::Nic && r->kind != ObjectKind::Host &&
                     r->kind != ObjectKind::AppGateway)
                reader.error(base + "/source", "WRONG_KIND",
                             QT_TRANSLATE_NOOP("LoadError", "%1 starts at \"%2\", a %3; a flow starts at a "
                                                            "vm, nic, host, appGateway or an IP address"),
                             {named("flow", f.id), f.source, toString(r->kind)});
        }
    }
}

} // namespace

std::string escapePointerToken(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

namespace {

template <typename T, typename F>
std::vector<Diagnostic> readOneObject(const Json& json, const std::string& pointer, T& out, F&& readOne) {
    Reader reader;
    ObjectReader o(reader, json, pointer);
    T item;
    if (o.valid()) {
        readOne(o, item);
        o.finish(item);
    }
    std::vector<Diagnostic> errors;
    for (auto& d : reader.diagnostics)
        if (d.severity == Severity::Error) errors.push_back(std::move(d));
    if (errors.empty()) out = std::move(item);
    return errors;
}

} // namespace

std::vector<Diagnostic> readNsgObject(const Json& json, const std::string& pointer, Nsg& out) {
    return readOneObject(json, pointer, out, readNsg);
}

std::vector<Diagnostic> readRouteTableObject(const Json& json, const std::string& pointer, RouteTable& out) {
    return readOneObject(json, pointer, out, readRouteTable);
}

std::vector<Diagnostic> readSiteObject(const Json& json, const std::string& pointer, Site& out) {
    return readOneObject(json, pointer, out, readSite);
}

std::vector<Diagnostic> readFlowObject(const Json& json, const std::string& pointer, Flow& out) {
    return readOneObject(json, pointer, out, readFlow);
}

std::vector<Diagnostic> readVmObject(const Json& json, const std::string& pointer, Vm& out) {
    return readOneObject(json, pointer, out, readVm);
}

LoadResult loadTopologyFromText(std::string_view text, const LoadLimits& limits) {
    LoadResult result;
    auto fatal = [&](const char* code, const char* msg, std::vector<std::string> args) {
        result.unusable = true;
        result.diagnostics.push_back({Severity::Error, code, "", Message{kCtx, msg, std::move(args)}});
        return result;
    };
    if (text.size() > limits.maxBytes)
        return fatal("TOO_LARGE",
                     QT_TRANSLATE_NOOP("LoadError", "the file is %1 bytes; files over %2 bytes are refused"),
                     {std::to_string(text.size()), std::to_string(limits.maxBytes)});

    // One linear pass counts objects and nesting outside strings, so a hostile file is refused
    // before anything is built in memory. (nlohmann's callback parser would do it too, but it is
    // quadratic with ordered objects.)
    std::size_t objects = 0, arrays = 0, values = 1;
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // JSON text has no NUL byte; the parser would stop there and drop what follows unseen.
        if (c == '\0')
            return fatal(
                "NUL_BYTE",
                QT_TRANSLATE_NOOP("LoadError", "the file holds a NUL byte at offset %1; it is not JSON text"),
                {std::to_string(i)});
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[') {
            if (++depth > limits.maxDepth)
                return fatal(
                    "TOO_DEEP",
                    QT_TRANSLATE_NOOP("LoadError", "the file nests deeper than %1 levels; it is refused"),
                    {std::to_string(limits.maxDepth)});
            // Arrays count too, each kind against the limit: 64 MiB of "[]" would otherwise
            // build 21 million of them.
            if (++(c == '{' ? objects : arrays) > limits.maxObjects)
                return fatal("TOO_MANY_OBJECTS",
                             QT_TRANSLATE_NOOP("LoadError",
                                               "the file has more than %1 objects or arrays; it is refused"),
                             {std::to_string(limits.maxObjects)});
        } else if (c == '}' || c == ']') {
            --depth;
        }
        // Each value after the first of a container follows a comma; the first is counted with
        // its container. The count may run one over per empty container, which only errs safe.
        if ((c == ',' || c == '{' || c == '[') && ++values > limits.maxValues)
            return fatal("TOO_MANY_VALUES",
                         QT_TRANSLATE_NOOP("LoadError", "the file has more than %1 values; it is refused"),
                         {std::to_string(limits.maxValues)});
    }
    Json doc;
    if (const auto error = parseJsonText(text, doc))
        return fatal("NOT_JSON",
                     QT_TRANSLATE_NOOP("LoadError", "the file is not valid JSON at line %1, column %2: %3"),
                     {std::to_string(error->line), std::to_string(error->column), error->what});
    if (!doc.is_object())
        return fatal("NOT_OBJECT", QT_TRANSLATE_NOOP("LoadError", "the file must be a JSON object"), {});
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get<std::string>() != "pathlight.topology")
        return fatal("WRONG_FORMAT",
                     QT_TRANSLATE_NOOP("LoadError",
                                       "\"format\" is %1; a Pathlight topology says \"pathlight.topology\""),
                     {format == doc.end() ? std::string("missing") : quoted(*format)});
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<long long>() < 1 ||
        version->get<long long>() > 2)
        return fatal(
            "WRONG_VERSION",
            QT_TRANSLATE_NOOP("LoadError", "\"version\" is %1; this Pathlight reads versions 1 and 2"),
            {version == doc.end() ? std::string("missing") : quoted(*version)});

    Reader reader;
    Topology t;
    t.formatVersion = int(version->get<long long>());
    ObjectReader top(reader, doc, "");
    top.get("format");
    top.get("version");
    t.title = top.string("title");
    t.description = top.string("description");
    readArray(top, "sites", t.sites, readSite);
    readArray(top, "circuits", t.circuits, readCircuit);
    readArray(top, "vnets", t.vnets, readVnet);
    readArray(top, "peerings", t.peerings, readPeering);
    readArray(top, "gateways", t.gateways, readGateway);
    readArray(top, "connections", t.connections, readConnection);
    readArray(top, "routeServers", t.routeServers, readRouteServer);
    readArray(top, "vms", t.vms, readVm);
    readArray(top, "appGateways", t.appGateways, readAppGateway);
    readArray(top, "natGateways", t.natGateways, [](ObjectReader& o, NatGateway& n) {
        n.id = o.id();
        n.name = o.string("name");
        n.publicIps = o.addresses("publicIps");
        n.publicIpPrefixes = o.prefixes("publicIpPrefixes");
    });
    readArray(top, "firewalls", t.firewalls, readFirewall);
    readArray(top, "loadBalancers", t.loadBalancers, readLoadBalancer);
    readArray(top, "privateEndpoints", t.privateEndpoints, readPrivateEndpoint);
    readArray(top, "applicationSecurityGroups", t.applicationSecurityGroups,
              [](ObjectReader& o, ApplicationSecurityGroup& asg) {
                  asg.id = o.id();
                  asg.name = o.string("name");
              });
    readArray(top, "nsgs", t.nsgs, readNsg);
    readArray(top, "routeTables", t.routeTables, readRouteTable);
    readArray(top, "endpoints", t.endpoints, readEndpoint);
    readArray(top, "flows", t.flows, readFlow);
    if (auto latency = readOptionalObject<LatencyAssumptions>(
            top, "latency", [](ObjectReader& o, LatencyAssumptions& l) {
                const LatencyAssumptions d;
                l.intraRegionMs = o.number("intraRegionMs", d.intraRegionMs, 0, 10'000);
                l.interRegionMs = o.number("interRegionMs", d.interRegionMs, 0, 10'000);
                l.expressRouteMs = o.number("expressRouteMs", d.expressRouteMs, 0, 10'000);
                l.vpnMs = o.number("vpnMs", d.vpnMs, 0, 10'000);
                l.onPremisesMs = o.number("onPremisesMs", d.onPremisesMs, 0, 10'000);
                l.internetMs = o.number("internetMs", d.internetMs, 0, 10'000);
            }))
        t.latency = *latency;
    if (const Json* layout = top.get("layout")) {
        if (layout->is_object())
            t.layout = *layout;
        else
            reader.error("/layout", "TYPE", QT_TRANSLATE_NOOP("LoadError", "expected an object, found %1"),
                         {quoted(*layout)});
    }
    top.finish(t);
    checkReferences(reader, t);

    result.diagnostics = std::move(reader.diagnostics);
    if (reader.errorCount > 100)
        result.diagnostics.push_back({Severity::Error, "TOO_MANY_ERRORS", "",
                                      Message{kCtx,
                                              QT_TRANSLATE_NOOP("LoadError", "%1 more errors are not listed"),
                                              {std::to_string(reader.errorCount - 100)}}});
    if (reader.warningCount > 100)
        result.diagnostics.push_back(
            {Severity::Warning, "TOO_MANY_WARNINGS", "",
             Message{kCtx,
                     QT_TRANSLATE_NOOP("LoadError", "%1 more warnings are not listed"),
                     {std::to_string(reader.warningCount - 100)}}});
    if (reader.errorCount == 0) result.topology = std::move(t);
    return result;
}

LoadResult loadTopologyFromFile(const std::string& path, const LoadLimits& limits) {
    auto unusable = [](const char* code, const char* text, std::vector<std::string> args) {
        LoadResult r;
        r.unusable = true;
        r.diagnostics.push_back({Severity::Error, code, "", Message{kCtx, text, std::move(args)}});
        return r;
    };
    // Only regular files: a FIFO would block, /dev/zero never ends, a folder has no bytes.
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
        return unusable("NOT_A_FILE",
                        QT_TRANSLATE_NOOP("LoadError", "%1 is not a regular file (a folder, device or pipe)"),
                        {path});
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return unusable("UNREADABLE", QT_TRANSLATE_NOOP("LoadError", "cannot open %1"), {path});
    const auto size = static_cast<std::size_t>(in.tellg());
    if (size > limits.maxBytes)
        return unusable(
            "TOO_LARGE",
            QT_TRANSLATE_NOOP("LoadError", "the file is %1 bytes; files over %2 bytes are refused"),
            {std::to_string(size), std::to_string(limits.maxBytes)});
    std::string text(size, '\0');
    in.seekg(0);
    in.read(text.data(), std::streamsize(size));
    return loadTopologyFromText(text, limits);
}

} // namespace pathlight
