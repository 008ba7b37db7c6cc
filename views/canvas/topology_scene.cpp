#include "canvas/topology_scene.h"

#include "panels/hop_text.h"
#include "text/message_text.h"

#include <QFontMetricsF>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>

#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <limits>

#include "panels/palette_panel.h"
#include <algorithm>
#include <cmath>

namespace pathlight {

TopologyScene::TopologyScene(QObject* parent) : QGraphicsScene(parent) {
    setBackgroundBrush(QColor(250, 251, 252));
}

QColor TopologyScene::verdictColor(Verdict v) {
    switch (v) {
    case Verdict::Delivered:
        return QColor(47, 158, 68);
    case Verdict::Denied:
        return QColor(224, 49, 49);
    case Verdict::Rejected:
        return QColor(240, 140, 0);
    case Verdict::NoRoute:
        return QColor(110, 117, 125);
    case Verdict::Dropped: // brown, not a second red beside "denied" (newcomer walk)
        return QColor(133, 82, 40);
    case Verdict::Loop:
        return QColor(156, 54, 181);
    case Verdict::Asymmetric: // blue: the request arrived, the reply takes another way
        return QColor(25, 113, 194);
    }
    return Qt::gray;
}

void TopologyScene::setDiagram(const Diagram& diagram) {
    paths_.clear();
    replyPath_ = nullptr;
    callouts_.clear();
    packet_ = nullptr;
    boxes_.clear();
    links_.clear();
    rubberLine_ = nullptr;
    connectFrom_.clear();
    lastPositions_.clear();
    clear();
    diagram_ = diagram;
    for (const auto& box : diagram_.boxes) {
        auto* item = new BoxItem(box);
        addItem(item);
        boxes_.insert(box.id, item);
        lastPositions_.insert(item, item->pos());
    }
    for (const auto& link : diagram_.links) {
        const BoxItem* from = boxes_.value(link.from);
        const BoxItem* to = boxes_.value(link.to);
        if (from && to) {
            auto* item = new LinkItem(link, from, to);
            addItem(item);
            links_.push_back(item);
        }
    }
    // A VNet peered with three or more others is a hub: its name stands out in the overview.
    QHash<QString, int> peerings;
    for (const auto& link : diagram_.links)
        if (link.kind == DiagramLinkKind::Peering) {
            ++peerings[link.from];
            ++peerings[link.to];
        }
    for (auto it = peerings.cbegin(); it != peerings.cend(); ++it)
        if (BoxItem* box = boxes_.value(it.key()); box && it.value() >= 3) box->setHub(true);
    // A hub's many peerings are one fan of thin lines: 500 dashed 3-unit lines were a blue wall
    // around the hub and over its neighbours' names.
    for (LinkItem* link : links_)
        if (link->kind() == DiagramLinkKind::Peering)
            link->setThin(std::max(peerings.value(link->fromId()), peerings.value(link->toId())) >
                          kFanPeerings);
    hint_ = nullptr;
    if (diagram_.boxes.size() <= 1) { // only the Internet: an empty design says where to begin
        hint_ = addText(tr("An empty design. Choose an object in the Palette and click here to place it "
                           "(a VNet first), or open one: File ▸ New from scenario…, File ▸ Open example."));
        hint_->setTextWidth(360);
        hint_->setDefaultTextColor(QColor(110, 110, 110));
        const QRectF internet = diagram_.boxes.empty() ? QRectF() : diagram_.boxes.front().rect;
        hint_->setPos(internet.left() - 420, internet.top());
    }
    // A margin that grows with the drawing: at the zoom that shows a 500-spoke estate whole, the
    // view can still centre an object at its edge (60 units were 2 pixels there).
    const QRectF items = itemsBoundingRect();
    const double margin = std::max(60.0, 0.1 * std::max(items.width(), items.height()));
    setSceneRect(items.adjusted(-margin, -margin, margin + 200, margin));
}

Diagram TopologyScene::drawnDiagram() const {
    Diagram drawn = diagram_;
    for (DiagramBox& box : drawn.boxes)
        if (const BoxItem* item = boxes_.value(box.id)) box.rect = QRectF(item->pos(), item->size());
    return drawn;
}

bool TopologyScene::showsDiagram() const {
    for (const BoxItem* box : std::as_const(boxes_))
        if (box->pos() != box->box().rect.topLeft() || box->size() != box->box().rect.size()) return false;
    return true;
}

void TopologyScene::clearMarkers() {
    for (BoxItem* box : std::as_const(boxes_))
        if (box->hasMarker()) box->setMarker(Qt::transparent, {});
}

const BoxItem* TopologyScene::hopBox(const Hop& hop) const {
    // Hops the diagram does not draw (catalog endpoints, the outside client) sit at the Internet.
    const BoxItem* box = boxes_.value(QString::fromStdString(hop.node));
    return box ? box : boxes_.value(kInternetNodeId);
}

namespace {

// Where a path's markers and bends lie (a bend over a container is part of the path).
QRectF stopsRect(const PathItem& path) {
    QRectF r;
    for (const HopStop& stop : path.stops()) {
        r |= QRectF(stop.point - QPointF(20, 20), QSizeF(40, 40));
        for (const QPointF& v : stop.via)
            r |= QRectF(v - QPointF(10, 10), QSizeF(20, 20));
    }
    return r;
}

} // namespace

void TopologyScene::routeAroundTitles(std::vector<HopStop>& stops) const {
    // A straight segment between two stops outside a container that runs across its title (the
    // demo's path from the site to the Internet crossed "vnet-app 10.1.0.0/16") goes over the
    // container instead: up, across above it, and down.
    for (std::size_t i = 1; i < stops.size(); ++i) {
        const QPointF a = stops[i - 1].point, b = stops[i].point;
        double above = std::numeric_limits<double>::max();
        for (const BoxItem* box : std::as_const(boxes_)) {
            if (!box->box().container) continue;
            const QRectF r(box->pos(), box->size());
            if (r.contains(a) || r.contains(b)) continue;
            if (crosses(QLineF(a, b), QRectF(r.topLeft(), QSizeF(r.width(), 30))))
                above = std::min(above, r.top());
        }
        if (above == std::numeric_limits<double>::max()) continue;
        const double y = std::min({above - 18, a.y(), b.y()});
        stops[i].via = {QPointF(a.x(), y), QPointF(b.x(), y)};
    }
}

void TopologyScene::showTraces(const std::vector<const Trace*>& traces,
                               const std::vector<FindingFixes>* fixes) {
    for (QGraphicsItem* item : paths_) {
        removeItem(item);
        delete item;
    }
    for (QGraphicsItem* item : callouts_) {
        removeItem(item);
        delete item;
    }
    paths_.clear();
    replyPath_ = nullptr;
    callouts_.clear();
    setPacketAt(-1);
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                          Qt::DashDotDotLine};
    QSet<QString> involved;
    int offset = 0;
    for (std::size_t n = 0; n < traces.size(); ++n) {
        const Trace* t = traces[n];
        std::vector<HopStop> stops;
        for (std::size_t i = 0; i < t->hops.size(); ++i) {
            const Hop& hop = t->hops[i];
            const BoxItem* box = hopBox(hop);
            if (!box) continue;
            for (const BoxItem* b = box; b; b = boxes_.value(b->box().parent))
                involved.insert(b->box().id);
            // On a node, mark its icon (the name stays readable); on a container, its title bar.
            const QRectF r(box->pos(), box->size());
            QPointF p = box->box().container ? QPointF(r.right() - 20, r.top() + 14)
                                             : QPointF(r.center().x(), r.top() + 22);
            p += QPointF(offset, offset);
            if (!stops.empty() && stops.back().point == p) p += QPointF(16, 0);
            HopStop stop{p, int(i), hopSummary(*t, i), {}, {}, {}};
            for (const auto& d : hop.nsg)
                stop.badges.push_back({d.access == Access::Deny ? HopBadge::Deny
                                       : d.hidden               ? HopBadge::HiddenAllow
                                                                : HopBadge::Allow,
                                       nsgText(d)});
            if (hop.sourceTranslated)
                stop.badges.push_back({HopBadge::Translated, tr("Source translated: %1 → %2")
                                                                 .arg(addressText(hop.before.source),
                                                                      addressText(hop.after.source))});
            stops.push_back(std::move(stop));
        }
        routeAroundTitles(stops);
        QString detail;
        if (t->verdict == Verdict::Delivered) {
            detail = tr("seen as %1").arg(addressText(t->apparentSource));
        } else {
            if (const Finding* why = verdictFinding(*t)) detail = displayText(why->message);
        }
        auto* item = new PathItem(std::move(stops), verdictColor(t->verdict), styles[n % 5],
                                  displayVerdict(t->verdict), detail);
        item->onHopClicked = [this, id = QString::fromStdString(t->flowId)](int hop) {
            emit hopClicked(id, hop);
        };
        item->setToolTip(visible(t->flowName.empty() ? t->flowId : t->flowName));
        addItem(item);
        paths_.push_back(item);
        offset += 8;
    }
    // A single flow: its reply as the request's twin, dotted, its stops numbered R1, R2, ...
    // beside the request's (trace-contract.md, "Additions": returnHops).
    if (traces.size() == 1 && !traces.front()->returnHops.empty()) {
        const Trace* t = traces.front();
        std::vector<HopStop> stops;
        for (std::size_t i = 0; i < t->returnHops.size(); ++i) {
            const Hop& hop = t->returnHops[i];
            const BoxItem* box = hopBox(hop);
            if (!box) continue;
            for (const BoxItem* b = box; b; b = boxes_.value(b->box().parent))
                involved.insert(b->box().id); // what the reply crosses does not fade either
            const QRectF r(box->pos(), box->size());
            // On a node, beside the request's marker on the icon row (the name below stays readable).
            QPointF p = box->box().container ? QPointF(r.right() - 20, r.top() + 40)
                                             : QPointF(r.center().x() + 28, r.top() + 22);
            // Never on top of another marker (newcomer walk: R3 hid hop 3 where the request
            // visited a node twice): step right until it is clear of every marker so far.
            const auto taken = [&](const QPointF& at) {
                for (const HopStop& s : paths_.front()->stops())
                    if (QLineF(s.point, at).length() < kMarkerClearance) return true;
                for (const HopStop& s : stops)
                    if (QLineF(s.point, at).length() < kMarkerClearance) return true;
                return false;
            };
            for (int tries = 0; tries < 8 && taken(p); ++tries)
                p += QPointF(kMarkerClearance, 0);
            HopStop stop{p,
                         int(i),
                         hop.step.sourceText && *hop.step.sourceText ? displayText(hop.step) : QString(),
                         tr("R%1").arg(i + 1),
                         {},
                         {}};
            if (hop.sourceTranslated)
                stop.badges.push_back({HopBadge::Translated, tr("Source translated: %1 → %2")
                                                                 .arg(addressText(hop.before.source),
                                                                      addressText(hop.after.source))});
            stops.push_back(std::move(stop));
        }
        // A reply that comes back ends at the client with its own label; one that does not stops
        // where the request's verdict and callout already say so, and adds no label there.
        const bool back = t->verdict != Verdict::Asymmetric;
        auto* reply = new PathItem(
            std::move(stops), back ? verdictColor(Verdict::Delivered) : verdictColor(t->verdict), Qt::DotLine,
            back ? tr("reply") : QString(), back ? tr("back to the client") : QString());
        reply->setToolTip(tr("Reply of %1").arg(visible(t->flowName.empty() ? t->flowId : t->flowName)));
        addItem(reply);
        paths_.push_back(reply);
        replyPath_ = reply;
    }
    // Points every 10 units along the shown lines, the request's and the reply's.
    std::vector<QPointF> lineSamples;
    for (const PathItem* p : paths_)
        for (std::size_t k = 1; k < p->stops().size(); ++k) {
            QPointF from = p->stops()[k - 1].point;
            std::vector<QPointF> bends = p->stops()[k].via;
            bends.push_back(p->stops()[k].point);
            for (const QPointF& to : bends) {
                const QLineF piece(from, to);
                const int n = std::min(2000, int(piece.length() / 10));
                for (int j = 0; j <= n; ++j)
                    lineSamples.push_back(piece.pointAt(n == 0 ? 0 : double(j) / n));
                from = to;
            }
        }
    // End labels where they cover no label and stay inside the drawing: above or below the last
    // stop, right of it first.
    {
        std::vector<QRectF> labels;
        QRectF drawing;
        for (const BoxItem* box : std::as_const(boxes_)) {
            const QRectF r = box->sceneBoundingRect();
            drawing |= r;
            labels.push_back(box->box().container ? QRectF(r.topLeft(), QSizeF(r.width(), 30)) : r);
        }
        for (PathItem* path : paths_) {
            const QSizeF size = path->endLabelSize();
            if (path->stops().empty() || size.isEmpty()) continue;
            const QPointF last = path->stops().back().point;
            // Right or left of the stop, above or below it, stepping further out (at a small cost)
            // until a place covers no name.
            std::vector<std::pair<QPointF, double>> corners;
            for (int ring = 0; ring < 4; ++ring) {
                const double dy = ring * 34;
                for (const double x : {16.0, -16 - size.width()})
                    for (const double y : {-48 - dy, 26 + dy})
                        corners.push_back({last + QPointF(x, y), ring * 40.0});
            }
            double best = 1e18;
            for (const auto& [corner, distance] : corners) {
                const QRectF r(corner, size);
                double cost = distance;
                for (const QRectF& o : labels) {
                    const QRectF overlap = r & o;
                    cost += overlap.width() * overlap.height();
                }
                for (const QPointF& p : lineSamples) // over the flow's line it hid it (newcomer walk)
                    if (r.contains(p)) cost += 100;
                const QRectF inside = r & drawing.adjusted(-30, -60, 30, 60);
                cost += 4 * (size.width() * size.height() - inside.width() * inside.height());
                if (cost < best) {
                    best = cost;
                    path->setEndLabelCorner(corner);
                }
            }
            labels.push_back(path->endLabelRect());
        }
    }
    // Each line goes under the cards, container titles and link labels it passes.
    std::vector<QRectF> occluders;
    for (const BoxItem* box : std::as_const(boxes_))
        occluders.push_back(box->labelRect());
    for (const LinkItem* link : std::as_const(links_))
        if (const QRectF r = link->labelRect(); !r.isEmpty()) occluders.push_back(r);
    for (PathItem* path : paths_)
        path->setOccluders(occluders);
    // A single flow: its findings as callouts near what they are about, each where it covers the
    // fewest labels, end labels and other callouts.
    if (traces.size() == 1) {
        const Trace* t = traces.front();
        const PathItem* path = paths_.front();
        // What a callout must not cover: what a line goes under (cards, titles' text, link
        // labels), the end labels and the callouts placed before it.
        std::vector<QRectF> obstacles = occluders;
        for (const PathItem* p : paths_)
            if (!p->endLabelRect().isNull()) obstacles.push_back(p->endLabelRect());
        const QRectF content = contentRect();
        for (std::size_t i = 0; i < t->findings.size(); ++i) {
            const Finding& f = t->findings[i];
            if (f.severity == Severity::Info) continue;
            bool applicable = false, explained = false;
            if (fixes && i < fixes->size())
                for (const auto& v : (*fixes)[i].fixes)
                    (v.fix.applicable() ? applicable : explained) = true;
            const QString code = QString::fromStdString(f.code);
            const QString hint = applicable  ? tr("%1 — click for the fixes").arg(code)
                                 : explained ? tr("%1 — click for the alternatives").arg(code)
                                             : tr("%1 — click for details").arg(code);
            QPointF anchor;
            bool found = false;
            for (const HopStop& s : path->stops())
                if (s.hop == f.hop) {
                    anchor = s.point;
                    found = true;
                }
            if (const BoxItem* box = boxes_.value(QString::fromStdString(f.object)); box && !found) {
                anchor = box->pos() + QPointF(box->size().width() / 2, 0);
                found = true;
            }
            if (!found && !path->stops().empty()) anchor = path->stops().back().point;
            auto* callout =
                new CalloutItem(anchor, displayText(f.message), hint,
                                f.severity == Severity::Error ? QColor(224, 49, 49) : QColor(240, 140, 0));
            const QSizeF size = callout->boxSize();
            // What a place costs: covered names (4 per unit of area), covered line (400 a sample,
            // as much as a label piece: the demo's callout lay across hops 4 to 5), and the part
            // past the drawing's edge (0.5 per unit: the fit zooms out to show it, contentRect
            // takes callouts in; less bad than a covered name, worse than empty space inside).
            const auto placeCost = [&](const QPointF& offset) {
                const QRectF r(anchor + offset, size);
                double cost = 0;
                for (const QRectF& o : obstacles) {
                    const QRectF overlap = r & o;
                    cost += 4 * overlap.width() * overlap.height();
                }
                for (const QPointF& p : lineSamples)
                    if (r.contains(p)) cost += 400;
                const QRectF inside = r & content;
                return cost + 0.5 * (r.width() * r.height() - inside.width() * inside.height());
            };
            double best = 1e18;
            QPointF bestOffset;
            for (int ring = 0; ring < 6 && best > 0; ++ring) {
                const double up = 128 + ring * 70, down = 40 + ring * 70, side = 40 + (ring % 3) * 90;
                const double w = size.width(), h = size.height();
                for (const QPointF offset :
                     {QPointF(side, -up), QPointF(-side - w, -up), QPointF(side, down),
                      QPointF(-side - w, down), QPointF(side + 60, -h / 2), QPointF(-side - 60 - w, -h / 2),
                      QPointF(-w / 2, -up + 40 - h), QPointF(-w / 2, down + 20)}) {
                    const double cost = ring * 100.0 + placeCost(offset); // nearer is better
                    if (cost < best) {
                        best = cost;
                        bestOffset = offset;
                    }
                }
            }
            // Not free nearby: any place within reach, on a 40-unit grid, nearer is better (a
            // callout lay on the flow's line with free space beside it: newcomer walk).
            if (best > 600) {
                for (double dy = -480; dy <= 400; dy += 40)
                    for (double dx = -600 - size.width(); dx <= 600; dx += 40) {
                        const QPointF offset(dx, dy);
                        const QPointF centre = anchor + offset + QPointF(size.width(), size.height()) / 2;
                        const double cost = placeCost(offset) + 0.5 * QLineF(anchor, centre).length();
                        if (cost < best) {
                            best = cost;
                            bestOffset = offset;
                        }
                    }
            }
            // Then nudged, a few units at a time, while that uncovers something: the places above
            // are coarse, and one a little off lay over a card's edge.
            for (int round = 0; round < 40; ++round) {
                const double here = placeCost(bestOffset);
                if (here == 0) break;
                QPointF step;
                double better = here;
                for (const double d : {6.0, 12.0, 24.0, 48.0})
                    for (const QPointF dir : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, 1), QPointF(0, -1)})
                        if (const double c = placeCost(bestOffset + dir * d); c < better) {
                            better = c;
                            step = dir * d;
                        }
                if (step.isNull()) break;
                bestOffset += step;
            }
            callout->setBoxOffset(bestOffset);
            callout->setOccluders(occluders);
            obstacles.push_back(callout->box().adjusted(-6, -6, 6, 6));
            callout->onClicked = [this, id = QString::fromStdString(t->flowId), hop = f.hop] {
                emit hopClicked(id, hop);
            };
            addItem(callout);
            callouts_.push_back(callout);
        }
    }
    // What the shown flows do not cross steps back.
    for (BoxItem* box : std::as_const(boxes_))
        box->setFaded(!traces.empty() && !involved.contains(box->box().id));
    for (LinkItem* link : links_)
        link->setOpacity(traces.empty() ||
                                 (involved.contains(link->fromId()) && involved.contains(link->toId()))
                             ? 1.0
                             : BoxItem::kFadedOpacity);
}

