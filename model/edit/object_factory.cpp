#include "edit/object_factory.h"

#include "io/topology_io.h"
#include "ip/prefix_lists.h"
#include "topology/topology_index.h"

#include <algorithm>
#include <set>

namespace pathlight {

namespace {

bool overlapsAny(const Ipv4Prefix& p, const std::vector<Ipv4Prefix>& list) {
    for (const auto& q : list)
        if (p.overlaps(q)) return true;
    return false;
}

// Address space already used by VNets and sites (a new VNet or site avoids it).
std::vector<Ipv4Prefix> usedSpace(const Topology& t) {
    std::vector<Ipv4Prefix> used;
    for (const auto& v : t.vnets)
        used.insert(used.end(), v.addressSpace.begin(), v.addressSpace.end());
    for (const auto& s : t.sites)
        used.insert(used.end(), s.addressSpace.begin(), s.addressSpace.end());
    return used;
}

Message factoryMessage(const char* text, std::vector<std::string> args = {}) {
    return Message{"ObjectFactory", text, std::move(args)};
}

Json jsonArray(std::initializer_list<std::string> items) {
    Json a = Json::array();
    for (const auto& i : items)
        a.push_back(i);
    return a;
}

} // namespace

std::optional<Ipv4Prefix> freeBlock(const Ipv4Prefix& within, int length,
                                    const std::vector<Ipv4Prefix>& used) {
    if (length < within.length()) return std::nullopt;
    const std::uint64_t step = std::uint64_t(1) << (32 - length);
    for (std::uint64_t a = within.network().value(); a + step - 1 <= within.last().value(); a += step) {
        const Ipv4Prefix candidate(Ipv4Address(std::uint32_t(a)), length);
        if (!overlapsAny(candidate, used)) return candidate;
    }
    return std::nullopt;
}

Id uniqueId(const Topology& t, const std::string& base) {
    const TopologyIndex index(t);
    for (int i = 1;; ++i) {
        const Id id = base + "-" + std::to_string(i);
        if (!index.contains(id)) return id;
    }
}

std::optional<Ipv4Prefix> nextFreeSubnet(const Topology& t, const Id& vnetId, int length) {
    const Vnet* vnet = TopologyIndex(t).vnet(vnetId);
    if (!vnet) return std::nullopt;
    std::vector<Ipv4Prefix> used;
    for (const auto& s : vnet->subnets)
        used.push_back(s.addressPrefix);
    for (const auto& range : vnet->addressSpace)
        if (auto p = freeBlock(range, length, used)) return p;
    return std::nullopt;
}

std::optional<Ipv4Address> nextFreeAddress(const Topology& t, const Id& subnetId,
                                           const std::vector<Ipv4Address>& alsoUsed) {
    const Vnet* vnet = nullptr;
    const Subnet* subnet = TopologyIndex(t).subnet(subnetId, &vnet);
    if (!subnet) return std::nullopt;
    std::set<std::uint32_t> used;
    for (const auto& a : alsoUsed)
        used.insert(a.value());
    for (const auto& vm : t.vms)
        for (const auto& nic : vm.nics)
            for (const auto& c : nic.ipConfigurations)
                used.insert(c.privateIp.value());
    for (const auto& a : t.appGateways) {
        for (const auto& ip : a.instanceIps)
            used.insert(ip.value());
        if (a.frontendPrivateIp) used.insert(a.frontendPrivateIp->value());
    }
    for (const auto& r : t.routeServers)
        for (const auto& ip : r.ips)
            used.insert(ip.value());
    for (const auto& f : t.firewalls) {
        if (const auto front = firewallPrivateIp(t, f)) used.insert(front->value());
        for (const auto& ip : firewallInstanceIps(t, f))
            used.insert(ip.value());
    }
    for (const auto& p : t.privateEndpoints)
        used.insert(p.privateIp.value());
    for (const auto& lb : t.loadBalancers)
        for (const auto& f : lb.frontendIPConfigurations)
            if (f.privateIPAddress) used.insert(f.privateIPAddress->value());
    // The first four and the last address are Azure's (azure-facts §1.7).
    for (std::uint32_t a = subnet->addressPrefix.first().value() + 4;
         a < subnet->addressPrefix.last().value(); ++a)
        if (!used.count(a)) return Ipv4Address(a);
    return std::nullopt;
}

TopologyPatch movePatch(const Topology& topology, const std::vector<BoxMove>& moves, Message* refused,
                        Id* refusedId) {
    std::vector<LayoutPlacement> boxes;
    bool subnets = false;
    for (const BoxMove& m : moves) {
        boxes.push_back(m.box);
        subnets = subnets || !m.intoSubnet.empty();
    }
    if (!subnets) return layoutPatch(topology, boxes);
    // A subnet change edits NICs and addresses: the whole document, read again when applied.
    const Json before = topologyToJson(topology);
    Json after = before;
    for (const BoxMove& m : moves) {
        Json entry = {{"x", m.box.x}, {"y", m.box.y}};
        if (m.box.w && m.box.h) {
            entry["w"] = *m.box.w;
            entry["h"] = *m.box.h;
        }
        after["layout"][m.box.id] = std::move(entry);
        if (m.intoSubnet.empty()) continue;
        if (Message why = moveIntoSubnet(topology, after, m.box.id, m.intoSubnet); !why.empty()) {
            if (refused) *refused = std::move(why);
            if (refusedId) *refusedId = m.box.id;
            return {};
        }
    }
    return makePatch(before, after);
}

Message moveIntoSubnet(const Topology& t, Json& document, const Id& id, const Id& subnetId) {
    const TopologyIndex index(t);
    const Subnet* target = index.subnet(subnetId);
    if (!target)
        return factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "\"%1\" is not a subnet"), {subnetId});
    if (target->isPlatformSubnet())
        return factoryMessage(
            QT_TRANSLATE_NOOP("ObjectFactory", "%1 is reserved for Azure's gateways and Route Server"),
            {target->name});
    const std::string at = pointerOf(document, id);
    if (at.empty()) return {};
    Json& object = document[Json::json_pointer(at)];
    const Message full =
        factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "subnet \"%1\" has no free address"), {subnetId});
    if (const Vm* vm = index.vm(id)) {
        const Nic* nic = vm->primaryNic();
        if (!nic || nic->subnet == subnetId) return {};
        const auto ip = nextFreeAddress(t, subnetId);
        if (!ip) return full;
        for (Json& n : object["nics"])
            if (n.value("id", "") == nic->id) {
                n["subnet"] = subnetId;
                for (Json& config : n["ipConfigurations"])
                    if (config.value("primary", false) || n["ipConfigurations"].size() == 1)
                        config["privateIp"] = ip->toString();
            }
        return {};
    }
    if (const AppGateway* a = index.appGateway(id)) {
        if (a->subnet == subnetId) return {};
        std::vector<Ipv4Address> taken;
        auto next = [&]() -> std::optional<Ipv4Address> {
            auto ip = nextFreeAddress(t, subnetId, taken);
            if (ip) taken.push_back(*ip);
            return ip;
        };
        object["subnet"] = subnetId;
        Json instances = Json::array();
        for (std::size_t i = 0; i < std::max<std::size_t>(1, a->instanceIps.size()); ++i) {
            const auto ip = next();
            if (!ip) return full;
            instances.push_back(ip->toString());
        }
        object["instanceIps"] = instances;
        if (a->frontendPrivateIp) {
            const auto ip = next();
            if (!ip) return full;
            object["frontendPrivateIp"] = ip->toString();
        }
        return {};
    }
    return {};
}

