#include "canvas/trace_overlay.h"
#include "canvas/canvas_items.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <utility>

namespace pathlight {

namespace {

constexpr double kMarkerRadius = 11;
constexpr double kEndDetailWidth = 300; // the rest is in the tooltip and the status bar

QColor badgeColor(HopBadge::Kind kind) {
    switch (kind) {
    case HopBadge::Allow:
        return QColor(47, 158, 68);
    case HopBadge::Deny:
        return QColor(224, 49, 49);
    case HopBadge::HiddenAllow:
        return QColor(240, 140, 0);
    case HopBadge::Translated:
        return QColor(25, 113, 194);
    }
    return Qt::gray;
}

QString badgeGlyph(HopBadge::Kind kind) {
    switch (kind) {
    case HopBadge::Allow:
        return QStringLiteral("✓");
    case HopBadge::Deny:
        return QStringLiteral("✗");
    case HopBadge::HiddenAllow:
        return QStringLiteral("!");
    case HopBadge::Translated:
        return QStringLiteral("⇄");
    }
    return {};
}

} // namespace

// ---- PathItem -----------------------------------------------------------------------------

PathItem::PathItem(std::vector<HopStop> stops, QColor color, Qt::PenStyle style, QString endText,
                   QString endDetail)
    : stops_(std::move(stops)), color_(std::move(color)), style_(style), endText_(std::move(endText)),
      endDetail_(std::move(endDetail)) {
    setZValue(10);
    for (const HopStop& stop : stops_)
        new HopMarkerItem(this, stop, color_);
}

QRectF PathItem::boundingRect() const {
    QRectF r;
    for (const auto& s : stops_) {
        r = r.united(QRectF(s.point, QSizeF(1, 1)));
        for (const QPointF& v : s.via)
            r = r.united(QRectF(v, QSizeF(1, 1)));
    }
    return r.adjusted(-40, -60, 40, 40).united(endLabelRect().adjusted(-4, -4, 4, 4));
}

void PathItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (stops_.empty()) return;
    painter->setRenderHint(QPainter::Antialiasing);
    QColor halo = color_;
    halo.setAlpha(70);
    // Never thinner than 3 pixels on screen: zoomed out on a 500-spoke estate a path of 5 scene
    // units was a hairline (second newcomer walk).
    const bool far = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()) <
                     BoxItem::kNameDetail;
    painter->save();
    if (!far && visible_) painter->setClipRegion(*visible_, Qt::IntersectClip);
    for (int pass = 0; pass < 2; ++pass) {
        QPen pen(pass == 0 ? halo : color_, pass == 0 ? (far ? 7 : 12) : (far ? 3 : 5),
                 pass == 0 ? Qt::SolidLine : style_, Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(far); // far away: widths in screen pixels
        painter->setPen(pen);
        for (std::size_t i = 1; i < stops_.size(); ++i) {
            QPolygonF line{stops_[i - 1].point};
            for (const QPointF& v : stops_[i].via)
                line << v;
            line << stops_[i].point;
            painter->drawPolyline(line);
        }
    }
    // Arrowheads at the middle of each segment (of its longest piece when it bends).
    painter->setPen(Qt::NoPen);
    painter->setBrush(color_);
    for (std::size_t i = 1; i < stops_.size(); ++i) {
        QLineF seg(stops_[i - 1].point, stops_[i].via.empty() ? stops_[i].point : stops_[i].via.front());
        QPointF from = stops_[i - 1].point;
        for (std::size_t k = 0; k <= stops_[i].via.size(); ++k) {
            const QPointF to = k < stops_[i].via.size() ? stops_[i].via[k] : stops_[i].point;
            if (QLineF(from, to).length() > seg.length()) seg = QLineF(from, to);
            from = to;
        }
        if (seg.length() < 30) continue;
        const QPointF mid = seg.pointAt(0.5);
        const double angle = qDegreesToRadians(seg.angle());
        const QPointF dir(qCos(angle), -qSin(angle));
        const QPointF normal(-dir.y(), dir.x());
        painter->drawPolygon(
            QPolygonF{mid + dir * 10, mid - dir * 8 + normal * 8, mid - dir * 8 - normal * 8});
    }
    painter->restore();
    // Text under 7 px says nothing: zoomed out (`far`, below BoxItem::kNameDetail) the path and
    // its colour speak and the Flows panel names the verdict (levels of detail).
    if (endText_.isEmpty() || far) return;
    // The verdict, and under it the reason it stopped or the address the destination sees.
    QFont font = painter->font();
    font.setPointSizeF(8);
    font.setBold(true);
    const QFontMetricsF fm(font);
    const QRectF box = endLabelRect();
    const bool leftOfStop = box.right() <= stops_.back().point.x();
    const auto placed = [&](double width, double y, double height) {
        return QRectF(QPointF(leftOfStop ? box.right() - width : box.left(), box.top() + y),
                      QSizeF(width, height));
    };
    const QRectF pill = endPillRect();
    // Placed away from the stop (names were in the way), a thin line ties the verdict to it.
    if (QLineF tie = endTie(); tie.length() > kMarkerRadius + 24) {
        tie.setP1(tie.pointAt((kMarkerRadius + 2) / tie.length()));
        painter->save(); // under the cards and titles, as the line (it crossed out "vm-win")
        if (visible_) painter->setClipRegion(*visible_, Qt::IntersectClip);
        painter->setPen(QPen(color_, 1.5, Qt::DotLine));
        painter->drawLine(tie);
        painter->restore();
    }
    painter->setFont(font);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color_);
    painter->drawRoundedRect(pill, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, endText_);
    if (endDetail_.isEmpty()) return;
    font.setBold(false);
    font.setPointSizeF(7.5);
    painter->setFont(font);
    const QFontMetricsF small(font);
    const QString detail = small.elidedText(endDetail_, Qt::ElideRight, kEndDetailWidth - 10);
    const QRectF line = placed(small.horizontalAdvance(detail) + 10, 22, 16);
    painter->setPen(QPen(color_, 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(line, 3, 3);
    painter->setPen(color_.darker(140));
    painter->drawText(line, Qt::AlignCenter, detail);
}

// ---- HopMarkerItem ------------------------------------------------------------------------

HopMarkerItem::HopMarkerItem(PathItem* path, const HopStop& stop, QColor color)
    : QGraphicsItem(path), path_(path), stop_(stop), color_(std::move(color)) {
    setPos(stop.point);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(stop.summary);
    setZValue(1);
}

QRectF HopMarkerItem::boundingRect() const {
    const double badges = double(stop_.badges.size()) * 16;
    return QRectF(-kMarkerRadius - 2, -kMarkerRadius - 2, 2 * kMarkerRadius + 4 + badges,
                  2 * kMarkerRadius + 4);
}

void HopMarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    const double r = hovered_ ? kMarkerRadius + 1.5 : kMarkerRadius;
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(color_);
    painter->drawEllipse(QPointF(0, 0), r, r);
    // Zoomed out the number and badges would be specks: the dot alone (levels of detail).
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < BoxItem::kNameDetail) return;
    QFont font = painter->font();
    font.setPointSizeF(8);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter,
                      stop_.label.isEmpty() ? QString::number(stop_.hop + 1) : stop_.label);
    // Badges to the right of the number: NSG decisions and address translation.
    double x = kMarkerRadius + 8;
    font.setPointSizeF(7);
    painter->setFont(font);
    for (const HopBadge& b : stop_.badges) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(badgeColor(b.kind));
        const QRectF shield(x - 7, -7, 14, 14);
        painter->drawRoundedRect(shield, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(shield, Qt::AlignCenter, badgeGlyph(b.kind));
        x += 16;
    }
}

void HopMarkerItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (path_->onHopClicked) path_->onHopClicked(stop_.hop);
    event->accept();
}

void HopMarkerItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    hovered_ = true;
    update();
}

void HopMarkerItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    hovered_ = false;
    update();
}

QSizeF PathItem::endLabelSize() const {
    if (endText_.isEmpty()) return {};
    QFont font;
    font.setPointSizeF(8);
    font.setBold(true);
    QFont small;
    small.setPointSizeF(7.5);
    const double width =
        std::max(QFontMetricsF(font).horizontalAdvance(endText_) + 14,
                 endDetail_.isEmpty()
                     ? 0.0
                     : std::min(kEndDetailWidth, QFontMetricsF(small).horizontalAdvance(endDetail_) + 10));
    return {width, endDetail_.isEmpty() ? 20.0 : 38.0};
}

QRectF PathItem::endLabelRect() const {
    if (stops_.empty() || endText_.isEmpty()) return {};
    // Above the last marker, clear of its badges.
    return QRectF(endCorner_.value_or(stops_.back().point + QPointF(16, -48)), endLabelSize());
}

void PathItem::setOccluders(const std::vector<QRectF>& rects) {
    // What the line's pieces, and the verdict's tie, actually meet: on a 500-spoke estate the
    // line's bounding box held more boxes than the clip takes, and the line crossed names out.
    std::vector<QLineF> pieces;
    for (std::size_t i = 1; i < stops_.size(); ++i) {
        QPointF from = stops_[i - 1].point;
        for (const QPointF& v : stops_[i].via)
            pieces.emplace_back(std::exchange(from, v), v);
        pieces.emplace_back(from, stops_[i].point);
    }
    if (!endPillRect().isNull()) pieces.push_back(endTie());
    visible_ = regionOutside(boundingRect(), rectsOnLines(rects, pieces));
    update();
}

