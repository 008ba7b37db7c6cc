#pragma once
// The canvas scene: one item per diagram box and link, plus the highlighted flow paths.

#include "advice/fix.h"
#include "canvas/canvas_items.h"
#include "canvas/trace_overlay.h"
#include "trace/trace_result.h"

#include <QGraphicsScene>
#include <QHash>

namespace pathlight {

class TopologyScene : public QGraphicsScene {
    Q_OBJECT
public:
    // A VNet with more peerings than this draws them as a fan of thin lines.
    static constexpr int kFanPeerings = 12;
    explicit TopologyScene(QObject* parent = nullptr);

    void setDiagram(const Diagram& diagram);
    const Diagram& diagram() const { return diagram_; }
    // The diagram with every box where it is drawn now (a drag in progress or a box kept inside
    // its container included): what an export shows.
    Diagram drawnDiagram() const;
    // Whether every box is drawn where diagram() puts it, at its size (after a drag the items
    // are where the user left them until the document says where they go).
    bool showsDiagram() const;
    // Removes every box's lint marker (before markers are set again on an unchanged diagram).
    void clearMarkers();
    BoxItem* boxItem(const QString& id) const { return boxes_.value(id); }

    // Draws traces over the diagram (replacing what was shown; an empty list clears): one path
    // each in its own dash pattern, hop markers with badges, and for a single flow callouts for
    // its findings. Objects the shown flows do not cross fade. `fixes`, for a single flow, are its
    // findings' fixes (Analysis::fixes, one entry per finding): a callout offers "the fixes" only
    // where one can be applied, "the alternatives" where only explained ones exist, else details.
    void showTraces(const std::vector<const Trace*>& traces,
                    const std::vector<FindingFixes>* fixes = nullptr);
    // What fitting shows: every box, the shown flows' stops and their end labels (callouts may
    // stick out, they follow their hops).
    QRectF contentRect() const;
    // The shown flows' stops and end labels (empty when no flow is shown).
    QRectF pathsRect() const;
    // The hint an empty design shows (null when the design has objects).
    const QGraphicsTextItem* emptyHint() const { return hint_; }
    int pathItemCount() const { return int(paths_.size()); }
    PathItem* pathItem(int i) const { return paths_.at(std::size_t(i)); }
    const std::vector<CalloutItem*>& callouts() const { return callouts_; }
    // Hop markers are 20 px across: two never lie closer than this.
    static constexpr double kMarkerClearance = 24;
    // The step-through's packet: at a hop of the first shown flow's request, or of its reply
    // (`reply`), -1 hides it.
    void setPacketAt(int hop, bool reply = false);
    QPointF packetPosition() const;
    // The id of the (first) selected box, or empty; all selected ids, sorted.
    QString selectedId() const;
    QStringList selectedIds() const;
    void selectIds(const QStringList& ids);
    // Reports boxes whose position or size differs from the document's as one boxesMoved.
    void commitMoves();

    static QColor verdictColor(Verdict verdict);

    // The overview's names (below BoxItem::kNameDetail): the top-level boxes' titles in a fixed
    // screen size, none over another: hubs first and larger, then the other landmarks (sites,
    // circuits, the Internet: over a box too small for them, a node's under its dot), then the
    // VNets by size, each inside its box where it has room; empty nearer in. `toDevice` maps the scene to
    // screen pixels, `area` is the screen area drawn (pixels).
    struct OverviewLabel {
        QString id;
        QString text; // the title (a landmark's elided in the middle to fit)
        QRectF rect;  // screen pixels, backdrop included
        QPointF dot;  // a node's dot (screen pixels; BoxItem draws it); null for a container
        bool hub = false;
        bool faded = false;
        bool wrapped = false; // on several lines, broken where the name allows
    };
    std::vector<OverviewLabel> overviewLabels(const QTransform& toDevice, const QRectF& area) const;
    // Overview names only where they cover no other top-level box (else a landmark's name may
    // lie over a neighbour); for thumbnails.
    void setStrictOverview(bool strict) { strictOverview_ = strict; }
    static QFont overviewFont(bool hub);

    // Snap step for moved items (pixels).
    static constexpr double kGrid = 10;

    // The next click places an object of this kind ("" to stop).
    void setPlacingKind(const QString& kind) { placingKind_ = kind; }
    const QString& placingKind() const { return placingKind_; }
    // In connect mode a drag from one object to another asks to connect them; in flow mode it
    // asks for a flow between them (released on empty canvas: a flow to a typed destination).
    void setConnecting(bool on) {
        connecting_ = on;
        drawingFlow_ = false;
    }
    bool isConnecting() const { return connecting_; }
    void setDrawingFlow(bool on) {
        drawingFlow_ = on;
        connecting_ = false;
    }
    bool isDrawingFlow() const { return drawingFlow_; }
    // The innermost container (VNet, subnet, site) or node at a point, for drops and clicks.
    QString containerAt(const QPointF& point) const;
    // The innermost subnet box at a point, ignoring the box `except` (the one being dropped).
    QString subnetAt(const QPointF& point, const QString& except) const;

public slots:
    // Called by a box whose position changed: moves its contents along and refreshes links.
    void boxMoved(QGraphicsItem* item);

signals:
    // A drag ended: the boxes (by id) and their new rectangles, contents included.
    void boxesMoved(const QList<QPair<QString, QRectF>>& moved);
    // The user placed an object of this kind at this point, inside `container` (may be empty).
    void placeRequested(const QString& kind, const QPointF& at, const QString& container);
    void connectRequested(const QString& from, const QString& to);
    void flowRequested(const QString& from, const QString& to);
    // A hop marker or finding callout was clicked.
    void hopClicked(const QString& flowId, int hop);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent* event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent* event) override;
    void dropEvent(QGraphicsSceneDragDropEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    void routeAroundTitles(std::vector<HopStop>& stops) const;
    Diagram diagram_;
    // The box a hop is drawn at: its node's, or the Internet's for what the diagram does not draw.
    const BoxItem* hopBox(const Hop& hop) const;
    QHash<QString, BoxItem*> boxes_;
    std::vector<PathItem*> paths_;
    PathItem* replyPath_ = nullptr;     // among paths_, when one flow with a reply is shown
    QGraphicsTextItem* hint_ = nullptr; // where to begin, on an empty design
    std::vector<CalloutItem*> callouts_;
    bool strictOverview_ = false;
    PacketItem* packet_ = nullptr;
    std::vector<LinkItem*> links_;
    QHash<BoxItem*, QPointF> lastPositions_;
    QString placingKind_;
    bool connecting_ = false;
    bool drawingFlow_ = false;
    QString connectFrom_;
    QGraphicsLineItem* rubberLine_ = nullptr;
};

} // namespace pathlight