namespace {

constexpr std::pair<NewObjectKind, const char*> kKindNames[] = {
    {NewObjectKind::Site, "site"},
    {NewObjectKind::Host, "host"},
    {NewObjectKind::Circuit, "circuit"},
    {NewObjectKind::Vnet, "vnet"},
    {NewObjectKind::Subnet, "subnet"},
    {NewObjectKind::ExpressRouteGateway, "gateway"},
    {NewObjectKind::VpnGateway, "vpn-gateway"},
    {NewObjectKind::RouteServer, "route-server"},
    {NewObjectKind::Vm, "vm"},
    {NewObjectKind::Nva, "nva"},
    {NewObjectKind::AppGateway, "app-gateway"},
    {NewObjectKind::NatGateway, "nat-gateway"},
    {NewObjectKind::Endpoint, "endpoint"},
    {NewObjectKind::Nsg, "nsg"},
    {NewObjectKind::RouteTable, "route-table"},
    {NewObjectKind::Firewall, "firewall"},
    {NewObjectKind::PrivateEndpoint, "private-endpoint"},
    {NewObjectKind::ApplicationSecurityGroup, "asg"},
    {NewObjectKind::LoadBalancer, "load-balancer"},
};

} // namespace

const char* toString(NewObjectKind kind) {
    for (const auto& [k, name] : kKindNames)
        if (k == kind) return name;
    return "vm";
}

