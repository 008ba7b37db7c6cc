#include "canvas/canvas_items.h"

#include "canvas/topology_scene.h"

#include <QCoreApplication>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QtMath>

#include <algorithm>
#include <map>
#include <memory>

namespace pathlight {

namespace {

// A container's title (bold; the address space beside it in the same size, regular).
QFont titleFont(BoxKind kind) {
    QFont font;
    font.setPointSizeF(kind == BoxKind::Subnet ? 8.5 : 10);
    font.setBold(true);
    return font;
}

// A link's label.
QFont labelFont() {
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

QColor containerFill(BoxKind kind) {
    if (kind == BoxKind::Vnet) return QColor(232, 242, 252);
    if (kind == BoxKind::Subnet) return QColor(255, 255, 255);
    return QColor(240, 241, 243); // site
}

QColor containerBorder(BoxKind kind) {
    if (kind == BoxKind::Vnet) return QColor(0, 120, 212);
    if (kind == BoxKind::Subnet) return QColor(91, 155, 213);
    return QColor(91, 107, 127);
}

// What a line stands for, for its tooltip when it has no label of its own.
QString linkText(DiagramLinkKind kind) {
    switch (kind) {
    case DiagramLinkKind::Peering:
        return QCoreApplication::translate("Diagram", "peering");
    case DiagramLinkKind::ExpressRoute:
        return QCoreApplication::translate("Diagram", "ExpressRoute connection");
    case DiagramLinkKind::Vpn:
        return QCoreApplication::translate("Diagram", "VPN connection");
    case DiagramLinkKind::SiteCircuit:
        return QCoreApplication::translate("Diagram", "circuit attachment");
    case DiagramLinkKind::BgpPeer:
        return QCoreApplication::translate("Diagram", "BGP peering");
    case DiagramLinkKind::Nat:
        return QCoreApplication::translate("Diagram", "NAT gateway");
    }
    return {};
}

// A palette or box icon's name to its resource (an unknown name draws as a VM).
QString iconName(const QString& kind) {
    static const QHash<QString, QString> names{{"site", "site"},
                                               {"host", "host"},
                                               {"circuit", "circuit"},
                                               {"gateway", "gateway"},
                                               {"vpn-gateway", "vpn-gateway"},
                                               {"route-server", "route-server"},
                                               {"vm", "vm"},
                                               {"nva", "nva"},
                                               {"app-gateway", "app-gateway"},
                                               {"nat-gateway", "nat-gateway"},
                                               {"endpoint", "endpoint"},
                                               {"internet", "internet"},
                                               {"vnet", "vnet"},
                                               {"subnet", "subnet"},
                                               {"nsg", "nsg"},
                                               {"route-table", "route-table"},
                                               {"firewall", "firewall"},
                                               {"private-endpoint", "private-endpoint"},
                                               {"asg", "asg"},
                                               {"load-balancer", "load-balancer"}};
    return names.value(kind, "vm");
}

} // namespace

QSvgRenderer* iconRenderer(const QString& kind) {
    // Shared by every item for the life of the process; the cache owns its renderers, so they
    // are freed at exit (LeakSanitizer sees no leak).
    static std::map<QString, std::unique_ptr<QSvgRenderer>> cache;
    const QString name = iconName(kind);
    auto& renderer = cache[name];
    if (!renderer) renderer = std::make_unique<QSvgRenderer>(QStringLiteral(":/icons/%1.svg").arg(name));
    return renderer.get();
}

QPointF borderPoint(const QRectF& rect, const QPointF& target) {
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y())) return c;
    const double sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / qAbs(d.x());
    const double sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / qAbs(d.y());
    const double s = qMin(1.0, qMin(sx, sy));
    return c + d * s;
}

// ---- BoxItem ------------------------------------------------------------------------------

BoxItem::BoxItem(const DiagramBox& box) : box_(box), size_(box.rect.size()) {
    setPos(box.rect.topLeft());
    setData(kIdRole, box.id);
    setData(kKindRole, QString::fromLatin1(iconName(box.kind)));
    setFlag(ItemIsSelectable);
    setFlag(ItemIsMovable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(box.kind == BoxKind::Vnet || box.kind == BoxKind::Site ? 0
              : box.kind == BoxKind::Subnet                          ? 1
                                                                     : 3);
    setToolTip(baseToolTip());
}

QString BoxItem::baseToolTip() const {
    return box_.title + (box_.subtitle.isEmpty() ? QString() : "\n" + box_.subtitle) + "\n" + box_.id;
}

bool BoxItem::inResizeHandle(const QPointF& local) const {
    return box_.container && isSelected() && local.x() > size_.width() - kHandle &&
           local.y() > size_.height() - kHandle;
}

void BoxItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    if (inResizeHandle(event->pos()))
        setCursor(Qt::SizeFDiagCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

void BoxItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && inResizeHandle(event->pos())) {
        resizing_ = true;
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void BoxItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (!resizing_) return QGraphicsItem::mouseMoveEvent(event);
    // Snapped to the grid, never smaller than a node plus the title bar.
    const double grid = TopologyScene::kGrid;
    const QSizeF wanted(std::max(kNodeWidth + 20, std::round(event->pos().x() / grid) * grid),
                        std::max(kNodeHeight + 40, std::round(event->pos().y() / grid) * grid));
    setSize(wanted);
}

void BoxItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    resizing_ = false;
    QGraphicsItem::mouseReleaseEvent(event);
}

