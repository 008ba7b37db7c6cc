#include "edit/object_copy.h"

#include "edit/object_factory.h"
#include "io/topology_io.h"

#include <algorithm>
#include <map>
#include <regex>
#include <set>

namespace pathlight {

namespace {

constexpr const char* kClipboardFormat = "pathlight.clipboard";

Message copyMessage(const char* text, std::vector<std::string> args = {}) {
    return Message{"ObjectCopy", text, std::move(args)};
}

std::vector<std::string> pointerTokens(const std::string& pointer) {
    std::vector<std::string> tokens;
    std::size_t at = 1;
    while (at <= pointer.size() && !pointer.empty()) {
        const std::size_t next = pointer.find('/', at);
        tokens.push_back(pointer.substr(at, next == std::string::npos ? std::string::npos : next - at));
        if (next == std::string::npos) break;
        at = next + 1;
    }
    return tokens;
}

// A member of an untrusted object, or null: const operator[] on a missing key is undefined
// behaviour in nlohmann::json, and the clipboard is as hostile as any file.
const Json& field(const Json& j, const char* key) {
    static const Json null;
    if (!j.is_object()) return null;
    const auto it = j.find(key);
    return it == j.end() ? null : *it;
}

// A string member, or "" when absent or of another type (value() would throw on a number).
std::string text(const Json& j, const char* key) {
    const Json& v = field(j, key);
    return v.is_string() ? v.get<std::string>() : std::string();
}

// The clipboard item shapes a paste understands: every item an object with a known collection
// and an object with a string id; a parent, when given, a string.
bool wellFormedItem(const Json& item) {
    static const std::set<std::string> collections = {
        "vnets",     "subnets",     "vms",         "appGateways",  "sites",
        "hosts",     "natGateways", "gateways",    "routeServers", "circuits",
        "endpoints", "nsgs",        "routeTables", "peerings",     "connections"};
    if (!item.is_object()) return false;
    const Json& object = field(item, "object");
    const Json& parent = field(item, "parent");
    return collections.count(text(item, "collection")) && object.is_object() && !idOf(object).empty() &&
           (parent.is_null() || parent.is_string());
}

// Every id in a JSON value (objects nested anywhere).
void collectIds(const Json& j, std::set<Id>& out) {
    if (j.is_object()) {
        if (const std::string id = idOf(j); !id.empty()) out.insert(id);
        for (const auto& [key, value] : j.items())
            if (key != "layout") collectIds(value, out);
    } else if (j.is_array()) {
        for (const auto& v : j)
            collectIds(v, out);
    }
}

// Ids nested in an object that get their own fresh id (subnets, NICs, hosts), itself included.
std::vector<Id> ownIds(const Json& object) {
    std::vector<Id> ids{idOf(object)};
    for (const char* key : {"subnets", "nics", "hosts"})
        if (const Json& children = field(object, key); children.is_array())
            for (const Json& child : children)
                ids.push_back(idOf(child));
    return ids;
}

std::optional<Ipv4Address> parseIp(const Json& j) {
    return j.is_string() ? Ipv4Address::parse(j.get<std::string>()) : std::nullopt;
}

std::optional<Ipv4Prefix> parsePrefix(const Json& j) {
    return j.is_string() ? Ipv4Prefix::parse(j.get<std::string>()) : std::nullopt;
}

// The state a paste works on: the document being built and what is already taken in it.
class Paster {
public:
    Paster(const Topology& topology, const Json& fragment) : fragment_(fragment) {
        before_ = topologyToJson(topology);
        after_ = before_;
        collectIds(before_, takenIds_);
        scanAddresses(after_);
        for (const char* key : {"vnets", "sites"})
            if (after_.contains(key))
                for (const Json& o : after_[key])
                    for (const Json& p : field(o, "addressSpace"))
                        if (auto prefix = parsePrefix(p)) usedSpace_.push_back(*prefix);
    }

