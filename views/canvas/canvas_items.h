#pragma once
// Graphics items that only draw: boxes (containers and nodes), links, and the path of a traced
// flow. They hold no model state beyond what they show; the scene rebuilds them from a Diagram.

#include "canvas/diagram.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPointer>
#include <QRegion>

#include <optional>
#include <vector>

class QSvgRenderer;

namespace pathlight {

enum ItemRole { kIdRole = 0, kKindRole = 1 };

class BoxItem : public QGraphicsItem {
public:
    explicit BoxItem(const DiagramBox& box);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    const DiagramBox& box() const { return box_; }
    // A badge for the model's lints on this object (transparent: none); details go in the tooltip.
    void setMarker(const QColor& color, const QString& text, const QStringList& details = {});
    bool hasMarker() const { return marker_.alpha() != 0; }
    // A box the shown flows do not cross steps back: drawn at kFadedOpacity, a container over an
    // opaque fill so that the links beneath it stay hidden (item opacity let 500 peering lines
    // show through the faded spokes, over their names).
    static constexpr double kFadedOpacity = 0.35;
    void setFaded(bool faded);
    bool isFaded() const { return faded_; }
    // Levels of detail, by zoom: below kNameDetail a box's own text would be under 7 px, so it
    // is not drawn and the scene writes the top-level boxes' names in a fixed screen size;
    // below kFarDetail the contents of VNets and sites are hidden too (paintFar).
    static constexpr double kNameDetail = 0.6;
    static constexpr double kFarDetail = 0.3;
    // A hub (a VNet peered with three or more others): its name stands out in the overview.
    void setHub(bool hub);
    bool isHub() const { return hub_; }
    // Where the file puts it (the position a drag started from) and its size there.
    QPointF filePosition() const { return box_.rect.topLeft(); }
    QSizeF size() const { return size_; }
    // Containers resize by their grip (bottom right, when selected).
    void setSize(const QSizeF& size);
    // What a flow's line must not cross, in scene coordinates: a node's whole card, a container's
    // title text (name and address space, as paintContainer sets them).
    QRectF labelRect() const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    bool faded_ = false;
    bool hub_ = false;
    static constexpr double kHandle = 14;
    QString baseToolTip() const;
    bool inResizeHandle(const QPointF& local) const;
    void paintMarker(QPainter* painter);
    void paintContainer(QPainter* painter, bool withText);
    void paintNode(QPainter* painter, bool withText);
    void paintFar(QPainter* painter, double lod);
    DiagramBox box_;
    QSizeF size_;
    bool resizing_ = false;
    QColor marker_ = Qt::transparent;
    QString markerText_;
};

class LinkItem : public QGraphicsItem {
public:
    LinkItem(const DiagramLink& link, const BoxItem* from, const BoxItem* to);
    // Its ends moved: recompute the geometry.
    void refresh();
    bool touches(const BoxItem* box) const { return box == from_ || box == to_; }
    QString fromId() const { return link_.from; }
    QString toId() const { return link_.to; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    // The label's box at its middle (scene coordinates); empty when the link has no label.
    QRectF labelRect() const;
    DiagramLinkKind kind() const { return link_.kind; }
    // One of many (a hub's peerings): a 1-pixel line, lighter, without its label.
    void setThin(bool thin);
    bool isThin() const { return thin_; }

private:
    QLineF line() const;
    DiagramLink link_;
    const BoxItem* from_;
    const BoxItem* to_;
    bool thin_ = false;
};

// Whether the segment meets the rectangle (an end inside it, or crossing an edge).
bool crosses(const QLineF& line, const QRectF& r);
// The rectangles of `rects` that a piece of `pieces` meets.
std::vector<QRectF> rectsOnLines(const std::vector<QRectF>& rects, const std::vector<QLineF>& pieces);

// `bounds` less the rectangles of `hidden` (scene units, rounded outwards): where a line under
// them may be drawn, as a clip region (rectangles: exact and fast however many overlap; a
// QPainterPath union of 2,000 boxes at one spot overflowed the stack). More than kMaxOccluders
// rectangles on the line (a degenerate layout) clip nothing: nullopt, as for none.
constexpr std::size_t kMaxOccluders = 400;
std::optional<QRegion> regionOutside(const QRectF& bounds, const std::vector<QRectF>& hidden);

// The border point of rect on the segment from its centre towards target.
QPointF borderPoint(const QRectF& rect, const QPointF& target);
// One shared renderer per icon name (":/icons/NAME.svg").
QSvgRenderer* iconRenderer(const QString& kind);

} // namespace pathlight
