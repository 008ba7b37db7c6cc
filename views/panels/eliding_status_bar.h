#pragma once
// A status bar whose temporary message never runs under the permanent widgets (the flow counter):
// a message too long for the room left is cut with "…", and the whole of it is the tooltip.
// QStatusBar clips it mid-word instead (newcomer walk, session 9).

#include <QStatusBar>

namespace pathlight {

class ElidingStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit ElidingStatusBar(QWidget* parent = nullptr);
    // The message as drawn (elided to the room left of the permanent widgets); empty when none.
    QString shownMessage() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect messageRect() const;
};

} // namespace pathlight
