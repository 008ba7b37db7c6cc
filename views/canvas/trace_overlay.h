#pragma once
// What a traced flow looks like over the diagram: a thick line through the hops in the verdict's
// colour (a dash pattern per flow when several are shown), arrowheads, numbered hop markers that
// show the hop's summary on hover and select it on click, badges where NSGs decided (allow,
// deny, hidden platform allowance) and where the source was translated, the verdict at the end
// with the drop reason or the source address the destination sees, and callouts for findings.
// Items only draw; the scene builds them from a Trace.

#include <QColor>
#include <QGraphicsItem>
#include <QRegion>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace pathlight {

struct HopBadge {
    enum Kind { Allow, Deny, HiddenAllow, Translated };
    Kind kind;
    QString tip;
};

struct HopStop {
    QPointF point;
    int hop = 0;     // index in the trace (in its returnHops for a reply's stop)
    QString summary; // shown on hover
    QString label;   // the marker's text; empty: the hop's number (a reply's stops say R1, R2, ...)
    std::vector<HopBadge> badges;
    // Bends on the way from the previous stop to this one (the scene routes a segment around a
    // container's title rather than across it).
    std::vector<QPointF> via;
};

class PathItem : public QGraphicsItem {
public:
    PathItem(std::vector<HopStop> stops, QColor color, Qt::PenStyle style, QString endText,
             QString endDetail);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    const std::vector<HopStop>& stops() const { return stops_; }
    QString endText() const { return endText_; }
    QString endDetail() const { return endDetail_; }
    // The verdict label's box (scene coordinates): above and right of the last stop unless the
    // scene moved it (setEndLabelCorner) clear of labels and inside the drawing.
    QRectF endLabelRect() const;
    QSizeF endLabelSize() const;
    // The verdict's pill in it: at the side nearer the last stop.
    QRectF endPillRect() const;
    // From the last stop to the pill's nearest point (the dotted tie when the pill is away).
    QLineF endTie() const;
    void setEndLabelCorner(const QPointF& corner);
    // Where the line is not drawn (scene coordinates): the cards of the nodes it passes and the
    // titles and labels it would cross; it goes under them, as a line goes under the boxes in a
    // diagram, and the markers stay on top (newcomer walk: the demo's path crossed "gw-er" and
    // "snet-app 10.1.0.0/24").
    void setOccluders(const std::vector<QRectF>& rects);
    // Where the line may be drawn; nullopt: everywhere.
    const std::optional<QRegion>& visibleArea() const { return visible_; }
    // Called when a hop marker is clicked (flow id is the caller's).
    std::function<void(int hop)> onHopClicked;

private:
    std::vector<HopStop> stops_;
    QColor color_;
    Qt::PenStyle style_;
    QString endText_, endDetail_;
    std::optional<QPointF> endCorner_;
    std::optional<QRegion> visible_;
};

// A numbered hop marker with its badges; its tooltip is the hop's summary.
class HopMarkerItem : public QGraphicsItem {
public:
    HopMarkerItem(PathItem* path, const HopStop& stop, QColor color);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    int hop() const { return stop_.hop; }
    const HopStop& stop() const { return stop_; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    PathItem* path_;
    HopStop stop_;
    QColor color_;
    bool hovered_ = false;
};

// A finding drawn near the object it concerns, pointing at it.
class CalloutItem : public QGraphicsItem {
public:
    CalloutItem(const QPointF& anchor, QString text, QString hint, QColor color);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QString text() const { return text_; }
    QString hint() const { return hint_; }
    // The hint as drawn: cut in the middle when too long, so that its end (what a click does) stays.
    QString shownHint() const;
    // The callout's text (7.5 pt), or its hint's (italic): one font for measuring and drawing.
    static QFont calloutFont(bool italic);
    std::function<void()> onClicked;
    // The callout's box, in scene coordinates; the scene moves it clear of labels and of other
    // callouts (the box keeps its size, only its corner relative to the anchor changes).
    // 250 wide; three to five lines of text as the sentence needs (a Japanese sentence is wider
    // than its English one and was cut at three), then the hint.
    QSizeF boxSize() const { return size_; }
    QRectF box() const { return QRectF(anchor_ + offset_, boxSize()); }
    void setBoxOffset(const QPointF& offset);
    QPointF anchor() const { return anchor_; }
    // Where its leader is not drawn (scene coordinates), as PathItem::setOccluders; call after
    // the box is placed.
    void setOccluders(const std::vector<QRectF>& rects);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    QPointF leaderFoot() const;
    QPointF anchor_;
    QPointF offset_{40, -128}; // above and right of the anchor, clear of the verdict label
    QString text_, hint_;
    QColor color_;
    QSizeF size_{250, 62};
    std::optional<QRegion> visible_;
};

// The moving packet of the step-through.
class PacketItem : public QGraphicsItem {
public:
    PacketItem();
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
};

} // namespace pathlight