std::optional<NewObjectKind> newObjectKindFromString(const std::string& name) {
    for (const auto& [k, n] : kKindNames)
        if (name == n) return k;
    return std::nullopt;
}

NewObject createObject(const Topology& t, const std::string& kind, const Id& container, double x, double y) {
    if (const auto k = newObjectKindFromString(kind)) return createObject(t, *k, container, x, y);
    NewObject out;
    out.error = factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "unknown kind \"%1\""), {kind});
    return out;
}

NewObject createObject(const Topology& t, NewObjectKind kind, const Id& container, double x, double y) {
    NewObject out;
    const TopologyIndex index(t);
    const Json before = topologyToJson(t);
    Json after = before;
    auto array = [&](const char* key) -> Json& {
        if (!after.contains(key)) after[key] = Json::array();
        return after[key];
    };
    auto fail = [&](const char* why, std::vector<std::string> args = {}) {
        out.error = factoryMessage(why, std::move(args));
        return out;
    };
    // The VNet and subnet the drop landed in, whichever was hit.
    const Vnet* vnet = index.vnet(container);
    const Subnet* subnet = index.subnet(container, vnet ? nullptr : &vnet);
    if (!vnet && !subnet) {
        if (const Vm* vm = index.vm(container); vm && vm->primaryNic())
            subnet = index.subnet(vm->primaryNic()->subnet, &vnet);
    }
    auto vnetPointer = [&]() { return Json::json_pointer(pointerOf(after, vnet->id)); };
    // Adds a subnet to the VNet (in `after`) and returns its id.
    auto addSubnet = [&](const std::string& name, int length) -> std::optional<Id> {
        Topology current = t;
        auto prefix = nextFreeSubnet(current, vnet->id, length);
        if (!prefix) return std::nullopt;
        const Id id = name == "GatewaySubnet"         ? uniqueId(t, vnet->id + "-gws")
                      : name == "RouteServerSubnet"   ? uniqueId(t, vnet->id + "-rss")
                      : name == "AzureFirewallSubnet" ? uniqueId(t, vnet->id + "-afws")
                                                      : uniqueId(t, "subnet");
        after[vnetPointer()]["subnets"].push_back(
            {{"id", id}, {"name", name == "subnet" ? id : name}, {"addressPrefix", prefix->toString()}});
        return id;
    };
    auto nextNicAddress = [&](const Subnet* s) { return nextFreeAddress(t, s->id); };

    if (kind == NewObjectKind::Vnet) {
        std::optional<Ipv4Prefix> space =
            freeBlock(Ipv4Prefix(Ipv4Address(10, 0, 0, 0), 8), 16, usedSpace(t));
        if (!space) return fail(QT_TRANSLATE_NOOP("ObjectFactory", "no free /16 left in 10.0.0.0/8"));
        out.id = uniqueId(t, "vnet");
        const Ipv4Prefix first(space->network(), 24);
        array("vnets").push_back({{"id", out.id},
                                  {"name", out.id},
                                  {"addressSpace", jsonArray({space->toString()})},
                                  {"subnets", Json::array({{{"id", out.id + "-default"},
                                                            {"name", "default"},
                                                            {"addressPrefix", first.toString()}}})}});
        after["layout"][out.id] = {{"x", x}, {"y", y}, {"w", 360}, {"h", 190}};
        after["layout"][out.id + "-default"] = {{"x", x + 20}, {"y", y + 44}, {"w", 320}, {"h", 122}};
    } else if (kind == NewObjectKind::Subnet) {
        if (!vnet) return fail(QT_TRANSLATE_NOOP("ObjectFactory", "a subnet goes inside a VNet"));
        auto id = addSubnet("subnet", 24);
        if (!id)
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "VNet \"%1\" has no free /24 left"), {vnet->id});
        out.id = *id;
        after["layout"][out.id] = {{"x", x}, {"y", y}, {"w", 320}, {"h", 122}};
    } else if (kind == NewObjectKind::Vm || kind == NewObjectKind::Nva || kind == NewObjectKind::AppGateway) {
        if (!subnet && vnet)
            for (const auto& s : vnet->subnets)
                if (!subnet && !s.isPlatformSubnet()) subnet = &s;
        if (!subnet)
            return fail(
                QT_TRANSLATE_NOOP("ObjectFactory", "a VM, NVA or Application Gateway goes inside a subnet"));
        auto ip = nextNicAddress(subnet);
        if (!ip)
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "subnet \"%1\" has no free address"),
                        {subnet->id});
        if (kind == NewObjectKind::AppGateway) {
            out.id = uniqueId(t, "appgw");
            array("appGateways")
                .push_back({{"id", out.id},
                            {"name", out.id},
                            {"sku", "Standard_v2"},
                            {"subnet", subnet->id},
                            {"instanceIps", jsonArray({ip->toString()})},
                            {"backends", Json::array()}});
        } else {
            out.id = uniqueId(t, toString(kind));
            Json nic = {
                {"id", out.id + "-nic"},
                {"subnet", subnet->id},
                {"ipConfigurations",
                 Json::array({{{"name", "ipconfig1"}, {"privateIp", ip->toString()}, {"primary", true}}})},
                {"primary", true}};
            Json vm = {{"id", out.id}, {"name", out.id}, {"os", "linux"}, {"nics", Json::array({nic})}};
            if (kind == NewObjectKind::Nva) {
                vm["nics"][0]["enableIPForwarding"] = true;
                vm["nva"] = {{"osIpForwarding", true}, {"snat", {{"enabled", true}}}};
            }
            array("vms").push_back(vm);
        }
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::ExpressRouteGateway || kind == NewObjectKind::VpnGateway) {
        if (!vnet)
            return fail(
                QT_TRANSLATE_NOOP("ObjectFactory", "a gateway goes inside a VNet (in its GatewaySubnet)"));
        if (!vnet->subnetNamed("GatewaySubnet") && !addSubnet("GatewaySubnet", 27))
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "no room for a /27 GatewaySubnet"));
        out.id = uniqueId(t, kind == NewObjectKind::ExpressRouteGateway ? "ergw" : "vpngw");
        array("gateways")
            .push_back({{"id", out.id},
                        {"name", out.id},
                        {"type", kind == NewObjectKind::ExpressRouteGateway ? "ExpressRoute" : "Vpn"},
                        {"vnet", vnet->id}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::RouteServer) {
        if (!vnet)
            return fail(QT_TRANSLATE_NOOP("ObjectFactory",
                                          "a Route Server goes inside a VNet (in its RouteServerSubnet)"));
        const Subnet* rss = vnet->subnetNamed("RouteServerSubnet");
        std::vector<std::string> ips;
        if (rss) {
            auto a = nextFreeAddress(t, rss->id);
            auto b = a ? nextFreeAddress(t, rss->id, {*a}) : std::nullopt;
            if (!b)
                return fail(
                    QT_TRANSLATE_NOOP("ObjectFactory", "RouteServerSubnet has no two free addresses"));
            ips = {a->toString(), b->toString()};
        } else {
            auto id = addSubnet("RouteServerSubnet", 27);
            if (!id) return fail(QT_TRANSLATE_NOOP("ObjectFactory", "no room for a /27 RouteServerSubnet"));
            const auto prefix =
                Ipv4Prefix::parse(after[vnetPointer()]["subnets"].back()["addressPrefix"].get<std::string>());
            ips = {Ipv4Address(prefix->network().value() + 4).toString(),
                   Ipv4Address(prefix->network().value() + 5).toString()};
        }
        out.id = uniqueId(t, "rs");
        Json ipList = Json::array();
        for (const auto& ip : ips)
            ipList.push_back(ip);
        array("routeServers")
            .push_back({{"id", out.id},
                        {"name", out.id},
                        {"vnet", vnet->id},
                        {"ips", ipList},
                        {"peers", Json::array()}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::Firewall) {
        // In its VNet's AzureFirewallSubnet, made on demand (/26, azure-facts-2 §12.1); one per VNet.
        if (!vnet)
            return fail(QT_TRANSLATE_NOOP(
                "ObjectFactory", "an Azure Firewall goes inside a VNet (in its AzureFirewallSubnet)"));
        for (const auto& f : t.firewalls)
            if (f.vnet == vnet->id)
                return fail(
                    QT_TRANSLATE_NOOP("ObjectFactory", "VNet \"%1\" already holds Azure Firewall \"%2\""),
                    {vnet->id, f.id});
        if (!vnet->subnetNamed("AzureFirewallSubnet") && !addSubnet("AzureFirewallSubnet", 26))
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "no room for a /26 AzureFirewallSubnet"));
        out.id = uniqueId(t, "azfw");
        // Azure's default: what no rule allows is denied. An empty allow collection in the default
        // network group is where rules (and fixes) go.
        array("firewalls")
            .push_back(
                {{"id", out.id},
                 {"name", out.id},
                 {"vnet", vnet->id},
                 {"sku", "Standard"},
                 {"publicIps", jsonArray({"20.20." + std::to_string(t.firewalls.size() % 250) + ".4"})},
                 {"policy",
                  {{"ruleCollectionGroups",
                    Json::array({{{"name", "DefaultNetworkRuleCollectionGroup"},
                                  {"priority", 200},
                                  {"ruleCollections",
                                   Json::array({{{"name", "allow-network"},
                                                 {"priority", 100},
                                                 {"ruleCollectionType", "FirewallPolicyFilterRuleCollection"},
                                                 {"action", "Allow"},
                                                 {"rules", Json::array()}}})}}})}}}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::PrivateEndpoint) {
        if (!subnet && vnet)
            for (const auto& s : vnet->subnets)
                if (!subnet && !s.isPlatformSubnet() && s.name != "AzureFirewallSubnet") subnet = &s;
        if (!subnet || subnet->isPlatformSubnet() || subnet->name == "AzureFirewallSubnet")
            return fail(
                QT_TRANSLATE_NOOP("ObjectFactory", "a private endpoint goes inside a workload subnet"));
        auto ip = nextNicAddress(subnet);
        if (!ip)
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "subnet \"%1\" has no free address"),
                        {subnet->id});
        out.id = uniqueId(t, "pe");
        array("privateEndpoints")
            .push_back({{"id", out.id},
                        {"name", out.id},
                        {"subnet", subnet->id},
                        {"privateIp", ip->toString()},
                        {"service",
                         {{"name", out.id + "-storage"},
                          {"groupId", "blob"},
                          {"fqdn", out.id + "-storage.blob.core.windows.net"}}}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::LoadBalancer) {
        // An internal Standard load balancer with its frontend in the subnet, an empty pool and an
        // HA-ports rule: the NVA pair's front (azure-facts-2 §13.2). Members join in the inspector.
        if (!subnet && vnet)
            for (const auto& s : vnet->subnets)
                if (!subnet && !s.isPlatformSubnet() && s.name != "AzureFirewallSubnet") subnet = &s;
        if (!subnet || subnet->isPlatformSubnet() || subnet->name == "AzureFirewallSubnet")
            return fail(QT_TRANSLATE_NOOP("ObjectFactory",
                                          "an internal load balancer goes inside a workload subnet"));
        auto ip = nextNicAddress(subnet);
        if (!ip)
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "subnet \"%1\" has no free address"),
                        {subnet->id});
        out.id = uniqueId(t, "ilb");
        array("loadBalancers")
            .push_back(
                {{"id", out.id},
                 {"name", out.id},
                 {"sku", "Standard"},
                 {"frontendIPConfigurations", Json::array({{{"id", out.id + "-frontend"},
                                                            {"name", "frontend"},
                                                            {"subnet", subnet->id},
                                                            {"privateIPAddress", ip->toString()}}})},
                 {"backendAddressPools",
                  Json::array({{{"id", out.id + "-pool"}, {"name", "pool"}, {"members", Json::array()}}})},
                 {"loadBalancingRules", Json::array({{{"name", "ha-ports"},
                                                      {"frontendIPConfiguration", out.id + "-frontend"},
                                                      {"backendAddressPool", out.id + "-pool"},
                                                      {"protocol", "All"},
                                                      {"frontendPort", 0},
                                                      {"backendPort", 0}}})}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::ApplicationSecurityGroup) {
        // Not drawn: dropped on a VM, it holds the VM's primary IP configuration (§16).
        const Nic* nic = index.nic(container);
        if (!nic)
            if (const Vm* vm = index.vm(container)) nic = vm->primaryNic();
        if (!nic || nic->ipConfigurations.empty())
            return fail(
                QT_TRANSLATE_NOOP("ObjectFactory", "an application security group is dropped on a VM"));
        out.id = uniqueId(t, "asg");
        array("applicationSecurityGroups").push_back({{"id", out.id}, {"name", out.id}});
        Json& config = after[Json::json_pointer(pointerOf(after, nic->id))]["ipConfigurations"][0];
        if (!config.contains("applicationSecurityGroups"))
            config["applicationSecurityGroups"] = Json::array();
        config["applicationSecurityGroups"].push_back(out.id);
    } else if (kind == NewObjectKind::Site) {
        auto space = freeBlock(Ipv4Prefix(Ipv4Address(192, 168, 0, 0), 16), 24, usedSpace(t));
        if (!space) return fail(QT_TRANSLATE_NOOP("ObjectFactory", "no free /24 left in 192.168.0.0/16"));
        out.id = uniqueId(t, "site");
        array("sites").push_back(
            {{"id", out.id},
             {"name", out.id},
             {"addressSpace", jsonArray({space->toString()})},
             {"edge",
              {{"publicIps", jsonArray({"203.0.113." + std::to_string(10 + t.sites.size() % 200)})}}}});
        after["layout"][out.id] = {{"x", x}, {"y", y}, {"w", 210}, {"h", 150}};
    } else if (kind == NewObjectKind::Host) {
        const Site* site = index.site(container);
        if (!site || site->addressSpace.empty())
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "a host goes inside a site"));
        std::set<std::uint32_t> used;
        for (const auto& h : site->hosts)
            used.insert(h.ip.value());
        std::optional<Ipv4Address> ip;
        const Ipv4Prefix& space = site->addressSpace.front();
        for (std::uint32_t a = space.first().value() + 10; a < space.last().value() && !ip; ++a)
            if (!used.count(a)) ip = Ipv4Address(a);
        if (!ip)
            return fail(QT_TRANSLATE_NOOP("ObjectFactory", "site \"%1\" has no free address"), {site->id});
        out.id = uniqueId(t, "host");
        after[Json::json_pointer(pointerOf(after, site->id))]["hosts"].push_back(
            {{"id", out.id}, {"name", out.id}, {"ip", ip->toString()}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::Circuit) {
        out.id = uniqueId(t, "circuit");
        array("circuits")
            .push_back({{"id", out.id}, {"name", out.id}, {"privatePeering", {{"enabled", true}}}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::NatGateway) {
        out.id = uniqueId(t, "natgw");
        array("natGateways")
            .push_back({{"id", out.id},
                        {"name", out.id},
                        {"publicIps",
                         jsonArray({"198.51.100." + std::to_string(10 + t.natGateways.size() % 200)})}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
        if (subnet && !subnet->isPlatformSubnet())
            after[Json::json_pointer(pointerOf(after, subnet->id))]["natGateway"] = out.id; // dropped on it
    } else if (kind == NewObjectKind::Endpoint) {
        out.id = uniqueId(t, "endpoint");
        array("endpoints")
            .push_back({{"id", out.id},
                        {"name", out.id},
                        {"fqdn", out.id + ".example.com"},
                        {"ips", jsonArray({"198.51.100." + std::to_string(100 + t.endpoints.size() % 150)})},
                        {"ports", Json::array({443})}});
        after["layout"][out.id] = {{"x", x}, {"y", y}};
    } else if (kind == NewObjectKind::Nsg || kind == NewObjectKind::RouteTable) {
        // Dropped on a subnet: associated with it; on a VM or NIC: with that NIC (NSGs only).
        const bool nsg = kind == NewObjectKind::Nsg;
        const Nic* nic = index.nic(container);
        if (!nic)
            if (const Vm* vm = index.vm(container)) nic = vm->primaryNic();
        const Subnet* target = index.subnet(container);
        if (nsg && target && target->isPlatformSubnet())
            return fail(
                QT_TRANSLATE_NOOP("ObjectFactory", "Azure does not support a network security group on %1"),
                {target->name});
        if (!nsg && target && target->name == "RouteServerSubnet")
            return fail(QT_TRANSLATE_NOOP("ObjectFactory",
                                          "Azure does not support a route table on RouteServerSubnet"));
        if (!nsg && nic && !target)
            return fail(
                QT_TRANSLATE_NOOP("ObjectFactory", "a route table is associated with a subnet, not a NIC"));
        out.id = uniqueId(t, nsg ? "nsg" : "rt");
        if (nsg)
            array("nsgs").push_back({{"id", out.id}, {"name", out.id}, {"securityRules", Json::array()}});
        else
            array("routeTables").push_back({{"id", out.id}, {"name", out.id}, {"routes", Json::array()}});
        if (target) {
            after[Json::json_pointer(pointerOf(after, target->id))][nsg ? "nsg" : "routeTable"] = out.id;
        } else if (nic) {
            after[Json::json_pointer(pointerOf(after, nic->id))]["nsg"] = out.id;
        }
    }
    out.patch = makePatch(before, after);
    return out;
}

} // namespace pathlight

namespace pathlight {

NewObject connectObjects(const Topology& t, const Id& first, const Id& second) {
    NewObject out;
    const TopologyIndex index(t);
    // A subnet or host never connects by itself: a drop on it means its VNet or site.
    auto owner = [&](const Id& id) -> Id {
        const ObjectRef* r = index.find(id);
        if (r && r->kind == ObjectKind::Subnet) return t.vnets[r->index].id;
        if (r && r->kind == ObjectKind::Host) return t.sites[r->index].id;
        return id;
    };
    const ObjectRef* ra = index.find(owner(first));
    const ObjectRef* rb = index.find(owner(second));
    if (!ra || !rb || owner(first) == owner(second)) {
        out.error = factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "pick two different objects"));
        return out;
    }
    // Order the pair so each case is written once.
    Id a = owner(first), b = owner(second);
    ObjectKind ka = ra->kind, kb = rb->kind;
    auto is = [&](ObjectKind x, ObjectKind y) { return ka == x && kb == y; };
    if (is(ObjectKind::Circuit, ObjectKind::Gateway) || is(ObjectKind::Site, ObjectKind::Gateway) ||
        is(ObjectKind::Circuit, ObjectKind::Site) || is(ObjectKind::RouteServer, ObjectKind::Vm)) {
        std::swap(a, b);
        std::swap(ka, kb);
    }
    const Json before = topologyToJson(t);
    Json after = before;
    auto array = [&](const char* key) -> Json& {
        if (!after.contains(key)) after[key] = Json::array();
        return after[key];
    };
    if (is(ObjectKind::Vnet, ObjectKind::Vnet)) {
        for (const auto& p : t.peerings)
            if ((p.vnets[0] == a && p.vnets[1] == b) || (p.vnets[0] == b && p.vnets[1] == a)) {
                out.error =
                    factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "these VNets are already peered"));
                return out;
            }
        if (const auto overlap = firstOverlap(index.vnet(a)->addressSpace, index.vnet(b)->addressSpace)) {
            out.error = factoryMessage(
                QT_TRANSLATE_NOOP("ObjectFactory",
                                  "their address spaces overlap (%1, %2); Azure cannot peer them"),
                {overlap->first.toString(), overlap->second.toString()});
            return out;
        }
        out.id = uniqueId(t, "peer-" + a + "-" + b);
        array("peerings").push_back({{"id", out.id}, {"vnets", Json::array({a, b})}});
    } else if (is(ObjectKind::Gateway, ObjectKind::Circuit) || is(ObjectKind::Gateway, ObjectKind::Site)) {
        const Gateway* gw = index.gateway(a);
        const bool er = kb == ObjectKind::Circuit;
        if ((gw->type == GatewayType::ExpressRoute) != er) {
            out.error = factoryMessage(
                er ? QT_TRANSLATE_NOOP("ObjectFactory",
                                       "a circuit connects to an ExpressRoute gateway, not a VPN gateway")
                   : QT_TRANSLATE_NOOP(
                         "ObjectFactory",
                         "a site connects over S2S VPN to a VPN gateway, not an ExpressRoute gateway"));
            return out;
        }
        for (const auto& c : t.connections)
            if (c.gateway == a && (er ? c.circuit : c.site) == b) {
                out.error = factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "they are already connected"));
                return out;
            }
        out.id = uniqueId(t, "conn-" + a + "-" + b);
        Json c = {{"id", out.id}, {"type", er ? "ExpressRoute" : "Vpn"}, {"gateway", a}};
        if (er)
            c["circuit"] = b;
        else {
            c["site"] = b;
            c["bgp"] = index.site(b)->bgp.has_value();
        }
        array("connections").push_back(c);
    } else if (is(ObjectKind::Gateway, ObjectKind::Gateway)) {
        // Two VPN gateways of two VNets: a VNet-to-VNet connection (azure-facts-2 §17.4).
        const Gateway* ga = index.gateway(a);
        const Gateway* gb = index.gateway(b);
        if (ga->type != GatewayType::Vpn || gb->type != GatewayType::Vpn || ga->vnet == gb->vnet) {
            out.error = factoryMessage(QT_TRANSLATE_NOOP(
                "ObjectFactory", "a VNet-to-VNet connection joins the VPN gateways of two different VNets"));
            return out;
        }
        for (const auto& c : t.connections)
            if (c.isVnet2Vnet() &&
                ((c.gateway == a && c.peerGateway == b) || (c.gateway == b && c.peerGateway == a))) {
                out.error = factoryMessage(QT_TRANSLATE_NOOP("ObjectFactory", "they are already connected"));
                return out;
            }
        const Vnet* va = index.vnet(ga->vnet);
        const Vnet* vb = index.vnet(gb->vnet);
        if (const auto overlap = va && vb ? firstOverlap(va->addressSpace, vb->addressSpace) : std::nullopt) {
            out.error = factoryMessage(
                QT_TRANSLATE_NOOP("ObjectFactory",
                                  "their VNets' address spaces overlap (%1, %2); Azure cannot connect them"),
                {overlap->first.toString(), overlap->second.toString()});
            return out;
        }
        out.id = uniqueId(t, "conn-" + a + "-" + b);
        // BGP when both gateways speak it, with their own ASNs.
        array("connections")
            .push_back({{"id", out.id},
                        {"type", "Vnet2Vnet"},
                        {"gateway", a},
                        {"peerGateway", b},
                        {"bgp", ga->bgp.has_value() && gb->bgp.has_value() && ga->asn() != gb->asn()}});
    } else if (is(ObjectKind::Site, ObjectKind::Circuit)) {
        const Site* site = index.site(a);
        for (const auto& c : site->circuits)
            if (c == b) {
                out.error = factoryMessage(
                    QT_TRANSLATE_NOOP("ObjectFactory", "the site is already attached to this circuit"));
                return out;
            }
        after[Json::json_pointer(pointerOf(after, a))]["circuits"].push_back(b);
        out.id = a;
    } else if (is(ObjectKind::Vm, ObjectKind::RouteServer)) {
        const Vm* vm = index.vm(a);
        if (!vm->nva) {
            out.error = factoryMessage(QT_TRANSLATE_NOOP(
                "ObjectFactory", "only an NVA peers with Route Server; mark the VM as an NVA first"));
            return out;
        }
        for (const auto& p : index.routeServer(b)->peers)
            if (p.vm == a) {
                out.error = factoryMessage(
                    QT_TRANSLATE_NOOP("ObjectFactory", "this NVA already peers with the Route Server"));
                return out;
            }
        const int asn = vm->nva->bgp ? vm->nva->bgp->asn : 65001;
        after[Json::json_pointer(pointerOf(after, b))]["peers"].push_back({{"vm", a}, {"asn", asn}});
        if (!vm->nva->bgp) after[Json::json_pointer(pointerOf(after, a))]["nva"]["bgp"] = {{"asn", asn}};
        out.id = b;
    } else {
        out.error = factoryMessage(
            QT_TRANSLATE_NOOP(
                "ObjectFactory",
                "a %1 cannot be connected to a %2 (peerings join VNets; connections join a gateway "
                "to a circuit, a site or another VNet's VPN gateway; sites attach to circuits; NVAs peer "
                "with Route Server)"),
            {toString(ra->kind), toString(rb->kind)});
        return out;
    }
    out.patch = makePatch(before, after);
    return out;
}

} // namespace pathlight