void TopologyScene::setPacketAt(int hop, bool reply) {
    const HopStop* at = nullptr;
    const PathItem* path = reply ? replyPath_ : paths_.empty() ? nullptr : paths_.front();
    if (path)
        for (const HopStop& s : path->stops())
            if (s.hop == hop) at = &s;
    if (!at) {
        if (packet_) {
            removeItem(packet_);
            delete packet_;
            packet_ = nullptr;
        }
        return;
    }
    if (!packet_) {
        packet_ = new PacketItem;
        addItem(packet_);
    }
    packet_->setPos(at->point + QPointF(0, -24));
}

QRectF TopologyScene::contentRect() const {
    QRectF r;
    for (const BoxItem* box : boxes_)
        r |= box->sceneBoundingRect();
    if (hint_) r |= hint_->sceneBoundingRect(); // an empty design fits its hint, legible
    for (const PathItem* path : paths_) {
        r |= stopsRect(*path);
        r |= path->endLabelRect(); // a denied flow's label above a VM at the top was cut by the fit
    }
    for (const CalloutItem* callout : callouts_)
        r |= callout->box(); // placed inside the drawing when it can be, never cut by the fit
    return r;
}

QRectF TopologyScene::pathsRect() const {
    QRectF r;
    for (const PathItem* path : paths_) {
        r |= stopsRect(*path);
        r |= path->endLabelRect();
    }
    return r;
}

