#pragma once
// The canvas view: wheel zoom around the cursor, drag to pan, fit and 100%.

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
};

} // namespace pathlight
