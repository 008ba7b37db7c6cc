#include "canvas/topology_view.h"

#include <QWheelEvent>

namespace pathlight {

TopologyView::TopologyView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
}

void TopologyView::zoomBy(double factor) {
    const double next = zoom() * factor;
    if (next < 0.05 || next > 8) return; // keep the drawing findable
    scale(factor, factor);
    emit zoomChanged(zoom());
}

void TopologyView::fitAll() {
    if (!scene()) return;
    fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

void TopologyView::resetZoom() {
    setTransform(QTransform());
    emit zoomChanged(zoom());
}

void TopologyView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return QGraphicsView::wheelEvent(event);
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

} // namespace pathlight