QLineF PathItem::endTie() const {
    const QRectF pill = endPillRect();
    const QPointF last = stops_.back().point;
    return QLineF(last, QPointF(std::clamp(last.x(), pill.left(), pill.right()),
                                std::clamp(last.y(), pill.top(), pill.bottom())));
}

QRectF PathItem::endPillRect() const {
    const QRectF box = endLabelRect();
    if (box.isNull()) return {};
    QFont font;
    font.setPointSizeF(8);
    font.setBold(true);
    const double width = QFontMetricsF(font).horizontalAdvance(endText_) + 14;
    // Left of the last stop, the label hangs from its right edge, next to the stop (a denied
    // flow's "denied" sat 400 units away at the left end of its reason: newcomer walk).
    const bool leftOfStop = box.right() <= stops_.back().point.x();
    return QRectF(QPointF(leftOfStop ? box.right() - width : box.left(), box.top()), QSizeF(width, 20));
}

void PathItem::setEndLabelCorner(const QPointF& corner) {
    prepareGeometryChange();
    endCorner_ = corner;
}

// ---- CalloutItem --------------------------------------------------------------------------

CalloutItem::CalloutItem(const QPointF& anchor, QString text, QString hint, QColor color)
    : anchor_(anchor), text_(std::move(text)), hint_(std::move(hint)), color_(std::move(color)) {
    setZValue(12);
    setCursor(Qt::PointingHandCursor);
    setToolTip(text_ + (hint_.isEmpty() ? QString() : "\n" + hint_));
    const QFontMetricsF fm(calloutFont(false));
    const QString measured = text_.size() > 400 ? text_.left(400) : text_;
    const double needed =
        fm.boundingRect(QRectF(0, 0, 250 - 16, 100000), Qt::TextWordWrap, measured).height();
    const double lines = std::clamp(std::ceil(needed / fm.lineSpacing()), 3.0, 5.0);
    size_ = QSizeF(250, lines * fm.lineSpacing() + 20 + 2);
}

QPointF CalloutItem::leaderFoot() const {
    // The box's edge facing the anchor, at the anchor's x where the box reaches it.
    const QRectF b = box();
    return {std::clamp(anchor_.x(), b.left() + 14, b.right() - 14),
            anchor_.y() < b.top() ? b.top() : b.bottom()};
}