    Paste run(double dx, double dy) {
        Paste out;
        const Json& items = field(fragment_, "items");
        for (const Json& item : items)
            for (const Id& id : ownIds(field(item, "object")))
                if (!id.empty()) freshId(id);
        for (const Json& item : items)
            moveAddressSpace(item);
        // Containers first, so what is pasted into them finds them and their new addresses.
        std::vector<const Json*> ordered;
        for (const char* first : {"vnets", "sites", "subnets", "hosts", ""})
            for (const Json& item : items) {
                const std::string c = text(item, "collection");
                const bool early = c == "vnets" || c == "sites" || c == "subnets" || c == "hosts";
                if (*first ? c == first : !early) ordered.push_back(&item);
            }
        for (const Json* entry : ordered) {
            const Json& item = *entry;
            Json object = field(item, "object");
            const std::string collection = text(item, "collection");
            if (!paste(collection, text(item, "parent"), object)) continue;
            out.ids.push_back(idOf(object));
            placeLayout(object, dx, dy);
        }
        out.error = firstError_;
        if (out.ids.empty()) {
            if (!*out.error.sourceText)
                out.error = copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "nothing to paste"));
            return out;
        }
        out.patch = makePatch(before_, after_);
        return out;
    }

private:
    Id freshId(const Id& old) {
        if (auto it = idMap_.find(old); it != idMap_.end()) return it->second;
        static const std::regex copySuffix("-copy(-[0-9]+)?$");
        const std::string base = std::regex_replace(old, copySuffix, "") + "-copy";
        std::string candidate = base;
        for (int n = 2; takenIds_.count(candidate); ++n)
            candidate = base + "-" + std::to_string(n);
        takenIds_.insert(candidate);
        idMap_[old] = candidate;
        return candidate;
    }

    // Nested objects (subnets, hosts) keep their names: Azure's are unique per VNet, and some
    // (GatewaySubnet) carry meaning.
    void rename(Json& object, bool nested = false) {
        const Id old = idOf(object);
        const Id fresh = freshId(old);
        object["id"] = fresh;
        if (!object.contains("name") || (nested && object["name"] != old)) return;
        if (object["name"] == old)
            object["name"] = fresh;
        else if (object["name"].is_string())
            object["name"] = object["name"].get<std::string>() + " (copy)";
    }

    // References to copied objects follow them; references to others stay.
    void remapReferences(Json& j) {
        static const std::set<std::string> referenceKeys = {
            "nsg",  "routeTable", "natGateway",  "subnet",   "vnet", "gateway",    "circuit",
            "site", "vm",         "defaultSite", "provider", "user", "peerGateway"};
        if (!j.is_object()) {
            if (j.is_array())
                for (Json& v : j)
                    remapReferences(v);
            return;
        }
        for (auto& [key, value] : j.items()) {
            if (value.is_string() && referenceKeys.count(key)) {
                if (auto it = idMap_.find(value.get<std::string>()); it != idMap_.end()) value = it->second;
            } else if (value.is_array() && (key == "vnets" || key == "circuits")) {
                for (Json& v : value)
                    if (v.is_string())
                        if (auto it = idMap_.find(v.get<std::string>()); it != idMap_.end()) v = it->second;
            } else if (value.is_object() || value.is_array()) {
                remapReferences(value);
            }
        }
    }

    void scanAddresses(const Json& j) {
        if (j.is_object()) {
            for (const auto& [key, value] : j.items()) {
                if (key == "layout") continue;
                const bool privateKey = key == "privateIp" || key == "instanceIps" ||
                                        key == "frontendPrivateIp" || key == "ips" || key == "ip";
                const bool publicKey = key == "publicIp" || key == "frontendPublicIp" || key == "publicIps";
                auto note = [&](const Json& v) {
                    if (auto a = parseIp(v)) (publicKey ? usedPublic_ : usedPrivate_).insert(a->value());
                };
                if (privateKey || publicKey) {
                    if (value.is_array())
                        for (const Json& v : value)
                            note(v);
                    else
                        note(value);
                }
                scanAddresses(value);
            }
        } else if (j.is_array()) {
            for (const Json& v : j)
                scanAddresses(v);
        }
    }

