#pragma once
// Step-through for teaching: Restart / Back / Play-Pause / Step with a speed slider, and one plain
// sentence of what happens at the current hop and why. It walks a copy of a trace, the request's
// hops and then the reply's (trace-contract.md, "Additions": returnHops); the window moves the
// canvas's packet marker and the hop inspector along (hopChanged).

#include "trace/trace_result.h"

#include <QToolBar>

#include <optional>

class QAction;
class QLabel;
class QSlider;
class QTimer;

namespace pathlight {

class StepBar : public QToolBar {
    Q_OBJECT
public:
    explicit StepBar(QWidget* parent = nullptr);
    // The flow to walk (null: none); starts before the first hop.
    void setTrace(const Trace* trace);
    // -1 before the start, 0..hops-1 at a hop of the request, hops..hops+returnHops-1 at a hop of
    // the reply, hops+returnHops at the verdict.
    int position() const { return position_; }
    int stepCount() const {
        return trace_ ? int(trace_->hops.size()) + int(trace_->returnHops.size()) + 1 : 0;
    }
    // The request's hop shown (-1: none), the reply's hop shown (-1: none), the verdict shown.
    int requestHop() const;
    int replyHop() const;
    bool atVerdict() const { return trace_ && position_ == stepCount() - 1; }
    QString sentence() const;
    bool isPlaying() const;
    void setPresenterFont(bool large);

public slots:
    void step();
    void back();
    void restart();
    void togglePlay();

protected:
    void changeEvent(QEvent* event) override;

signals:
    // The position changed (see requestHop, replyHop, atVerdict).
    void hopChanged(int position);

private:
    void showStep(int position);
    void fitSentenceHeight();
    std::optional<Trace> trace_;
    int position_ = -1;
    void retranslate();
    QAction* restart_;
    QAction* back_;
    QAction* forward_;
    QLabel* speedLabel_;
    QAction* play_;
    QSlider* speed_;
    QLabel* sentence_;
    QTimer* timer_;
};

} // namespace pathlight
