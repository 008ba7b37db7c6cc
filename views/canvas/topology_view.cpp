#include "canvas/topology_view.h"

#include "canvas/topology_scene.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <utility>

namespace pathlight {

TopologyView::TopologyView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    viewport()->grabGesture(Qt::PinchGesture);
}

void TopologyView::zoomBy(double factor, ZoomAnchor anchor) {
    const double next = std::clamp(zoom() * factor, minimumZoom(), maximumZoom());
    if (next == zoom()) return;
    // The wheel and a pinch zoom around the pointer; menu items and keys around the view's
    // centre (newcomer walk: Ctrl+1 with the pointer on empty space showed an empty canvas).
    setTransformationAnchor(anchor == ZoomAnchor::Pointer ? AnchorUnderMouse : AnchorViewCenter);
    stopFollowingFit();
    scale(next / zoom(), next / zoom());
    setTransformationAnchor(AnchorUnderMouse);
    emit zoomChanged(zoom());
}

QRectF TopologyView::drawingRect() const {
    const auto* topology = qobject_cast<const TopologyScene*>(scene());
    const QRectF content = topology  ? topology->contentRect()
                           : scene() ? scene()->itemsBoundingRect()
                                     : QRectF();
    return content.adjusted(-30, -30, 30, 30);
}

double TopologyView::fitZoom() const {
    const QRectF r = drawingRect();
    if (r.isEmpty()) return 1;
    const QRectF v = viewport()->rect().adjusted(2, 2, -2, -2); // fitInView's own margin
    return std::min(v.width() / r.width(), v.height() / r.height());
}

void TopologyView::fitAll() {
    if (!scene()) return;
    updateSceneRect(scene()->sceneRect()); // as showDocument
    adjusting_ = true;
    // The whole drawing is in sight: no scroll bars (the scene's margin for dragging left them
    // at every fit). Set before fitting, so that the fit has the whole viewport.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fitInView(drawingRect(), Qt::KeepAspectRatio);
    adjusting_ = false;
    followsFit_ = true;
    fittedFor_ = size();
    emit zoomChanged(zoom());
}

void TopologyView::stopFollowingFit() {
    followsFit_ = false;
    if (horizontalScrollBarPolicy() == Qt::ScrollBarAsNeeded) return; // each scroll of a pan calls it
    const bool was = std::exchange(adjusting_, true); // the bars coming back move no scroll of the user's
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    adjusting_ = was;
}

void TopologyView::resizeEvent(QResizeEvent* event) {
    const bool refit = followsFit_;
    const bool was = std::exchange(adjusting_, true); // inside fitAll when the fit hid the bars
    QGraphicsView::resizeEvent(event);
    adjusting_ = was;
    // Refit when the view itself changed size (the window, a dock), not when only the viewport
    // did because the fit showed or hid a scroll bar: that refit hid or showed it again, and
    // again, without end (breaker, session 15: Ctrl+0 on a 20-VNet file froze the window).
    if (refit && size() != fittedFor_) fitAll();
}

void TopologyView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    if (!adjusting_) stopFollowingFit();
}

void TopologyView::showDocument() {
    if (!scene()) return;
    // The scene's rect of the document just drawn, now: the view learns of a change only from a
    // queued signal, and until then centring clamps to the previous document's scroll range (the
    // 500-spoke file opened after the demo showed an empty corner).
    updateSceneRect(scene()->sceneRect());
    if (fitZoom() >= kLegibleZoom) return fitAll();
    stopFollowingFit();
    setTransform(QTransform::fromScale(kLegibleZoom, kLegibleZoom));
    // Centred on the flow shown, when one is (on a large design it may lie far from the middle).
    const auto* topology = qobject_cast<const TopologyScene*>(scene());
    const QRectF paths = topology ? topology->pathsRect() : QRectF();
    centerOn(drawingRect().center());
    // A path longer than the window is shown whole (its two ends are what the user looks for),
    // even below the legible zoom; else what is selected (`pathlight FILE --select ID`) is shown.
    QRectF selected;
    if (topology)
        for (const QString& id : topology->selectedIds())
            if (const BoxItem* box = topology->boxItem(id)) selected |= box->sceneBoundingRect();
    if (!paths.isEmpty())
        bringIntoView(paths);
    else if (!selected.isEmpty())
        bringIntoView(selected);
    emit zoomChanged(zoom());
}

void TopologyView::bringIntoView(const QRectF& rect) {
    if (rect.isEmpty()) return;
    if (scene()) updateSceneRect(scene()->sceneRect()); // as showDocument
    // 60 screen pixels around it, whatever the scale: the ends' labels stay inside the window.
    const double fit = std::min(std::max(1, viewport()->width() - 120) / rect.width(),
                                std::max(1, viewport()->height() - 120) / rect.height());
    // Zoomed out below the legible zoom for a long path, a short one brings the zoom back up
    // (never above what the user chose when that is higher).
    const double scale =
        std::clamp(std::min(fit, std::max(zoom(), kLegibleZoom)), minimumZoom(), maximumZoom());
    const bool zoomIn = zoom() < kLegibleZoom && scale > zoom() * 1.05;
    // In sight already, or the whole drawing is (a fitted design: its paths' labels may reach
    // past the drawing, and moving would cut the drawing instead).
    const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
    if (!zoomIn && (seen.contains(rect) || seen.contains(drawingRect()))) return;
    if (scale < zoom() || zoomIn) {
        stopFollowingFit();
        setTransform(QTransform::fromScale(scale, scale));
        emit zoomChanged(zoom());
    }
    centerOn(rect.center());
}

void TopologyView::showWithLeastScroll(const QRectF& rect) {
    if (rect.isEmpty()) return;
    if (scene()) updateSceneRect(scene()->sceneRect()); // as showDocument
    ensureVisible(rect, 30, 30);
}

void TopologyView::resetZoom() {
    setTransformationAnchor(AnchorViewCenter); // as zoomBy's ZoomAnchor::Centre
    stopFollowingFit();
    setTransform(QTransform());
    setTransformationAnchor(AnchorUnderMouse);
    emit zoomChanged(zoom());
}

void TopologyView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return QGraphicsView::wheelEvent(event);
    zoomBy(std::pow(1.15, steps), ZoomAnchor::Pointer);
    event->accept();
}

bool TopologyView::viewportEvent(QEvent* event) {
    // Touchpad pinch (macOS, Wayland) and touchscreen pinch both zoom.
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), ZoomAnchor::Pointer);
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), ZoomAnchor::Pointer);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TopologyView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        panFrom_ = event->position();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseMoveEvent(QMouseEvent* event) {
    if (panning_) {
        const QPointF delta = event->position() - panFrom_;
        panFrom_ = event->position();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(delta.y()));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent* event) {
    if (panning_) {
        panning_ = false;
        if (spaceHeld_)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        if (!panning_) viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

} // namespace pathlight
