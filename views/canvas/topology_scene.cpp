#include "canvas/topology_scene.h"

#include "text/message_text.h"

#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>

#include "panels/palette_panel.h"
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
    case Verdict::Dropped:
        return QColor(165, 29, 42);
    case Verdict::Loop:
        return QColor(156, 54, 181);
    case Verdict::Asymmetric:
        return QColor(217, 72, 15);
    }
    return Qt::gray;
}

void TopologyScene::setDiagram(const Diagram& diagram) {
    paths_.clear();
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
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 260, 60));
}

void TopologyScene::showTraces(const std::vector<const Trace*>& traces) {
    for (auto* item : paths_) {
        removeItem(item);
        delete item;
    }
    paths_.clear();
    int offset = 0;
    for (const Trace* t : traces) {
        std::vector<PathItem::Stop> stops;
        for (std::size_t i = 0; i < t->hops.size(); ++i) {
            // Hops the diagram does not draw (catalog endpoints, the outside client) sit at the Internet.
            const BoxItem* box = boxes_.value(QString::fromStdString(t->hops[i].node));
            if (!box) box = boxes_.value(kInternetNodeId);
            if (!box) continue;
            // On a node, mark its icon (the name stays readable); on a container, its title bar.
            const QRectF r = box->box().rect;
            QPointF p = box->box().container ? QPointF(r.right() - 20, r.top() + 14)
                                             : QPointF(r.center().x(), r.top() + 22);
            p += QPointF(offset, offset);
            if (!stops.empty() && stops.back().point == p) p += QPointF(14, 14);
            stops.push_back({p, QString::number(i + 1)});
        }
        auto* item = new PathItem(std::move(stops), verdictColor(t->verdict), displayVerdict(t->verdict));
        addItem(item);
        paths_.push_back(item);
        offset += 8;
    }
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
