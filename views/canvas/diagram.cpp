#include "canvas/diagram.h"

#include "canvas/graph_layout.h"
#include "io/layout_entry.h"
#include "text/message_text.h"
#include "topology/topology_index.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pathlight {

const char* iconName(BoxKind kind) {
    switch (kind) {
    case BoxKind::Site:
        return "site";
    case BoxKind::Host:
        return "host";
    case BoxKind::Circuit:
        return "circuit";
    case BoxKind::Vnet:
        return "vnet";
    case BoxKind::Subnet:
        return "subnet";
    case BoxKind::ExpressRouteGateway:
        return "gateway";
    case BoxKind::VpnGateway:
        return "vpn-gateway";
    case BoxKind::RouteServer:
        return "route-server";
    case BoxKind::Vm:
        return "vm";
    case BoxKind::Nva:
        return "nva";
    case BoxKind::AppGateway:
        return "app-gateway";
    case BoxKind::NatGateway:
        return "nat-gateway";
    case BoxKind::Endpoint:
        return "endpoint";
    case BoxKind::Internet:
        return "internet";
    case BoxKind::Firewall:
        return "firewall";
    case BoxKind::PrivateEndpoint:
        return "private-endpoint";
    case BoxKind::LoadBalancer:
        return "load-balancer";
    }
    return "vm";
}

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString prefixes(const std::vector<Ipv4Prefix>& list) {
    QStringList out;
    for (const auto& p : list)
        out << q(p.toString());
    return out.join(", ");
}

QString nameOr(const std::string& name, const std::string& id) {
    return q(name.empty() ? id : name);
}

// Reads a box from the file's layout when it has one.
bool fromLayout(const Json& layout, const std::string& id, QRectF& rect, QSizeF defaultSize) {
    auto it = layout.find(id);
    if (it == layout.end()) return false;
    // Read as the lints read it (io/layout_entry.h): a box without a usable x and y is placed
    // automatically, a size out of range is the default one; the lints say which value was ignored.
    const LayoutEntry e = readLayoutEntry(*it);
    if (!e.x || !e.y) return false;
    rect = QRectF(*e.x, *e.y, e.w.value_or(defaultSize.width()), e.h.value_or(defaultSize.height()));
    return true;
}

// A top-level box and its contents: d.boxes[first, end), the box itself first.
struct TopBox {
    std::size_t first = 0, end = 0;
    bool autoPlaced = false;
};