QPointF TopologyScene::packetPosition() const {
    return packet_ ? packet_->pos() : QPointF();
}

void TopologyScene::boxMoved(QGraphicsItem* item) {
    auto* box = static_cast<BoxItem*>(item);
    const QPointF delta = box->pos() - lastPositions_.value(box, box->pos());
    lastPositions_[box] = box->pos();
    // Direct contents move with their container (their own contents follow in turn); when the
    // user drags several selected boxes, each moves itself.
    if (box->box().container && !delta.isNull())
        for (BoxItem* child : std::as_const(boxes_))
            if (child->box().parent == box->box().id && !child->isSelected())
                child->setPos(child->pos() + delta);
    for (LinkItem* link : links_)
        if (link->touches(box)) link->refresh();
}

QString TopologyScene::containerAt(const QPointF& point) const {
    // Items under the point, topmost first: the first box wins (a node inside a subnet gives the
    // node, which the factory maps to its subnet).
    for (QGraphicsItem* item : items(point))
        if (auto* box = dynamic_cast<BoxItem*>(item)) return box->box().id;
    return {};
}

QString TopologyScene::subnetAt(const QPointF& point, const QString& except) const {
    for (const BoxItem* box : std::as_const(boxes_))
        if (box->box().kind == BoxKind::Subnet && box->box().id != except &&
            QRectF(box->pos(), box->size()).contains(point))
            return box->box().id;
    return {};
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (!placingKind_.isEmpty() && event->button() == Qt::LeftButton) {
        const QString kind = placingKind_;
        placingKind_.clear();
        emit placeRequested(kind, event->scenePos(), containerAt(event->scenePos()));
        event->accept();
        return;
    }
    if ((connecting_ || drawingFlow_) && event->button() == Qt::LeftButton) {
        // Containers are targets too (VNets for peerings, sites for connections).
        connectFrom_ = containerAt(event->scenePos());
        if (!connectFrom_.isEmpty()) {
            rubberLine_ =
                addLine(QLineF(event->scenePos(), event->scenePos()),
                        QPen(drawingFlow_ ? QColor(47, 158, 68) : QColor(255, 140, 0), 2, Qt::DashLine));
            rubberLine_->setZValue(20);
        }
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (rubberLine_) {
        rubberLine_->setLine(QLineF(rubberLine_->line().p1(), event->scenePos()));
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::dragEnterEvent(QGraphicsSceneDragDropEvent* event) {
    event->setAccepted(event->mimeData()->hasFormat(kPaletteMimeType));
}

void TopologyScene::dragMoveEvent(QGraphicsSceneDragDropEvent* event) {
    event->setAccepted(event->mimeData()->hasFormat(kPaletteMimeType));
}

void TopologyScene::dropEvent(QGraphicsSceneDragDropEvent* event) {
    const QString kind = QString::fromUtf8(event->mimeData()->data(kPaletteMimeType));
    if (kind.isEmpty()) return;
    event->acceptProposedAction();
    emit placeRequested(kind, event->scenePos(), containerAt(event->scenePos()));
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if ((connecting_ || drawingFlow_) && !connectFrom_.isEmpty()) {
        if (rubberLine_) {
            removeItem(rubberLine_);
            delete rubberLine_;
            rubberLine_ = nullptr;
        }
        // The line's own item is gone; what is under the cursor now is the target.
        const QString from = connectFrom_;
        connectFrom_.clear();
        const QString to = containerAt(event->scenePos());
        if (drawingFlow_)
            emit flowRequested(from, to == from ? QString() : to);
        else if (!to.isEmpty() && to != from)
            emit connectRequested(from, to);
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    commitMoves();
}

void TopologyScene::commitMoves() {
    // One step for the whole gesture, however many boxes moved along.
    QList<QPair<QString, QRectF>> moved;
    for (BoxItem* box : std::as_const(boxes_)) {
        if (box->pos() == box->filePosition() && box->size() == box->box().rect.size()) continue;
        // Snap to the grid as the drag ends.
        const QPointF snapped(std::round(box->pos().x() / kGrid) * kGrid,
                              std::round(box->pos().y() / kGrid) * kGrid);
        moved.append({box->box().id, QRectF(snapped, box->size())});
    }
    if (!moved.isEmpty()) emit boxesMoved(moved);
}

QString TopologyScene::selectedId() const {
    const QStringList ids = selectedIds();
    return ids.isEmpty() ? QString() : ids.first();
}

QStringList TopologyScene::selectedIds() const {
    QStringList ids;
    for (QGraphicsItem* item : selectedItems())
        if (auto* box = dynamic_cast<BoxItem*>(item)) ids << box->box().id;
    // Stable order (the scene's is not), so commands built from a selection repeat exactly.
    ids.sort();
    return ids;
}

void TopologyScene::selectIds(const QStringList& ids) {
    clearSelection();
    for (const QString& id : ids)
        if (BoxItem* item = boxes_.value(id)) item->setSelected(true);
}

} // namespace pathlight

namespace pathlight {

QFont TopologyScene::overviewFont(bool hub) {
    QFont font;
    font.setPixelSize(hub ? 15 : 11);
    font.setBold(true);
    return font;
}

std::vector<TopologyScene::OverviewLabel> TopologyScene::overviewLabels(const QTransform& toDevice,
                                                                        const QRectF& area) const {
    std::vector<OverviewLabel> out;
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(toDevice);
    if (lod >= BoxItem::kNameDetail) return out;
    const bool far = lod < BoxItem::kFarDetail; // contents hidden: names centred, nodes as dots
    std::vector<const BoxItem*> tops;
    for (const BoxItem* box : boxes_)
        if (box->box().parent.isEmpty() && area.intersects(toDevice.mapRect(box->sceneBoundingRect())))
            tops.push_back(box);
    auto area2 = [](const BoxItem* b) { return b->size().width() * b->size().height(); };
    // Hubs first, then the other landmarks (sites, circuits, the Internet), then VNets by size.
    const auto rank = [](const BoxItem* b) {
        return b->isHub() ? 0 : b->box().kind != BoxKind::Vnet ? 1 : 2;
    };
    std::sort(tops.begin(), tops.end(), [&](const BoxItem* a, const BoxItem* b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        if (area2(a) != area2(b)) return area2(a) > area2(b);
        return a->box().id < b->box().id;
    });
    for (const BoxItem* box : tops) {
        const QFontMetricsF fm(overviewFont(box->isHub()));
        const QRectF onScreen = toDevice.mapRect(box->sceneBoundingRect());
        OverviewLabel label{box->box().id, {}, {}, {}, box->isHub(), box->isFaded()};
        // A spoke's name stays inside its box (hundreds of names floating over their neighbours
        // would not say whose they are); a hub, a site, a circuit or the Internet, few and the
        // landmarks of the picture, are named over or under their box when it is too small.
        const bool landmark = box->isHub() || box->box().kind != BoxKind::Vnet;
        const QRectF inside = onScreen.adjusted(3, 3, -3, -3);
        const bool roomInside = inside.width() >= 4 * fm.averageCharWidth() && inside.height() >= fm.height();
        if (!landmark && !roomInside) continue; // hovering names it, zooming in shows it
        const QString& title = box->box().title;
        QSizeF text;
        if (landmark) { // whole where it can be, over or beside its box
            label.text = fm.elidedText(title, Qt::ElideMiddle, 180 - 6);
        } else if (fm.horizontalAdvance(title) <= inside.width() - 6) {
            label.text = title;
        } else {
            // A narrow box: the name on several lines where it breaks (spoke-123-prod at its
            // hyphens) if they fit, else no name: a name cut in the middle tells no box apart.
            const QRectF wrapped = fm.boundingRect(QRectF(0, 0, inside.width() - 6, 1e6),
                                                   Qt::TextWordWrap | Qt::AlignHCenter, title);
            // Only where the contents are hidden: over them, a second line covered a VM's icon.
            if (far && wrapped.width() <= inside.width() - 6 && wrapped.height() <= inside.height() - 2) {
                label.text = title;
                label.wrapped = true;
                text = wrapped.size() + QSizeF(6, 2);
            } else {
                continue; // cut, 500 spokes all read "spo…rod": hovering names it, zooming shows it
            }
        }
        if (text.isEmpty()) text = QSizeF(fm.horizontalAdvance(label.text) + 6, fm.height() + 2);
        const auto centredAt = [&](QPointF c) {
            return QRectF(c - QPointF(text.width(), text.height()) / 2, text);
        };
        std::vector<QRectF> candidates;     // the first free one is taken
        if (!box->box().container && far) { // a node: a dot, its name beneath, else above, right, left
            label.dot = onScreen.center();
            const QPointF d = label.dot;
            const double gap = text.height() / 2 + 6;
            const double side = text.width() / 2 + 7;
            candidates = {centredAt(d + QPointF(0, gap)),     centredAt(d - QPointF(0, gap)),
                          centredAt(d + QPointF(side, 0)),    centredAt(d - QPointF(side, 0)),
                          centredAt(d + QPointF(side, gap)),  centredAt(d + QPointF(-side, gap)),
                          centredAt(d + QPointF(side, -gap)), centredAt(d + QPointF(-side, -gap)),
                          centredAt(d + QPointF(0, 3 * gap)), centredAt(d - QPointF(0, 3 * gap))};
        } else if (!box->box().container) { // a node drawn with its icon: the name beneath it
            const double gap = text.height() / 2 + 1;
            candidates = {centredAt({onScreen.center().x(), onScreen.bottom() + gap}),
                          centredAt({onScreen.center().x(), onScreen.top() - gap})};
        } else if (roomInside && text.width() <= inside.width() && text.height() <= inside.height()) {
            // Centred in an empty box; where the contents are drawn, in the title's place.
            candidates = {far ? centredAt(inside.center()) : QRectF(inside.topLeft() + QPointF(2, 1), text)};
        } else { // a landmark too small for its name: over it, else above or below it
            const double gap = text.height() / 2 + 2;
            const QPointF c = onScreen.center();
            const double side = onScreen.width() / 2 + text.width() / 2 + 2;
            candidates = {centredAt(c),
                          centredAt({c.x(), onScreen.top() - gap}),
                          centredAt({c.x(), onScreen.bottom() + gap}),
                          centredAt({c.x() + side, c.y()}),
                          centredAt({c.x() - side, c.y()}),
                          centredAt({c.x(), onScreen.top() - 3 * gap}),
                          centredAt({c.x(), onScreen.bottom() + 3 * gap})};
        }
        // Whole or not at all: a name cut at the window's edge reads as another name ("Intern",
        // ">bold</b>": breaker, session 15).
        const auto isFree = [&](const QRectF& r) {
            return area.contains(r) && std::none_of(out.begin(), out.end(), [&](const OverviewLabel& other) {
                       return other.rect.intersects(r) || (!other.dot.isNull() && r.contains(other.dot)) ||
                              (!label.dot.isNull() && other.rect.contains(label.dot));
                   });
        };
        // Best where it covers no other top-level box either; a strict scene (a thumbnail, too
        // small to say whose name lies over which box) names only such boxes: "Corporate
        // datacenter" written over the circuit beside it read as the circuit's name (newcomer
        // walk).
        const auto clearOfBoxes = [&](const QRectF& r) {
            return isFree(r) && std::none_of(tops.begin(), tops.end(), [&](const BoxItem* other) {
                       return other != box && toDevice.mapRect(other->sceneBoundingRect()).intersects(r);
                   });
        };
        auto chosen = std::find_if(candidates.begin(), candidates.end(), clearOfBoxes);
        if (chosen == candidates.end() && !strictOverview_)
            chosen = std::find_if(candidates.begin(), candidates.end(), isFree);
        if (chosen == candidates.end()) continue;
        label.rect = *chosen;
        out.push_back(label);
    }
    return out;
}

void TopologyScene::drawForeground(QPainter* painter, const QRectF&) {
    // The labels of the whole device, whatever part is repainted: a part alone could choose
    // differently where labels compete for room.
    const QPaintDevice* device = painter->device();
    const auto labels = overviewLabels(painter->worldTransform(),
                                       device ? QRectF(0, 0, device->width(), device->height()) : QRectF());
    if (labels.empty()) return;
    painter->save();
    painter->resetTransform(); // screen pixels
    painter->setRenderHint(QPainter::Antialiasing);
    for (const OverviewLabel& label : labels) {
        painter->setOpacity(label.faded ? BoxItem::kFadedOpacity + 0.2 : 1.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRoundedRect(label.rect, 3, 3);
        painter->setFont(overviewFont(label.hub));
        painter->setPen(label.hub ? QColor(0, 70, 140) : QColor(30, 45, 60));
        painter->drawText(label.rect, Qt::AlignCenter | (label.wrapped ? Qt::TextWordWrap : 0), label.text);
    }
    painter->restore();
}

} // namespace pathlight
