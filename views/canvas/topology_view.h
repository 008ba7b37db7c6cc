#pragma once
// The canvas view: wheel and pinch zoom around the cursor, rubber-band selection, pan with the
// middle button or Space+drag, fit and 100%.

#include <QGraphicsView>

namespace pathlight {

class TopologyView : public QGraphicsView {
    Q_OBJECT
public:
    explicit TopologyView(QWidget* parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    void resetZoom();
    double zoom() const { return transform().m11(); }

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

private:
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPointF panFrom_;
};

} // namespace pathlight