void BoxItem::setSize(const QSizeF& size) {
    if (size == size_) return;
    prepareGeometryChange();
    size_ = size;
    if (auto* topologyScene = dynamic_cast<TopologyScene*>(scene())) topologyScene->boxMoved(this);
}

QRectF BoxItem::boundingRect() const {
    return QRectF(QPointF(0, 0), size_).adjusted(-3, -3, 3, 3);
}

QVariant BoxItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionHasChanged && scene()) {
        // Containers carry their contents; links follow (the scene knows both).
        if (auto* topologyScene = dynamic_cast<TopologyScene*>(scene())) topologyScene->boxMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void BoxItem::setMarker(const QColor& color, const QString& text, const QStringList& details) {
    marker_ = color;
    markerText_ = text;
    setToolTip(details.isEmpty() ? baseToolTip() : baseToolTip() + "\n\n" + details.join("\n"));
    update();
}

void BoxItem::paintMarker(QPainter* painter) {
    if (marker_.alpha() == 0) return;
    const QRectF r(QPointF(0, 0), size_);
    const QPointF centre(r.right() - 9, r.top() + 9);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(marker_);
    painter->drawEllipse(centre, 8, 8);
    QFont font = painter->font();
    font.setPointSizeF(7.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(centre.x() - 8, centre.y() - 8, 16, 16), Qt::AlignCenter, markerText_);
}

void BoxItem::setFaded(bool faded) {
    if (faded_ == faded) return;
    faded_ = faded;
    update();
}

void BoxItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    if (faded_) {
        if (box_.container) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(Qt::white);
            painter->drawRoundedRect(QRectF(QPointF(0, 0), size_), 8, 8);
        }
        painter->setOpacity(kFadedOpacity);
    }
    if (lod < kFarDetail)
        paintFar(painter, lod);
    else if (box_.container)
        paintContainer(painter, lod >= kNameDetail);
    else
        paintNode(painter, lod >= kNameDetail);
    if (lod >= kFarDetail) paintMarker(painter);
    if (isSelected()) {
        painter->setPen(QPen(QColor(255, 140, 0), 2.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(QPointF(0, 0), size_).adjusted(-2, -2, 2, 2), 8, 8);
        if (box_.container) { // the resize grip
            painter->setPen(QPen(QColor(255, 140, 0), 1.5));
            for (int i = 1; i <= 3; ++i)
                painter->drawLine(QPointF(size_.width() - 4 * i, size_.height() - 2),
                                  QPointF(size_.width() - 2, size_.height() - 4 * i));
        }
    }
}