void CalloutItem::setOccluders(const std::vector<QRectF>& rects) {
    visible_ = regionOutside(boundingRect(), rectsOnLines(rects, {QLineF(anchor_, leaderFoot())}));
    update();
}

void CalloutItem::setBoxOffset(const QPointF& offset) {
    prepareGeometryChange();
    offset_ = offset;
}

QRectF CalloutItem::boundingRect() const {
    return box().united(QRectF(anchor_, QSizeF(1, 1))).adjusted(-4, -4, 4, 4);
}

void CalloutItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.35) return; // unreadable far away
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF b = box();
    painter->setPen(QPen(color_, 1.5));
    // From the edge of the hop marker it points at, not its centre (it crossed the number).
    QLineF leader(anchor_, leaderFoot());
    if (leader.length() > kMarkerRadius + 2) {
        leader.setP1(leader.pointAt((kMarkerRadius + 2) / leader.length()));
        painter->save(); // under the cards and titles it passes, as the flow's line
        if (visible_) painter->setClipRegion(*visible_, Qt::IntersectClip);
        painter->drawLine(leader);
        painter->restore();
    }
    painter->setBrush(QColor(255, 253, 245, 245));
    painter->drawRoundedRect(b, 5, 5);
    painter->fillRect(QRectF(b.left(), b.top() + 5, 4, b.height() - 10), color_);
    painter->setFont(calloutFont(false));
    painter->setPen(QColor(40, 40, 40));
    const QRectF textArea = b.adjusted(10, 4, -6, -16);
    const QFontMetricsF fm(painter->font());
    // As many lines as the box has (three to five); the tooltip has it all. Five lines hold a few
    // hundred characters at most: cut there first, so that a 30,000-character name costs no more
    // than a short one.
    QString shown = text_.size() > 400 ? text_.left(400) + "…" : text_;
    while (fm.boundingRect(textArea, Qt::TextWordWrap, shown).height() > textArea.height() &&
           shown.size() > 10)
        shown = shown.left(shown.size() - 8) + "…";
    painter->drawText(textArea, Qt::TextWordWrap, shown);
    painter->setFont(calloutFont(true));
    painter->setPen(color_.darker(130));
    // The hint on one line, shortened in the middle when the language makes it longer than the
    // box: the code's start and what a click does both stay ("click for the…" lost "fixes").
    const QRectF hintArea = b.adjusted(10, 0, -6, -3);
    painter->drawText(hintArea, Qt::AlignBottom | Qt::AlignLeft, shownHint());
}

QFont CalloutItem::calloutFont(bool italic) {
    QFont font; // the application's, as the box's size was measured with it
    font.setPointSizeF(7.5);
    font.setItalic(italic);
    return font;
}

QString CalloutItem::shownHint() const {
    return QFontMetricsF(calloutFont(true)).elidedText(hint_, Qt::ElideMiddle, boxSize().width() - 16);
}

void CalloutItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (onClicked) onClicked();
    event->accept();
}

// ---- PacketItem ---------------------------------------------------------------------------

PacketItem::PacketItem() {
    setZValue(20);
}

QRectF PacketItem::boundingRect() const {
    return QRectF(-16, -16, 32, 32);
}

void PacketItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing);
    QRadialGradient glow(QPointF(0, 0), 16);
    glow.setColorAt(0, QColor(255, 215, 0, 230));
    glow.setColorAt(1, QColor(255, 215, 0, 0));
    painter->setPen(Qt::NoPen);
    painter->setBrush(glow);
    painter->drawEllipse(QPointF(0, 0), 16, 16);
    painter->setBrush(QColor(255, 190, 0));
    painter->setPen(QPen(QColor(120, 80, 0), 1.5));
    painter->drawRoundedRect(QRectF(-8, -6, 16, 12), 2, 2); // an envelope: the packet
    painter->drawLine(QPointF(-8, -6), QPointF(0, 1));
    painter->drawLine(QPointF(8, -6), QPointF(0, 1));
}

} // namespace pathlight
