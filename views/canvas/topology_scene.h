#pragma once
// The canvas scene: one item per diagram box and link, plus the highlighted flow paths.

#include "canvas/canvas_items.h"
#include "trace/trace_result.h"

#include <QGraphicsScene>
#include <QHash>

namespace pathlight {

class TopologyScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit TopologyScene(QObject* parent = nullptr);

    void setDiagram(const Diagram& diagram);
    const Diagram& diagram() const { return diagram_; }
    BoxItem* boxItem(const QString& id) const { return boxes_.value(id); }

    // Draws traces over the diagram (replacing what was shown); an empty list clears.
    void showTraces(const std::vector<const Trace*>& traces);
    int pathItemCount() const { return int(paths_.size()); }
    // The id of the selected box, or empty.
    QString selectedId() const;

    static QColor verdictColor(Verdict verdict);

    // Snap step for moved items (pixels).
    static constexpr double kGrid = 10;

public slots:
    // Called by a box whose position changed: moves its contents along and refreshes links.
    void boxMoved(QGraphicsItem* item);

signals:
    // A drag ended: the boxes (by id) and their new rectangles, contents included.
    void boxesMoved(const QList<QPair<QString, QRectF>>& moved);

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    Diagram diagram_;
    QHash<QString, BoxItem*> boxes_;
    std::vector<QGraphicsItem*> paths_;
    std::vector<LinkItem*> links_;
    QHash<BoxItem*, QPointF> lastPositions_;
    bool carrying_ = false;
};

} // namespace pathlight