void BoxItem::paintContainer(QPainter* painter, bool withText) {
    const QRectF r(QPointF(0, 0), size_);
    QPen pen(containerBorder(box_.kind), box_.kind == BoxKind::Subnet ? 1.2 : 2);
    if (box_.kind == BoxKind::Subnet) pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(containerFill(box_.kind));
    painter->drawRoundedRect(r, 8, 8);
    if (!withText) return; // the scene names the top-level boxes in a readable size
    QFont font = titleFont(box_.kind);
    painter->setFont(font);
    painter->setPen(containerBorder(box_.kind).darker(130));
    const QRectF title = r.adjusted(10, 4, -10, 0);
    const QString text = box_.title + "   ";
    painter->drawText(title, Qt::AlignLeft | Qt::AlignTop, text);
    const double titleWidth = QFontMetricsF(font).horizontalAdvance(text);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(90, 100, 110));
    const QFontMetricsF fm(font);
    if (fm.horizontalAdvance(box_.subtitle) <= title.width() - titleWidth)
        painter->drawText(title.adjusted(titleWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, box_.subtitle);
    else // narrow box: the address space goes on its own line
        painter->drawText(title.adjusted(0, 17, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                          fm.elidedText(box_.subtitle, Qt::ElideRight, title.width()));
}

QRectF BoxItem::labelRect() const {
    const QRectF r(pos(), size_);
    if (!box_.container) return r;
    // As paintContainer: the bold name, three spaces, the address space on the same line when it
    // fits, else on a second line.
    QFont font = titleFont(box_.kind);
    const double titleWidth = QFontMetricsF(font).horizontalAdvance(box_.title + "   ");
    font.setBold(false);
    const double subtitleWidth = QFontMetricsF(font).horizontalAdvance(box_.subtitle);
    const double room = r.width() - 20;
    const QSizeF text = subtitleWidth <= room - titleWidth
                            ? QSizeF(titleWidth + subtitleWidth, 18)
                            : QSizeF(std::max(titleWidth, std::min(subtitleWidth, room)), 35);
    return QRectF(r.topLeft() + QPointF(8, 3), QSizeF(std::min(text.width(), room) + 4, text.height()));
}

void BoxItem::setHub(bool hub) {
    if (hub_ == hub) return;
    hub_ = hub;
    update();
}

// Far away (a 500-VNet estate at fit) shrinking the drawing leaves text a pixel tall: this level
// hides instead (level of detail, Qt's chip example). Subnets and what they hold are not drawn;
// VNets and sites keep their fill and a 2-pixel outline, a top-level node (the Internet, a
// circuit) is a dot, whether or not its name finds room; the scene's foreground writes the names
// in a fixed screen size (TopologyScene::overviewLabels).
void BoxItem::paintFar(QPainter* painter, double lod) {
    if (!box_.parent.isEmpty()) return;
    if (!box_.container) { // a dot of 4 pixels, as large as the box allows (its bounds)
        const double radius = std::min(4 / std::max(lod, 1e-3), std::min(size_.width(), size_.height()) / 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 120, 212));
        painter->drawEllipse(QRectF(QPointF(0, 0), size_).center(), radius, radius);
        return;
    }
    painter->setPen(QPen(containerBorder(box_.kind), (hub_ ? 3 : 2) / std::max(lod, 1e-3))); // pixels
    painter->setBrush(containerFill(box_.kind));
    painter->drawRect(QRectF(QPointF(0, 0), size_));
}