// Moves the automatically placed sites, circuits and VNets (with the contents placed along with
// them) to where Graphviz puts them in the graph of circuits, connections and peerings. The graph
// holds every top-level box, placed or not, so that moving one never moves the others.
void placeByGraph(const Topology& t, const TopologyIndex& index, Diagram& d, const std::vector<TopBox>& tops,
                  const std::vector<bool>& autoPlaced) {
    if (std::none_of(tops.begin(), tops.end(), [](const TopBox& b) { return b.autoPlaced; })) return;
    std::vector<LayoutNode> nodes;
    for (const auto& b : tops)
        nodes.push_back({d.boxes[b.first].id, d.boxes[b.first].rect.size()});
    std::vector<LayoutEdge> edges;
    for (const auto& s : t.sites)
        for (const auto& c : s.circuits)
            edges.push_back({q(s.id), q(c)});
    for (const auto& c : t.connections)
        if (const Gateway* g = index.gateway(c.gateway)) {
            if (const Gateway* p = c.isVnet2Vnet() ? index.gateway(c.peerGateway) : nullptr)
                edges.push_back({q(g->vnet), q(p->vnet)});
            else if (!c.isVnet2Vnet())
                edges.push_back({q(c.type == GatewayType::ExpressRoute ? c.circuit : c.site), q(g->vnet)});
        }
    // A peering points from the hub (gateways first, then more peerings) to the spoke.
    QHash<QString, int> weight;
    for (const auto& g : t.gateways)
        weight[q(g.vnet)] += 1000;
    for (const auto& p : t.peerings) {
        ++weight[q(p.vnets[0])];
        ++weight[q(p.vnets[1])];
    }
    for (const auto& p : t.peerings) {
        const QString a = q(p.vnets[0]), b = q(p.vnets[1]);
        edges.push_back(weight.value(b) > weight.value(a) ? LayoutEdge{b, a} : LayoutEdge{a, b});
    }
    // The same graph gives the same picture: the last one is kept, since an edit that changes no
    // box or link (a rule, a route) rebuilds the diagram too, and Graphviz takes 0.3 s for 500
    // spokes.
    QString key;
    for (const auto& n : nodes)
        key +=
            n.id + '\x1f' + QString::number(n.size.width()) + 'x' + QString::number(n.size.height()) + '\x1e';
    for (const auto& e : edges)
        key += e.from + '>' + e.to + '\x1e';
    static QString lastKey;
    static QHash<QString, QPointF> lastPlaces;
    if (key != lastKey) {
        // Boxes linked to nothing go in rows under the picture: Graphviz would lay out and pack
        // each as its own component (2,000 bare VNets took 19 s).
        QSet<QString> linked;
        for (const auto& e : edges)
            if (e.from != e.to) linked << e.from << e.to;
        std::vector<LayoutNode> graph, alone;
        for (const auto& n : nodes)
            (linked.contains(n.id) ? graph : alone).push_back(n);
        lastPlaces = layoutGraph(graph, edges, layoutEngineFor(graph.size()), QPointF(20, 40));
        double bottom = 40, right = 20;
        for (const auto& n : graph)
            if (lastPlaces.contains(n.id)) {
                bottom = std::max(bottom, lastPlaces[n.id].y() + n.size.height() + 60);
                right = std::max(right, lastPlaces[n.id].x() + n.size.width());
            }
        if (!graph.empty() && lastPlaces.isEmpty()) alone = nodes; // no Graphviz: rows for all
        const double width = std::max(right, std::sqrt(double(alone.size())) * 400.0);
        double x = 20, y = bottom, row = 0;
        for (const auto& n : alone) {
            if (x > 20 && x + n.size.width() > width) {
                x = 20;
                y += row + 40;
                row = 0;
            }
            lastPlaces.insert(n.id, QPointF(x, y));
            x += n.size.width() + 40;
            row = std::max(row, n.size.height());
        }
        lastKey = key;
    }
    const QHash<QString, QPointF>& at = lastPlaces;
    if (at.isEmpty()) return; // no Graphviz layout plugin: the columns stay
    for (const auto& b : tops) {
        if (!b.autoPlaced) continue;
        const QPointF delta = at.value(d.boxes[b.first].id) - d.boxes[b.first].rect.topLeft();
        for (std::size_t i = b.first; i < b.end; ++i)
            if (autoPlaced[i]) d.boxes[i].rect.translate(delta);
    }
}

} // namespace

const DiagramBox* Diagram::find(const QString& id) const {
    for (const auto& b : boxes)
        if (b.id == id) return &b;
    return nullptr;
}

Diagram buildDiagram(const Topology& t) {
    return buildDiagram(t, t.layout, TopologyIndex(t));
}

