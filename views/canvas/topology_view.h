#pragma once
// The canvas view: wheel and pinch zoom around the cursor, rubber-band selection, pan with the
// middle button or Space+drag, fit and 100%.

#include <QGraphicsView>

#include <algorithm>

namespace pathlight {

class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(QWidget* parent = nullptr);

    // Zooms by `factor` around the view's centre (menus, keys) or the pointer (wheel, pinch),
    // held between minimumZoom() and maximumZoom().
    enum class ZoomAnchor { Centre, Pointer };
    void zoomBy(double factor, ZoomAnchor anchor = ZoomAnchor::Centre);
    // The whole drawing in the window, with a margin.
    void fitAll();
    // What a document shows when it opens: the whole drawing when its labels stay legible there,
    // else the legible zoom (kLegibleZoom) centred on the flow shown (zoomed out to show its whole
    // path when that is longer than the window), or on the drawing (Fit shows the whole).
    void showDocument();
    void resetZoom();
    // Scrolls so that `rect` (scene units) is in sight when it is not: centred at this zoom when
    // it fits, else shown whole at the zoom that fits it (never zooming in).
    void bringIntoView(const QRectF& rect);
    // Scrolls as little as shows `rect` with a 30-pixel margin (a placed object), the scene's
    // rect brought up to date first (a VNet grown by the placement was cut at the window's edge).
    void showWithLeastScroll(const QRectF& rect);
    double zoom() const { return transform().m11(); }
    // The scale at which fitAll shows the whole drawing.
    double fitZoom() const;
    // Zooming out stops at the fit or at 5 %, whichever is smaller, so that fit and zoom agree
    // however large the design; zooming in stops at 800 %.
    double minimumZoom() const { return std::min(0.05, fitZoom()); }
    static constexpr double maximumZoom() { return 8; }
    // Node labels are 8.5 pt (11.3 px at 96 dpi): below this zoom they would be smaller than
    // 9 px on screen (at 65 % they were 7 px, 4–5 px tall: "unreadable", newcomer walk).
    static constexpr double kLegibleZoom = 0.8;
    // Whether the view shows the whole drawing as Fit left it: then a resize (a dock closed, the
    // window maximised) fits again; a zoom or a scroll by the user stops that.
    bool followsFit() const { return followsFit_; }

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QSize fittedFor_; // the view's size at the last fit
    bool followsFit_ = false;
    bool adjusting_ = false; // inside fitAll or a resize: scrolls are the view's own
    QRectF drawingRect() const;
    // The user zoomed or scrolled (or a document was shown at a zoom of its own): resizes no
    // longer refit, and the scroll bars come back.
    void stopFollowingFit();
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPointF panFrom_;
};

} // namespace pathlight