    // A copied VNet or site moves to free space of the same size; its contents move with it.
    void moveAddressSpace(const Json& item) {
        const std::string collection = text(item, "collection");
        if (collection != "vnets" && collection != "sites") return;
        const std::vector<Ipv4Prefix> pools = collection == "vnets"
                                                  ? std::vector<Ipv4Prefix>{{Ipv4Address(10, 0, 0, 0), 8},
                                                                            {Ipv4Address(172, 16, 0, 0), 12},
                                                                            {Ipv4Address(192, 168, 0, 0), 16}}
                                                  : std::vector<Ipv4Prefix>{{Ipv4Address(192, 168, 0, 0), 16},
                                                                            {Ipv4Address(172, 16, 0, 0), 12},
                                                                            {Ipv4Address(10, 0, 0, 0), 8}};
        for (const Json& p : field(field(item, "object"), "addressSpace")) {
            const auto old = parsePrefix(p);
            if (!old) continue;
            std::optional<Ipv4Prefix> moved;
            for (const auto& pool : pools)
                if (!moved) moved = freeBlock(pool, old->length(), usedSpace_);
            if (!moved) {
                noteError(
                    copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "no free address space for a copy of %1"),
                                {old->toString()}));
                continue;
            }
            usedSpace_.push_back(*moved);
            moves_.emplace_back(*old, *moved);
        }
    }

    std::optional<Ipv4Address> translate(Ipv4Address a) const {
        for (const auto& [from, to] : moves_)
            if (from.contains(a))
                return Ipv4Address(to.network().value() + (a.value() - from.network().value()));
        return std::nullopt;
    }

    void translateIpField(Json& value) {
        if (auto a = parseIp(value))
            if (auto moved = translate(*a)) {
                value = moved->toString();
                usedPrivate_.insert(moved->value());
            }
    }

    void translatePrefixField(Json& value) {
        if (auto p = parsePrefix(value))
            if (auto moved = translate(p->network()); moved && p->length() >= 8)
                for (const auto& [from, to] : moves_)
                    if (from.contains(*p)) value = Ipv4Prefix(*moved, p->length()).toString();
    }

    std::optional<Ipv4Address> nextFreeIn(const Ipv4Prefix& prefix, std::uint32_t firstOffset) {
        for (std::uint32_t a = prefix.first().value() + firstOffset; a < prefix.last().value(); ++a)
            if (!usedPrivate_.count(a)) {
                usedPrivate_.insert(a);
                return Ipv4Address(a);
            }
        return std::nullopt;
    }

    std::string freshPublicIp(const char* range) {
        const auto base = *Ipv4Address::parse(range);
        for (std::uint32_t a = base.value() + 10; a < base.value() + 250; ++a)
            if (!usedPublic_.count(a)) {
                usedPublic_.insert(a);
                return Ipv4Address(a).toString();
            }
        return Ipv4Address(base.value() + 250).toString();
    }

    const Json* subnetInAfter(const Id& id) const {
        for (const Json& v : field(after_, "vnets"))
            for (const Json& s : field(v, "subnets"))
                if (idOf(s) == id) return &s;
        return nullptr;
    }

    // Gives the addresses in `fields` of an object placed in `subnetId` new values: moved along
    // with a copied VNet, or the next free ones of the subnet it is pasted into.
    bool readdress(Json& holder, const char* key, const Id& subnetId) {
        if (!holder.contains(key)) return true;
        const bool subnetCopied = idMap_.count(subnetId) > 0;
        const Json* subnet = subnetInAfter(subnetId);
        const auto prefix = subnet ? parsePrefix(field(*subnet, "addressPrefix")) : std::nullopt;
        auto give = [&](Json& value) {
            if (subnetCopied) {
                translateIpField(value);
                return true;
            }
            const auto ip = prefix ? nextFreeIn(*prefix, 4) : std::nullopt; // Azure keeps the first four
            if (!ip) {
                noteError(copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "subnet \"%1\" has no free address"),
                                      {subnetId}));
                return false;
            }
            value = ip->toString();
            return true;
        };
        Json& value = holder[key];
        if (value.is_array()) {
            for (Json& v : value)
                if (!give(v)) return false;
            return true;
        }
        return value.is_null() || give(value);
    }

    void noteError(Message m) {
        if (!*firstError_.sourceText) firstError_ = std::move(m);
    }

    Json& collection(const char* key) {
        if (!after_.contains(key)) after_[key] = Json::array();
        return after_[key];
    }

    bool paste(const std::string& kind, const Id& parent, Json& object) {
        if (kind == "vnets") {
            rename(object);
            for (Json& p : object["addressSpace"])
                translatePrefixField(p);
            for (Json& s : object["subnets"]) {
                rename(s, true);
                translatePrefixField(s["addressPrefix"]);
            }
        } else if (kind == "subnets") {
            const std::string at = pointerOf(after_, parent);
            if (pointerTokens(at).size() != 2 || !at.starts_with("/vnets/")) return false;
            Json& vnet = after_[Json::json_pointer(at)];
            const std::string name = text(object, "name");
            std::vector<Ipv4Prefix> used;
            for (const Json& s : field(vnet, "subnets")) {
                if (text(s, "name") == name && (name == "GatewaySubnet" || name == "RouteServerSubnet" ||
                                                name == "AzureFirewallSubnet")) {
                    noteError(copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "VNet \"%1\" already has a %2"),
                                          {parent, name}));
                    return false;
                }
                if (auto p = parsePrefix(field(s, "addressPrefix"))) used.push_back(*p);
            }
            const auto old = parsePrefix(field(object, "addressPrefix"));
            std::optional<Ipv4Prefix> fresh;
            for (const Json& space : field(vnet, "addressSpace"))
                if (auto range = parsePrefix(space); range && old && !fresh)
                    fresh = freeBlock(*range, old->length(), used);
            if (!fresh) {
                noteError(
                    copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "VNet \"%1\" has no room for another /%2"),
                                {parent, old ? std::to_string(old->length()) : "?"}));
                return false;
            }
            if (old) moves_.emplace_back(*old, *fresh); // VMs copied with it move along
            rename(object);
            object["addressPrefix"] = fresh->toString();
            remapReferences(object);
            vnet["subnets"].push_back(object);
            return true;
        } else if (kind == "vms") {
            rename(object);
            for (Json& nic : object["nics"]) {
                const Id subnet = text(nic, "subnet");
                nic["id"] = freshId(idOf(nic));
                for (Json& config : nic["ipConfigurations"]) {
                    if (!readdress(config, "privateIp", subnet)) return false;
                    config.erase("publicIp");
                }
            }
        } else if (kind == "appGateways") {
            rename(object);
            const Id subnet = text(object, "subnet");
            if (!readdress(object, "instanceIps", subnet) || !readdress(object, "frontendPrivateIp", subnet))
                return false;
            object.erase("frontendPublicIp");
        } else if (kind == "sites") {
            rename(object);
            for (Json& p : object["addressSpace"])
                translatePrefixField(p);
            if (object.contains("hosts"))
                for (Json& h : object["hosts"]) {
                    rename(h, true);
                    translateIpField(h["ip"]);
                }
            if (object.contains("bgp") && object["bgp"].contains("advertise"))
                for (Json& p : object["bgp"]["advertise"])
                    translatePrefixField(p);
            if (object.contains("edge") && object["edge"].contains("publicIps"))
                for (Json& ip : object["edge"]["publicIps"])
                    ip = freshPublicIp("203.0.113.0");
        } else if (kind == "hosts") {
            const std::string at = pointerOf(after_, parent);
            if (pointerTokens(at).size() != 2 || !at.starts_with("/sites/")) return false;
            Json& site = after_[Json::json_pointer(at)];
            const Json& space = field(site, "addressSpace");
            const auto range = space.is_array() && !space.empty() ? parsePrefix(space[0]) : std::nullopt;
            const auto ip = range ? nextFreeIn(*range, 10) : std::nullopt;
            if (!ip) {
                noteError(copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "site \"%1\" has no free address"),
                                      {parent}));
                return false;
            }
            rename(object);
            object["ip"] = ip->toString();
            if (!site.contains("hosts")) site["hosts"] = Json::array();
            site["hosts"].push_back(object);
            return true;
        } else if (kind == "natGateways") {
            rename(object);
            for (Json& ip : object["publicIps"])
                ip = freshPublicIp("198.51.100.0");
        } else if (kind == "gateways" || kind == "routeServers") {
            if (!idMap_.count(text(object, "vnet"))) {
                noteError(copyMessage(
                    QT_TRANSLATE_NOOP(
                        "ObjectCopy",
                        "%1 is copied only together with its VNet: a VNet has one gateway of each "
                        "type and one Route Server"),
                    {idOf(object)}));
                return false;
            }
            rename(object);
            if (object.contains("ips"))
                for (Json& ip : object["ips"])
                    translateIpField(ip);
        } else if (kind == "circuits" || kind == "endpoints" || kind == "nsgs" || kind == "routeTables" ||
                   kind == "peerings" || kind == "connections") {
            rename(object);
        } else {
            return false;
        }
        remapReferences(object);
        collection(kind.c_str()).push_back(object);
        return true;
    }

    void placeLayout(const Json& pasted, double dx, double dy) {
        const Json& layout = field(fragment_, "layout");
        std::set<Id> inPasted;
        collectIds(pasted, inPasted);
        for (const auto& [old, fresh] : idMap_) {
            const Json& from = field(layout, old.c_str());
            if (!from.is_object() || !inPasted.count(fresh)) continue;
            Json box = from;
            auto moved = [&](const char* key, double by) {
                const Json& v = field(from, key);
                return (v.is_number() ? v.get<double>() : 0.0) + by;
            };
            box["x"] = moved("x", dx);
            box["y"] = moved("y", dy);
            after_["layout"][fresh] = box;
        }
    }

    const Json& fragment_;
    Json before_, after_;
    std::set<Id> takenIds_;
    std::map<Id, Id> idMap_;
    std::set<std::uint32_t> usedPrivate_, usedPublic_;
    std::vector<Ipv4Prefix> usedSpace_;
    std::vector<std::pair<Ipv4Prefix, Ipv4Prefix>> moves_;
    Message firstError_;
};

} // namespace

