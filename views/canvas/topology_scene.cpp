#include "canvas/topology_scene.h"

#include "text/message_text.h"

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
    clear();
    diagram_ = diagram;
    for (const auto& box : diagram_.boxes) {
        auto* item = new BoxItem(box);
        addItem(item);
        boxes_.insert(box.id, item);
    }
    for (const auto& link : diagram_.links) {
        const BoxItem* from = boxes_.value(link.from);
        const BoxItem* to = boxes_.value(link.to);
        if (from && to) addItem(new LinkItem(link, from, to));
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

QString TopologyScene::selectedId() const {
    const auto items = selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kIdRole).toString();
}

} // namespace pathlight
