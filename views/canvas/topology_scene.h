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

private:
    Diagram diagram_;
    QHash<QString, BoxItem*> boxes_;
    std::vector<QGraphicsItem*> paths_;
};

} // namespace pathlight