Json copyObjects(const Topology& topology, const std::vector<Id>& ids,
                 const std::vector<LayoutPlacement>& shown) {
    const Json doc = topologyToJson(topology);
    std::set<Id> chosen;
    // A NIC stands for its VM.
    for (const Id& id : ids) {
        const auto tokens = pointerTokens(pointerOf(doc, id));
        if (tokens.size() >= 2 && tokens[0] == "vms")
            chosen.insert(idOf(doc["vms"][std::stoul(tokens[1])]));
        else if (!tokens.empty())
            chosen.insert(id);
    }
    // What a copied VNet or subnet holds comes with it (a newcomer's copy of a VNet was pasted
    // empty): the VMs whose every NIC is in the copied subnets, the Application Gateways in them,
    // a VNet's gateways and Route Server. (Subnets and a site's hosts are nested already.)
    std::set<Id> inside; // the copied subnets: a chosen VNet's, and chosen ones
    for (const Json& vnet : doc.value("vnets", Json::array()))
        for (const Json& subnet : vnet.value("subnets", Json::array()))
            if (chosen.count(idOf(vnet)) || chosen.count(idOf(subnet))) inside.insert(idOf(subnet));
    for (const Json& vm : doc.value("vms", Json::array())) {
        const Json& nics = field(vm, "nics");
        if (nics.is_array() && !nics.empty() && std::all_of(nics.begin(), nics.end(), [&](const Json& nic) {
                return inside.count(text(nic, "subnet"));
            }))
            chosen.insert(idOf(vm));
    }
    for (const Json& a : doc.value("appGateways", Json::array()))
        if (inside.count(text(a, "subnet"))) chosen.insert(idOf(a));
    for (const char* key : {"gateways", "routeServers"})
        for (const Json& g : doc.value(key, Json::array()))
            if (chosen.count(text(g, "vnet"))) chosen.insert(idOf(g));
    Json items = Json::array();
    std::set<Id> copied;
    for (const Id& id : chosen) {
        const auto tokens = pointerTokens(pointerOf(doc, id));
        Json item;
        if (tokens.size() == 4 && (tokens[2] == "subnets" || tokens[2] == "hosts")) {
            const Id parent = idOf(doc[tokens[0]][std::stoul(tokens[1])]);
            if (chosen.count(parent)) continue; // comes with its container
            item = {{"collection", tokens[2]}, {"parent", parent}};
        } else if (tokens.size() == 2) {
            if (tokens[0] == "flows") continue; // flows are not on the canvas
            item = {{"collection", tokens[0]}};
        } else {
            continue;
        }
        item["object"] = doc[Json::json_pointer(pointerOf(doc, id))];
        for (const Id& own : ownIds(item["object"]))
            copied.insert(own);
        items.push_back(item);
    }
    // Links whose both ends are copied come along.
    for (const Json& p : doc.value("peerings", Json::array()))
        if (p["vnets"].size() == 2 && copied.count(p["vnets"][0]) && copied.count(p["vnets"][1]) &&
            !copied.count(idOf(p)))
            items.push_back({{"collection", "peerings"}, {"object", p}});
    for (const Json& c : doc.value("connections", Json::array())) {
        const Id other = c.value("circuit", c.value("site", c.value("peerGateway", "")));
        if (copied.count(c.value("gateway", "")) && copied.count(other) && !copied.count(idOf(c)))
            items.push_back({{"collection", "connections"}, {"object", c}});
    }
    Json layout = Json::object();
    if (doc.contains("layout"))
        for (const Id& id : copied)
            if (doc["layout"].contains(id)) layout[id] = doc["layout"][id];
    std::vector<LayoutPlacement> unplaced;
    for (const LayoutPlacement& p : shown)
        if (copied.count(p.id) && !layout.contains(p.id)) unplaced.push_back(p);
    layout = withPlacements(layout, unplaced);
    return {{"format", kClipboardFormat}, {"version", 1}, {"items", items}, {"layout", layout}};
}

