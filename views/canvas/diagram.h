#pragma once
// What the canvas draws, derived from a topology: boxes (containers and nodes) with their
// positions, and links. Positions come from the file's `layout`; objects it does not place get
// a tidy automatic placement (sites | circuits | VNets | the outside world).

#include "topology/topology.h"
#include "topology/topology_index.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace pathlight {

// What a box stands for (Azure's resource kinds, plus the Internet node).
enum class BoxKind {
    Site,
    Host,
    Circuit,
    Vnet,
    Subnet,
    ExpressRouteGateway,
    VpnGateway,
    RouteServer,
    Vm,
    Nva,
    AppGateway,
    NatGateway,
    Endpoint,
    Internet,
    Firewall,        // version 2
    PrivateEndpoint, // version 2
    LoadBalancer,    // version 2
};
// The icon resource's name (:/icons/NAME.svg): site, host, circuit, vnet, subnet, gateway,
// vpn-gateway, route-server, vm, nva, app-gateway, nat-gateway, endpoint, internet, firewall,
// private-endpoint, load-balancer. Never null.
const char* iconName(BoxKind kind);

// What a line between two boxes stands for.
enum class DiagramLinkKind { Peering, ExpressRoute, Vpn, SiteCircuit, BgpPeer, Nat };

struct DiagramBox {
    QString id;
    BoxKind kind = BoxKind::Vm;
    QString title;
    QString subtitle; // address space, prefix or address
    QString parent;   // containing box id, if any
    QRectF rect;      // scene coordinates
    bool container = false;
    bool operator==(const DiagramBox&) const = default;
};

struct DiagramLink {
    QString from, to;
    DiagramLinkKind kind = DiagramLinkKind::Peering;
    QString label;
    bool operator==(const DiagramLink&) const = default;
};

struct Diagram {
    std::vector<DiagramBox> boxes;
    std::vector<DiagramLink> links;
    const DiagramBox* find(const QString& id) const;
    bool operator==(const Diagram&) const = default;
};

inline constexpr double kNodeWidth = 130;
inline constexpr double kNodeHeight = 78;
inline const char* kInternetNodeId = "internet";

Diagram buildDiagram(const Topology& topology);
// The same with the positions of `layout` (the file's, or one about to replace it) and the
// topology's index (Network::index()), so that a drag neither copies the topology nor indexes it.
Diagram buildDiagram(const Topology& topology, const Json& layout, const TopologyIndex& index);

} // namespace pathlight
