#pragma once
// Automatic placement of the canvas's top-level boxes (sites, circuits, VNets) by Graphviz, run in
// process through cgraph and gvc: a layered left-to-right picture (`dot`) for designs of a few
// dozen boxes (on-premises | circuits | hub | spokes), a spring picture (`sfdp`, overlaps removed)
// around each hub for larger estates, where one layer of 500 spokes would be a single line.

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace pathlight {

struct LayoutNode {
    QString id;
    QSizeF size; // scene pixels
};

struct LayoutEdge {
    QString from, to; // ids of LayoutNodes; the layered picture puts `from` left of `to`
};

enum class LayoutEngine { Layered, Spring };

// The engine for a graph of `nodes` boxes: Layered up to 40, Spring beyond.
LayoutEngine layoutEngineFor(std::size_t nodes);

// Top-left positions (scene pixels) of every node, the picture's top-left corner at `origin`.
// Edges naming unknown nodes and self-loops are ignored. Empty when Graphviz fails (no layout
// plugin installed): the caller falls back to its own placement.
QHash<QString, QPointF> layoutGraph(const std::vector<LayoutNode>& nodes,
                                    const std::vector<LayoutEdge>& edges, LayoutEngine engine,
                                    QPointF origin);

} // namespace pathlight
