#include "panels/eliding_status_bar.h"

#include <QPainter>
#include <QStyle>

namespace pathlight {

ElidingStatusBar::ElidingStatusBar(QWidget* parent) : QStatusBar(parent) {
    connect(this, &QStatusBar::messageChanged, this, [this](const QString& message) { setToolTip(message); });
}

QRect ElidingStatusBar::messageRect() const {
    int right = width();
    // Permanent widgets sit at the right; normal ones are hidden while a message shows.
    for (const QWidget* w : findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (w->isVisible() && w->geometry().left() > width() / 3)
            right = std::min(right, w->geometry().left());
    const int margin = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    return QRect(QPoint(std::max(margin, 4), 0), QPoint(right - std::max(margin, 4) * 2, height() - 1));
}

QString ElidingStatusBar::shownMessage() const {
    if (currentMessage().isEmpty()) return {};
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

void ElidingStatusBar::paintEvent(QPaintEvent* event) {
    if (currentMessage().isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    QPainter p(this);
    p.setPen(palette().windowText().color());
    p.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

} // namespace pathlight