void BoxItem::paintNode(QPainter* painter, bool withText) {
    const QRectF r(QPointF(0, 0), size_);
    painter->setPen(QPen(QColor(200, 206, 214), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(r, 6, 6);
    const QRectF icon(r.center().x() - 16, r.top() + 6, 32, 32);
    iconRenderer(iconName(box_.kind))->render(painter, icon);
    if (!withText) return; // 6 px text says nothing: the icon does, and hovering names it
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(30, 35, 40));
    const QFontMetricsF fm(font);
    painter->drawText(QRectF(r.left() + 3, icon.bottom() + 2, r.width() - 6, 16),
                      Qt::AlignHCenter | Qt::AlignTop,
                      fm.elidedText(box_.title, Qt::ElideMiddle, r.width() - 6));
    font.setBold(false);
    // A subtitle a little too wide for the box is set a little smaller before it is cut: the
    // Japanese "ExpressRoute ゲートウェイ" was cut to "ExpressRoute ゲートウ…".
    for (const double size : {7.5, 7.0, 6.5}) {
        font.setPointSizeF(size);
        if (QFontMetricsF(font).horizontalAdvance(box_.subtitle) <= r.width() - 6) break;
    }
    painter->setFont(font);
    painter->setPen(QColor(85, 95, 105));
    const QFontMetricsF small(font);
    painter->drawText(QRectF(r.left() + 3, icon.bottom() + 18, r.width() - 6, 16),
                      Qt::AlignHCenter | Qt::AlignTop,
                      small.elidedText(box_.subtitle, Qt::ElideRight, r.width() - 6));
}

// ---- LinkItem -----------------------------------------------------------------------------

LinkItem::LinkItem(const DiagramLink& link, const BoxItem* from, const BoxItem* to)
    : link_(link), from_(from), to_(to) {
    // A peering joins two VNet boxes: drawn behind every box, so that on a hub with hundreds of
    // spokes the lines do not cross the spokes' titles (they meet at the boxes' edges). Other
    // links reach nodes inside the boxes and stay above the containers.
    setZValue(link.kind == DiagramLinkKind::Peering ? -1 : 2);
    setToolTip(link.label.isEmpty() ? linkText(link.kind) : link.label);
}

void LinkItem::refresh() {
    prepareGeometryChange();
    update();
}

QLineF LinkItem::line() const {
    const QRectF a = from_->sceneBoundingRect().adjusted(3, 3, -3, -3);
    const QRectF b = to_->sceneBoundingRect().adjusted(3, 3, -3, -3);
    return QLineF(borderPoint(a, b.center()), borderPoint(b, a.center()));
}

void LinkItem::setThin(bool thin) {
    if (thin_ == thin) return;
    thin_ = thin;
    update();
}

bool crosses(const QLineF& line, const QRectF& r) {
    if (r.contains(line.p1()) || r.contains(line.p2())) return true;
    const QLineF edges[] = {{r.topLeft(), r.topRight()},
                            {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()},
                            {r.bottomLeft(), r.topLeft()}};
    for (const QLineF& e : edges)
        if (line.intersects(e, nullptr) == QLineF::BoundedIntersection) return true;
    return false;
}

std::vector<QRectF> rectsOnLines(const std::vector<QRectF>& rects, const std::vector<QLineF>& pieces) {
    std::vector<QRectF> out;
    for (const QRectF& r : rects)
        if (std::any_of(pieces.begin(), pieces.end(),
                        [&](const QLineF& piece) { return crosses(piece, r.adjusted(-3, -3, 3, 3)); }))
            out.push_back(r);
    return out;
}

std::optional<QRegion> regionOutside(const QRectF& bounds, const std::vector<QRectF>& hidden) {
    if (hidden.empty() || hidden.size() > kMaxOccluders) return std::nullopt;
    QRegion covered;
    for (const QRectF& r : hidden)
        covered += r.toAlignedRect();
    return QRegion(bounds.toAlignedRect()) - covered;
}

QRectF LinkItem::labelRect() const {
    if (link_.label.isEmpty() || thin_) return {};
    const QFontMetricsF fm(labelFont());
    const QLineF l = line();
    return QRectF(l.center() - QPointF(fm.horizontalAdvance(link_.label) / 2 + 4, 9),
                  QSizeF(fm.horizontalAdvance(link_.label) + 8, 16));
}

QRectF LinkItem::boundingRect() const {
    const QLineF l = line();
    return QRectF(l.p1(), l.p2()).normalized().adjusted(-60, -20, 60, 20);
}

void LinkItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(100, 110, 120), 2);
    if (link_.kind == DiagramLinkKind::ExpressRoute || link_.kind == DiagramLinkKind::SiteCircuit)
        pen = QPen(QColor(106, 63, 181), 3.5);
    else if (link_.kind == DiagramLinkKind::Vpn)
        pen = QPen(QColor(11, 138, 106), 3, Qt::DashDotLine);
    else if (link_.kind == DiagramLinkKind::Peering && thin_) {
        pen = QPen(QColor(0, 120, 212, 110), 1);
        pen.setCosmetic(true);
    } else if (link_.kind == DiagramLinkKind::Peering)
        pen = QPen(QColor(0, 120, 212), 3, Qt::DashLine);
    else if (link_.kind == DiagramLinkKind::BgpPeer)
        pen = QPen(QColor(31, 122, 140), 1.5, Qt::DotLine);
    else if (link_.kind == DiagramLinkKind::Nat)
        pen = QPen(QColor(47, 133, 90), 1.5);
    painter->setPen(pen);
    const QLineF l = line();
    // A link between boxes inside VNets goes behind the other VNets and sites on its way (an
    // ExpressRoute connection drawn across a spoke read as if the spoke were connected; peerings
    // are behind every box already, by their z).
    painter->save();
    if (link_.kind != DiagramLinkKind::Peering && scene()) {
        std::vector<QRectF> hidden;
        const auto holds = [](const BoxItem* outer, const BoxItem* inner) {
            return outer->sceneBoundingRect().contains(inner->sceneBoundingRect());
        };
        for (QGraphicsItem* item :
             scene()->items(QRectF(l.p1(), l.p2()).normalized().adjusted(-1, -1, 1, 1))) {
            const auto* box = dynamic_cast<const BoxItem*>(item);
            if (!box || !box->box().container) continue;
            // Under every container title it crosses ("GatewaySubnet" was crossed out by the
            // connection from its gateway), and behind the top-level boxes it only passes.
            if (lod >= BoxItem::kNameDetail) hidden.push_back(box->labelRect());
            if (!box->box().parent.isEmpty()) continue;
            if (box == from_ || box == to_ || holds(box, from_) || holds(box, to_)) continue;
            hidden.push_back(box->sceneBoundingRect());
        }
        if (const auto visible = regionOutside(boundingRect(), rectsOnLines(hidden, {l})))
            painter->setClipRegion(*visible, Qt::IntersectClip);
    }
    painter->drawLine(l);
    painter->restore();
    if (lod < 0.5 || link_.label.isEmpty() || thin_) return;
    painter->setFont(labelFont());
    const QRectF label = labelRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(label, 3, 3);
    painter->setPen(pen.color().darker(120));
    painter->drawText(label, Qt::AlignCenter, link_.label);
}

} // namespace pathlight
