#include "edit/topology_edit.h"

#include "common/invariant.h"
#include "io/topology_io.h"
#include "topology/topology_index.h"
#include "trace/trace_result.h"

#include <algorithm>

namespace pathlight {

namespace {

using K = EditStep::Kind;

template <typename T> T* findById(std::vector<T>& list, const Id& id) {
    for (auto& item : list)
        if (item.id == id) return &item;
    return nullptr;
}

Subnet* findSubnet(Topology& t, const Id& id) {
    for (auto& v : t.vnets)
        if (Subnet* s = findById(v.subnets, id)) return s;
    return nullptr;
}

Nic* findNic(Topology& t, const Id& id) {
    for (auto& vm : t.vms)
        if (Nic* n = findById(vm.nics, id)) return n;
    return nullptr;
}

template <typename T> bool insertAt(std::vector<T>& list, int index, const T& value) {
    if (index < 0 || index > int(list.size())) return false;
    list.insert(list.begin() + index, value);
    return true;
}

template <typename T> bool eraseAt(std::vector<T>& list, int index) {
    if (index < 0 || index >= int(list.size())) return false;
    list.erase(list.begin() + index);
    return true;
}

Message editMessage(const char* text, std::vector<std::string> args = {}) {
    return Message{"Edit", text, std::move(args)};
}

Message applyStep(Topology& t, const EditStep& s) {
    const Message missing = editMessage(QT_TRANSLATE_NOOP("Edit", "no object \"%1\" to edit"), {s.target});
    const auto used = [](const Id& id) {
        return editMessage(QT_TRANSLATE_NOOP("Edit", "the id \"%1\" is already used"), {id});
    };
    // An inverse removes what its edit appended: anything else means the file changed between.
    const Message notLast = editMessage(QT_TRANSLATE_NOOP("Edit", "\"%1\" is not the last of its kind"),
                                        {s.kind == K::RemoveNsg ? s.nsg.id : s.routeTable.id});
    const Message outOfRange = editMessage(QT_TRANSLATE_NOOP("Edit", "no position %1 in \"%2\""),
                                           {std::to_string(s.index), s.target});
    switch (s.kind) {
    case K::AddRouteTable:
        if (TopologyIndex(t).contains(s.routeTable.id)) return used(s.routeTable.id);
        t.routeTables.push_back(s.routeTable);
        return {};
    case K::RemoveRouteTable:
        if (t.routeTables.empty() || t.routeTables.back().id != s.routeTable.id) return notLast;
        t.routeTables.pop_back();
        return {};
    case K::SetSubnetRouteTable: {
        Subnet* subnet = findSubnet(t, s.target);
        if (!subnet) return missing;
        subnet->routeTable = s.text;
        return {};
    }
    case K::AddRoute:
    case K::RemoveRoute: {
        RouteTable* rt = findById(t.routeTables, s.target);
        if (!rt) return missing;
        const bool ok =
            s.kind == K::AddRoute ? insertAt(rt->routes, s.index, s.route) : eraseAt(rt->routes, s.index);
        return ok ? Message{} : outOfRange;
    }
    case K::AddSecurityRule:
    case K::RemoveSecurityRule: {
        Nsg* nsg = findById(t.nsgs, s.target);
        if (!nsg) return missing;
        const bool ok = s.kind == K::AddSecurityRule ? insertAt(nsg->securityRules, s.index, s.rule)
                                                     : eraseAt(nsg->securityRules, s.index);
        return ok ? Message{} : outOfRange;
    }
    case K::SetNicIpForwarding: {
        Nic* nic = findNic(t, s.target);
        if (!nic) return missing;
        nic->enableIPForwarding = s.flag;
        return {};
    }
    case K::SetNvaOsIpForwarding:
    case K::SetNvaSnat: {
        Vm* vm = findById(t.vms, s.target);
        if (!vm || !vm->nva) return missing;
        if (s.kind == K::SetNvaOsIpForwarding) {
            vm->nva->osIpForwarding = s.flag;
        } else if (s.createdObject && !s.flag) {
            vm->nva->snat.reset(); // inverse of creating it
        } else {
            if (!vm->nva->snat) vm->nva->snat = NvaSnat{};
            vm->nva->snat->enabled = s.flag;
            if (s.setsExclusions) vm->nva->snat->exclude = s.prefixes;
        }
        return {};
    }
    case K::SetNicGuestDefaultGateway: {
        Nic* nic = findNic(t, s.target);
        if (!nic) return missing;
        // createdObject: back to the key being absent (the inverse of setting it where it was absent).
        nic->guestDefaultGateway = s.createdObject ? std::nullopt : std::optional<bool>(s.flag);
        return {};
    }
    case K::SetSubnetDefaultOutbound: {
        Subnet* subnet = findSubnet(t, s.target);
        if (!subnet) return missing;
        subnet->defaultOutboundAccess = s.flag;
        return {};
    }
    case K::SetSubnetPrivateEndpointPolicies: {
        Subnet* subnet = findSubnet(t, s.target);
        if (!subnet) return missing;
        std::optional<PrivateEndpointNetworkPolicies> value;
        for (auto p : {PrivateEndpointNetworkPolicies::Disabled, PrivateEndpointNetworkPolicies::Enabled,
                       PrivateEndpointNetworkPolicies::NetworkSecurityGroupEnabled,
                       PrivateEndpointNetworkPolicies::RouteTableEnabled})
            if (s.text == toString(p)) value = p;
        if (!value && !s.text.empty()) return missing;
        subnet->privateEndpointNetworkPolicies = value;
        return {};
    }
    case K::AddRouteFilterCommunity:
    case K::RemoveRouteFilterCommunity: {
        Circuit* c = findById(t.circuits, s.target);
        if (!c || !c->microsoftPeering) return missing;
        auto& filter = c->microsoftPeering->routeFilter;
        const bool ok = s.kind == K::AddRouteFilterCommunity ? insertAt(filter, s.index, s.text)
                                                             : eraseAt(filter, s.index);
        return ok ? Message{} : outOfRange;
    }
    case K::SetPeeringForwardedTraffic: {
        Peering* p = findById(t.peerings, s.target);
        if (!p) return missing;
        // A peering written with each VNet's own setting changes the receiving VNet's (`text`).
        if (!s.text.empty() && !p->allowForwardedTrafficByVnet.empty()) {
            bool found = false;
            for (auto& [vnet, allowed] : p->allowForwardedTrafficByVnet)
                if (vnet == s.text) {
                    allowed = s.flag;
                    found = true;
                }
            if (!found) p->allowForwardedTrafficByVnet.emplace_back(s.text, s.flag);
        } else {
            p->allowForwardedTraffic = s.flag;
        }
        return {};
    }
    case K::AddFirewallRule:
    case K::RemoveFirewallRule: {
        Firewall* fw = findById(t.firewalls, s.target);
        if (!fw || !fw->policy) return missing;
        for (auto& group : fw->policy->ruleCollectionGroups)
            if (group.name == s.text)
                for (auto& collection : group.ruleCollections)
                    if (collection.name == s.previousText) {
                        const bool ok = s.kind == K::AddFirewallRule
                                            ? insertAt(collection.rules, s.index, s.firewallRule)
                                            : eraseAt(collection.rules, s.index);
                        return ok ? Message{} : outOfRange;
                    }
        return missing;
    }
    case K::AddNsg:
        if (TopologyIndex(t).contains(s.nsg.id)) return used(s.nsg.id);
        t.nsgs.push_back(s.nsg);
        return {};
    case K::RemoveNsg:
        if (t.nsgs.empty() || t.nsgs.back().id != s.nsg.id) return notLast;
        t.nsgs.pop_back();
        return {};
    case K::SetNicNsg: {
        Nic* nic = findNic(t, s.target);
        if (!nic) return missing;
        nic->nsg = s.text;
        return {};
    }
    case K::SetGatewayDefaultSite: {
        Gateway* gw = findById(t.gateways, s.target);
        if (!gw) return missing;
        // A reference to no site would leave the file unreadable: refused, nothing changes.
        if (!s.text.empty() && !findById(t.sites, s.text))
            return editMessage(QT_TRANSLATE_NOOP("Edit", "no object \"%1\" to edit"), {s.text});
        gw->defaultSite = s.text;
        return {};
    }
    }
    return editMessage(QT_TRANSLATE_NOOP("Edit", "unknown edit"));
}

EditStep invertStep(const EditStep& s) {
    EditStep r = s;
    switch (s.kind) {
    case K::AddRouteTable:
        r.kind = K::RemoveRouteTable;
        break;
    case K::RemoveRouteTable:
        r.kind = K::AddRouteTable;
        break;
    case K::SetSubnetRouteTable:
        std::swap(r.text, r.previousText);
        break;
    case K::AddRoute:
        r.kind = K::RemoveRoute;
        break;
    case K::RemoveRoute:
        r.kind = K::AddRoute;
        break;
    case K::AddSecurityRule:
        r.kind = K::RemoveSecurityRule;
        break;
    case K::AddFirewallRule:
        r.kind = K::RemoveFirewallRule;
        break;
    case K::RemoveFirewallRule:
        r.kind = K::AddFirewallRule;
        break;
    case K::RemoveSecurityRule:
        r.kind = K::AddSecurityRule;
        break;
    case K::SetNicIpForwarding:
    case K::SetNvaOsIpForwarding:
    case K::SetSubnetDefaultOutbound:
        r.flag = s.previousFlag.value_or(!s.flag);
        r.previousFlag = s.flag;
        break;
    case K::SetSubnetPrivateEndpointPolicies:
        std::swap(r.text, r.previousText);
        break;
    case K::SetNvaSnat:
        r.flag = s.previousFlag.value_or(false);
        r.previousFlag = s.flag;
        std::swap(r.prefixes, r.previousPrefixes);
        break;
    case K::SetNicGuestDefaultGateway:
        // Back to the previous value, or to the key being absent; inverting twice gives the step back.
        r.flag = s.previousFlag.value_or(false);
        r.previousFlag = s.createdObject ? std::nullopt : std::optional<bool>(s.flag);
        r.createdObject = !s.previousFlag.has_value();
        break;
    case K::SetPeeringForwardedTraffic:
        r.flag = s.previousFlag.value_or(!s.flag);
        r.previousFlag = s.flag;
        break;
    case K::AddNsg:
        r.kind = K::RemoveNsg;
        break;
    case K::RemoveNsg:
        r.kind = K::AddNsg;
        break;
    case K::SetNicNsg:
    case K::SetGatewayDefaultSite:
        std::swap(r.text, r.previousText);
        break;
    case K::AddRouteFilterCommunity:
        r.kind = K::RemoveRouteFilterCommunity;
        break;
    case K::RemoveRouteFilterCommunity:
        r.kind = K::AddRouteFilterCommunity;
        break;
    }
    return r;
}

} // namespace

Message applyEdit(Topology& topology, const Edit& edit) {
    Topology working = topology; // all or nothing
    for (const auto& step : edit.steps)
        if (Message why = applyStep(working, step); !why.empty()) return why;
    if constexpr (kCheckInvariants) {
        // Every reference still resolves (the reader says so), and the inverse gives back the bytes.
        const std::string after = topologyToText(working);
        if (const LoadResult r = loadTopologyFromText(after); !r.ok())
            invariantBroken("edit keeps the topology valid", r.diagnostics.front().message.english());
        Topology back = working;
        for (const auto& step : invertEdit(edit).steps)
            if (const Message why = applyStep(back, step); !why.empty())
                invariantBroken("inverse applies", why.english());
        if (topologyToText(back) != topologyToText(topology))
            invariantBroken("edit then inverse is exact", "the bytes differ");
    }
    topology = std::move(working);
    return {};
}

std::vector<Id> touchedIds(const Topology& t, const Edit& edit) {
    using K = EditStep::Kind;
    std::vector<Id> out;
    auto nicAndAround = [&](const Id& id) {
        // A scan, not an index: an index of every id would cost more than the whole check.
        out.push_back(id);
        for (const auto& vm : t.vms)
            for (const auto& nic : vm.nics)
                if (nic.id == id) {
                    out.push_back(vm.id);
                    out.push_back(nic.subnet);
                }
    };
    for (const auto& s : edit.steps) {
        switch (s.kind) {
        case K::AddRouteTable:
        case K::RemoveRouteTable:
            out.push_back(s.routeTable.id);
            break;
        case K::AddNsg:
        case K::RemoveNsg:
            out.push_back(s.nsg.id);
            break;
        case K::SetNicIpForwarding:
        case K::SetNicGuestDefaultGateway:
        case K::SetNicNsg:
            nicAndAround(s.target);
            break;
        case K::SetPeeringForwardedTraffic:
            out.push_back(s.target);
            for (const auto& p : t.peerings)
                if (p.id == s.target) out.insert(out.end(), {p.vnets[0], p.vnets[1]});
            break;
        case K::AddRouteFilterCommunity:
        case K::RemoveRouteFilterCommunity:
            // What a site may reach over Microsoft peering: the circuit and every site on it.
            out.push_back(s.target);
            for (const auto& site : t.sites)
                if (std::find(site.circuits.begin(), site.circuits.end(), s.target) != site.circuits.end())
                    out.push_back(site.id);
            break;
        case K::AddSecurityRule:
            // A new rule changes only the evaluations in its own direction (the removal's rule
            // is not trusted to say where it was: the whole NSG).
            out.push_back(nsgDirectionDependency(s.target, s.rule.direction));
            break;
        case K::SetSubnetPrivateEndpointPolicies:
            // Whether a user route invalidates the endpoints' /32 routes, in every subnet whose
            // table covers them (azure-facts-2 §14.2): the subnet and every route table.
            out.push_back(s.target);
            for (const auto& table : t.routeTables)
                out.push_back(table.id);
            break;
        case K::SetGatewayDefaultSite:
            // Read where a trace reaches the gateway, and every such trace depends on the gateway
            // (the site it leads to is then a hop of the trace itself).
            out.push_back(s.target);
            break;
        default: // routes, rules, VM and subnet flags: the object itself
            out.push_back(s.target);
        }
        if (!s.text.empty() && (s.kind == K::SetSubnetRouteTable || s.kind == K::SetNicNsg))
            out.push_back(s.text);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

ChangeScope editScope(const Topology& t, const Edit& edit) {
    using K = EditStep::Kind;
    ChangeScope scope;
    for (const auto& s : edit.steps) {
        switch (s.kind) {
        case K::AddRouteTable:
        case K::RemoveRouteTable:
            scope.routeTables.push_back(s.routeTable.id);
            scope.objectsAddedOrRemoved = true;
            scope.routeTableAssociations = true;
            break;
        case K::AddRoute:
        case K::RemoveRoute:
            scope.routeTables.push_back(s.target);
            break;
        case K::SetSubnetRouteTable:
            // Both the table the subnet leaves and the one it joins.
            scope.routeTables.push_back(s.text);
            scope.routeTables.push_back(s.previousText);
            scope.routeTableAssociations = true;
            break;
        case K::AddSecurityRule:
        case K::RemoveSecurityRule:
            scope.nsgs.push_back(s.target);
            break;
        case K::AddNsg:
        case K::RemoveNsg:
            scope.nsgs.push_back(s.nsg.id);
            scope.objectsAddedOrRemoved = true;
            break;
        case K::SetNicNsg:
            scope.nsgAssociations = true;
            break;
        case K::SetSubnetPrivateEndpointPolicies:
            // The subnets whose user routes may invalidate an endpoint's /32: those with a table.
            for (const auto& table : t.routeTables)
                scope.routeTables.push_back(table.id);
            break;
        default:
            break;
        }
    }
    std::sort(scope.routeTables.begin(), scope.routeTables.end());
    scope.routeTables.erase(std::unique(scope.routeTables.begin(), scope.routeTables.end()),
                            scope.routeTables.end());
    return scope;
}

Message applyEditInPlace(Topology& topology, const Edit& edit) {
    for (std::size_t i = 0; i < edit.steps.size(); ++i)
        if (Message why = applyStep(topology, edit.steps[i]); !why.empty()) {
            for (std::size_t k = i; k-- > 0;)
                if (!applyStep(topology, invertStep(edit.steps[k])).empty())
                    invariantBroken("the inverse of an applied step applies", why.english());
            return why;
        }
    return {};
}

Edit invertEdit(const Edit& edit) {
    Edit out;
    for (auto it = edit.steps.rbegin(); it != edit.steps.rend(); ++it)
        out.steps.push_back(invertStep(*it));
    return out;
}

bool editChangesNothing(const Edit& edit) {
    using K = EditStep::Kind;
    const auto sameFlag = [](const EditStep& s) { return s.previousFlag && *s.previousFlag == s.flag; };
    for (const auto& s : edit.steps) {
        switch (s.kind) {
        case K::SetSubnetRouteTable:
        case K::SetNicNsg:
        case K::SetSubnetPrivateEndpointPolicies:
        case K::SetGatewayDefaultSite:
            if (s.text != s.previousText) return false;
            break;
        case K::SetNicIpForwarding:
        case K::SetNvaOsIpForwarding:
        case K::SetSubnetDefaultOutbound:
        case K::SetPeeringForwardedTraffic:
        case K::SetNicGuestDefaultGateway:
            if (s.createdObject || !sameFlag(s)) return false;
            break;
        case K::SetNvaSnat:
            if (s.createdObject || !sameFlag(s) || (s.setsExclusions && s.prefixes != s.previousPrefixes))
                return false;
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace pathlight