Diagram buildDiagram(const Topology& t, const Json& layout, const TopologyIndex& index) {
    Diagram d;
    std::vector<TopBox> tops;     // sites, circuits, VNets: what the graph places
    std::vector<bool> autoPlaced; // per box of d.boxes: not from the file's layout
    const QSizeF nodeSize(kNodeWidth, kNodeHeight);

    // Members of each subnet, in file order.
    QHash<QString, QStringList> members;
    QHash<QString, BoxKind> memberKind;
    QHash<QString, QString> memberTitle, memberSubtitle;
    auto subnetNamed = [&](const Id& vnet, const char* name) -> QString {
        const Vnet* v = index.vnet(vnet);
        const Subnet* s = v ? v->subnetNamed(name) : nullptr;
        return s ? q(s->id) : QString();
    };
    for (const auto& g : t.gateways) {
        const QString parent = subnetNamed(g.vnet, "GatewaySubnet");
        members[parent.isEmpty() ? q(g.vnet) : parent] << q(g.id);
        memberKind[q(g.id)] = g.type == GatewayType::Vpn ? BoxKind::VpnGateway : BoxKind::ExpressRouteGateway;
        memberTitle[q(g.id)] = nameOr(g.name, g.id);
        memberSubtitle[q(g.id)] = g.type == GatewayType::Vpn
                                      ? QCoreApplication::translate("Diagram", "VPN gateway")
                                      : QCoreApplication::translate("Diagram", "ExpressRoute gateway");
    }
    for (const auto& r : t.routeServers) {
        const QString parent = subnetNamed(r.vnet, "RouteServerSubnet");
        members[parent.isEmpty() ? q(r.vnet) : parent] << q(r.id);
        memberKind[q(r.id)] = BoxKind::RouteServer;
        memberTitle[q(r.id)] = nameOr(r.name, r.id);
        QStringList ips;
        for (const auto& ip : r.ips)
            ips << q(ip.toString());
        memberSubtitle[q(r.id)] = ips.join(", ");
    }
    for (const auto& vm : t.vms) {
        const Nic* nic = vm.primaryNic();
        if (!nic) continue;
        members[q(nic->subnet)] << q(vm.id);
        memberKind[q(vm.id)] = vm.nva ? BoxKind::Nva : BoxKind::Vm;
        memberTitle[q(vm.id)] = nameOr(vm.name, vm.id);
        QString sub;
        if (const IpConfiguration* c = nic->primaryIpConfiguration()) {
            sub = q(c->privateIp.toString());
            if (c->publicIp) sub += QStringLiteral(" · ") + q(c->publicIp->toString());
        }
        if (vm.nics.size() > 1)
            sub += QCoreApplication::translate("Diagram", " (+%1 NIC)").arg(vm.nics.size() - 1);
        memberSubtitle[q(vm.id)] = sub;
    }
    for (const auto& f : t.firewalls) {
        const QString parent = subnetNamed(f.vnet, "AzureFirewallSubnet");
        members[parent.isEmpty() ? q(f.vnet) : parent] << q(f.id);
        memberKind[q(f.id)] = BoxKind::Firewall;
        memberTitle[q(f.id)] = nameOr(f.name, f.id);
        const auto front = firewallPrivateIp(t, f);
        QString sub = front ? q(front->toString()) : QCoreApplication::translate("Diagram", "Azure Firewall");
        if (!f.publicIps.empty()) sub += QStringLiteral(" · ") + q(f.publicIps.front().toString());
        memberSubtitle[q(f.id)] = sub;
    }
    for (const auto& p : t.privateEndpoints) {
        members[q(p.subnet)] << q(p.id);
        memberKind[q(p.id)] = BoxKind::PrivateEndpoint;
        memberTitle[q(p.id)] = nameOr(p.name, p.id);
        QString sub = q(p.privateIp.toString());
        if (p.service && !p.service->groupId.empty()) sub += QStringLiteral(" · ") + q(p.service->groupId);
        memberSubtitle[q(p.id)] = sub;
    }
    // A load balancer with an internal frontend is drawn in that frontend's subnet; a public one
    // beside the NAT gateways (below).
    for (const auto& lb : t.loadBalancers) {
        const LoadBalancerFrontend* internal = nullptr;
        for (const auto& f : lb.frontendIPConfigurations)
            if (!internal && f.isInternal() && !f.subnet.empty()) internal = &f;
        if (!internal) continue;
        members[q(internal->subnet)] << q(lb.id);
        memberKind[q(lb.id)] = BoxKind::LoadBalancer;
        memberTitle[q(lb.id)] = nameOr(lb.name, lb.id);
        memberSubtitle[q(lb.id)] = q(internal->privateIPAddress->toString());
    }
    for (const auto& a : t.appGateways) {
        members[q(a.subnet)] << q(a.id);
        memberKind[q(a.id)] = BoxKind::AppGateway;
        memberTitle[q(a.id)] = nameOr(a.name, a.id);
        memberSubtitle[q(a.id)] = a.frontendPrivateIp ? q(a.frontendPrivateIp->toString()) : q(a.sku);
    }

    // Column 1: sites with their hosts.
    double y = 40;
    for (const auto& s : t.sites) {
        DiagramBox box{q(s.id), BoxKind::Site, nameOr(s.name, s.id), prefixes(s.addressSpace), {}, {}, true};
        const double h = 60 + std::max<std::size_t>(1, s.hosts.size()) * (kNodeHeight + 12);
        const bool placed = fromLayout(layout, s.id, box.rect, {kNodeWidth + 80, h});
        if (!placed) box.rect = QRectF(20, y, kNodeWidth + 80, h);
        const std::size_t first = d.boxes.size();
        d.boxes.push_back(box);
        autoPlaced.push_back(!placed);
        for (std::size_t i = 0; i < s.hosts.size(); ++i) {
            const Host& host = s.hosts[i];
            DiagramBox hb{
                q(host.id), BoxKind::Host, nameOr(host.name, host.id), q(host.ip.toString()), q(s.id),
                {},         false};
            const bool hostPlaced = fromLayout(layout, host.id, hb.rect, nodeSize);
            if (!hostPlaced)
                hb.rect = QRectF(box.rect.x() + 20, box.rect.y() + 40 + double(i) * (kNodeHeight + 12),
                                 kNodeWidth, kNodeHeight);
            d.boxes.push_back(hb);
            autoPlaced.push_back(!hostPlaced);
        }
        tops.push_back({first, d.boxes.size(), !placed});
        y = box.rect.bottom() + 40;
    }
    // Column 2: circuits.
    y = 60;
    for (const auto& c : t.circuits) {
        QString sub = q(c.peeringLocation);
        if (c.bandwidthMbps)
            sub += (sub.isEmpty() ? "" : " · ") +
                   QCoreApplication::translate("Diagram", "%1 Mbps").arg(c.bandwidthMbps);
        DiagramBox box{q(c.id), BoxKind::Circuit, nameOr(c.name, c.id), sub, {}, {}, false};
        const bool placed = fromLayout(layout, c.id, box.rect, nodeSize);
        if (!placed) box.rect = QRectF(300, y, kNodeWidth, kNodeHeight);
        tops.push_back({d.boxes.size(), d.boxes.size() + 1, !placed});
        d.boxes.push_back(box);
        autoPlaced.push_back(!placed);
        y = box.rect.bottom() + 80;
    }
    // Column 3: VNets, subnets and their members.
    y = 40;
    double right = 480;
    for (const auto& v : t.vnets) {
        // Subnets the file does not place stack from the VNet's top-left corner: the file's when
        // it places the VNet, else this column's; below any subnet the file places.
        QRectF fileBox;
        const bool vnetInFile = fromLayout(layout, v.id, fileBox, {1, 1});
        const QPointF origin = vnetInFile ? fileBox.topLeft() : QPointF(480, y);
        double sy = origin.y() + 44;
        double maxWidth = 0;
        std::vector<DiagramBox> inner;
        std::vector<bool> innerAuto;
        for (const auto& s : v.subnets) {
            const QStringList& items = members.value(q(s.id));
            const double w = std::max(300.0, 30 + double(items.size()) * (kNodeWidth + 16));
            DiagramBox sb{
                q(s.id), BoxKind::Subnet, nameOr(s.name, s.id), q(s.addressPrefix.toString()), q(v.id), {},
                true};
            const bool subnetPlaced = fromLayout(layout, s.id, sb.rect, {w, kNodeHeight + 44});
            if (!subnetPlaced) sb.rect = QRectF(origin.x() + 20, sy, w, kNodeHeight + 44);
            for (int i = 0; i < items.size(); ++i) {
                DiagramBox mb{items[i],
                              memberKind[items[i]],
                              memberTitle[items[i]],
                              memberSubtitle[items[i]],
                              q(s.id),
                              {},
                              false};
                const bool memberPlaced = fromLayout(layout, items[i].toStdString(), mb.rect, nodeSize);
                if (!memberPlaced)
                    mb.rect = QRectF(sb.rect.x() + 15 + i * (kNodeWidth + 16), sb.rect.y() + 34, kNodeWidth,
                                     kNodeHeight);
                inner.push_back(mb);
                innerAuto.push_back(!memberPlaced);
            }
            maxWidth = std::max(maxWidth, sb.rect.right() - origin.x());
            inner.insert(inner.begin() + (inner.size() - items.size()), sb);
            innerAuto.insert(innerAuto.begin() + (innerAuto.size() - items.size()), !subnetPlaced);
            sy = std::max(sy, sb.rect.bottom() + 16);
        }
        DiagramBox vb{q(v.id), BoxKind::Vnet, nameOr(v.name, v.id), prefixes(v.addressSpace), {}, {}, true};
        const bool placed = fromLayout(layout, v.id, vb.rect, {maxWidth + 20, sy - origin.y() + 4});
        if (!placed)
            vb.rect = QRectF(origin.x(), origin.y(), std::max(maxWidth + 20, 340.0),
                             std::max(sy - origin.y() + 4, 120.0));
        const std::size_t first = d.boxes.size();
        d.boxes.push_back(vb);
        autoPlaced.push_back(!placed);
        for (auto& box : inner)
            d.boxes.push_back(box);
        autoPlaced.insert(autoPlaced.end(), innerAuto.begin(), innerAuto.end());
        // Members placed directly in the VNet (no GatewaySubnet drawn, say).
        for (const auto& id : members.value(q(v.id))) {
            DiagramBox mb{id, memberKind[id], memberTitle[id], memberSubtitle[id], q(v.id), {}, false};
            const bool memberPlaced = fromLayout(layout, id.toStdString(), mb.rect, nodeSize);
            if (!memberPlaced)
                mb.rect = QRectF(vb.rect.right() - kNodeWidth - 10, vb.rect.y() + 8, kNodeWidth, kNodeHeight);
            d.boxes.push_back(mb);
            autoPlaced.push_back(!memberPlaced);
        }
        tops.push_back({first, d.boxes.size(), !placed});
        right = std::max(right, vb.rect.right());
        y = vb.rect.bottom() + 50;
    }
    placeByGraph(t, index, d, tops, autoPlaced);
    for (const auto& b : d.boxes)
        right = std::max(right, b.rect.right());
    // Column 4: NAT gateways, file endpoints and the Internet.
    double ey = 40;
    const double ex = right + 90;
    for (const auto& n : t.natGateways) {
        QStringList ips;
        for (const auto& ip : n.publicIps)
            ips << q(ip.toString());
        DiagramBox box{q(n.id), BoxKind::NatGateway, nameOr(n.name, n.id), ips.join(", "), {}, {}, false};
        if (!fromLayout(layout, n.id, box.rect, nodeSize)) box.rect = QRectF(ex, ey, kNodeWidth, kNodeHeight);
        d.boxes.push_back(box);
        ey = box.rect.bottom() + 30;
    }
    for (const auto& lb : t.loadBalancers) {
        if (members.contains(q(lb.id)) || memberKind.contains(q(lb.id))) continue; // drawn in a subnet
        QStringList ips;
        for (const auto& f : lb.frontendIPConfigurations)
            if (f.publicIPAddress) ips << q(f.publicIPAddress->toString());
        DiagramBox box{q(lb.id), BoxKind::LoadBalancer, nameOr(lb.name, lb.id), ips.join(", "), {}, {},
                       false};
        if (!fromLayout(layout, lb.id, box.rect, nodeSize))
            box.rect = QRectF(ex, ey, kNodeWidth, kNodeHeight);
        d.boxes.push_back(box);
        ey = box.rect.bottom() + 30;
    }
    for (const auto& e : t.endpoints) {
        DiagramBox box{q(e.id), BoxKind::Endpoint, nameOr(e.name, e.id), q(e.fqdn), {}, {}, false};
        if (!fromLayout(layout, e.id, box.rect, nodeSize)) box.rect = QRectF(ex, ey, kNodeWidth, kNodeHeight);
        d.boxes.push_back(box);
        ey = box.rect.bottom() + 30;
    }
    {
        DiagramBox box{kInternetNodeId,
                       BoxKind::Internet,
                       QCoreApplication::translate("Diagram", "Internet"),
                       QCoreApplication::translate("Diagram", "and Microsoft services"),
                       {},
                       {},
                       false};
        if (!fromLayout(layout, kInternetNodeId, box.rect, nodeSize))
            box.rect = QRectF(ex, ey, kNodeWidth, kNodeHeight);
        d.boxes.push_back(box);
    }

    // Links.
    for (const auto& p : t.peerings) {
        QString label = QCoreApplication::translate("Diagram", "peering");
        if (p.gatewayTransit && !p.gatewayTransit->user.empty())
            label += QCoreApplication::translate("Diagram", " · gateway transit");
        d.links.push_back({q(p.vnets[0]), q(p.vnets[1]), DiagramLinkKind::Peering, label});
    }
    for (const auto& c : t.connections) {
        if (c.type == GatewayType::ExpressRoute)
            d.links.push_back({q(c.gateway), q(c.circuit), DiagramLinkKind::ExpressRoute, q(c.id)});
        else if (c.isVnet2Vnet())
            d.links.push_back({q(c.gateway), q(c.peerGateway), DiagramLinkKind::Vpn,
                               c.bgp ? QCoreApplication::translate("Diagram", "VNet-to-VNet VPN · BGP")
                                     : QCoreApplication::translate("Diagram", "VNet-to-VNet VPN")});
        else
            d.links.push_back({q(c.gateway), q(c.site), DiagramLinkKind::Vpn,
                               c.bgp ? QCoreApplication::translate("Diagram", "S2S VPN · BGP")
                                     : QCoreApplication::translate("Diagram", "S2S VPN")});
    }
    for (const auto& s : t.sites)
        for (const auto& c : s.circuits)
            d.links.push_back({q(s.id), q(c), DiagramLinkKind::SiteCircuit, {}});
    for (const auto& r : t.routeServers)
        for (const auto& p : r.peers)
            d.links.push_back({q(r.id), q(p.vm), DiagramLinkKind::BgpPeer,
                               QCoreApplication::translate("Diagram", "BGP AS %1").arg(p.asn)});
    for (const auto& v : t.vnets)
        for (const auto& s : v.subnets)
            if (!s.natGateway.empty())
                d.links.push_back({q(s.id), q(s.natGateway), DiagramLinkKind::Nat, {}});
    // Names and other texts from the file are drawn made visible, as every list shows them: a
    // right-to-left override (U+202E) drew "vm-\u202Enoitcudorp" as "vm-production" (breaker).
    for (auto& b : d.boxes) {
        b.title = visible(b.title.toStdString());
        b.subtitle = visible(b.subtitle.toStdString());
    }
    for (auto& l : d.links)
        l.label = visible(l.label.toStdString());
    // Drop links whose ends are not drawn (dangling ids cannot load, but be safe).
    d.links.erase(std::remove_if(d.links.begin(), d.links.end(),
                                 [&](const DiagramLink& l) { return !d.find(l.from) || !d.find(l.to); }),
                  d.links.end());
    return d;
}

} // namespace pathlight