bool isClipboardFragment(const Json& fragment) {
    const Json& version = field(fragment, "version");
    const Json& items = field(fragment, "items");
    const Json& layout = field(fragment, "layout");
    if (text(fragment, "format") != kClipboardFormat || !version.is_number_integer() ||
        version.get<long long>() != 1 || !items.is_array() || items.empty() ||
        !(layout.is_null() || layout.is_object()))
        return false;
    for (const Json& item : items)
        if (!wellFormedItem(item)) return false;
    return true;
}

Paste pasteObjects(const Topology& topology, const Json& fragment, double dx, double dy) {
    const Paste refused{
        {}, {}, copyMessage(QT_TRANSLATE_NOOP("ObjectCopy", "the clipboard holds no Pathlight objects"))};
    if (!isClipboardFragment(fragment)) return refused;
    // Placing each pasted box beside its siblings is quadratic: 5,000 VMs in one paste held the
    // window for minutes (breaker, session 15). A paste is an editing gesture, not an import.
    if (const std::size_t count = field(fragment, "items").size(); count > kMaxPastedObjects)
        return {{},
                {},
                copyMessage(QT_TRANSLATE_NOOP("ObjectCopy",
                                              "the clipboard holds %1 objects; a paste takes at most %2 "
                                              "(File ▸ Import from Azure files… reads large networks)"),
                            {std::to_string(count), std::to_string(kMaxPastedObjects)})};
    try {
        // Objects of the wrong shape deeper down (a number where an array belongs) make
        // nlohmann throw type_error; the pasted result is validated by the reader in any case.
        return Paster(topology, fragment).run(dx, dy);
    } catch (const Json::exception&) {
        return refused;
    }
}

} // namespace pathlight
