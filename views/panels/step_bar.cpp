#include "panels/step_bar.h"

#include "panels/hop_text.h"
#include "text/message_text.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>

namespace pathlight {

StepBar::StepBar(QWidget* parent)
    : QToolBar(tr("Step through"), parent), sentence_(new QLabel), timer_(new QTimer(this)) {
    setObjectName("StepBar");
    restart_ =
        addAction(style()->standardIcon(QStyle::SP_MediaSkipBackward), QString(), this, &StepBar::restart);
    restart_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    back_ = addAction(style()->standardIcon(QStyle::SP_MediaSeekBackward), QString(), this, &StepBar::back);
    back_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    play_ = addAction(style()->standardIcon(QStyle::SP_MediaPlay), QString(), this, &StepBar::togglePlay);
    play_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)); // Ctrl+P is Print
    forward_ = addAction(style()->standardIcon(QStyle::SP_MediaSeekForward), QString(), this, &StepBar::step);
    forward_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    speed_ = new QSlider(Qt::Horizontal);
    speed_->setRange(1, 10);
    speed_->setValue(4);
    speed_->setMaximumWidth(110);
    speedLabel_ = new QLabel;
    addWidget(speedLabel_);
    addWidget(speed_);
    addSeparator();
    sentence_->setWordWrap(true);
    sentence_->setTextFormat(Qt::PlainText); // names from the file are text, never markup
    sentence_->setMinimumWidth(300);
    sentence_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    sentence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sentence_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addWidget(sentence_);
    fitSentenceHeight();
    connect(timer_, &QTimer::timeout, this, [this] {
        if (position_ + 1 >= stepCount()) {
            togglePlay(); // the end: stop there
            return;
        }
        this->step();
    });
    connect(speed_, &QSlider::valueChanged, this, [this](int v) { timer_->setInterval(3200 / v); });
    timer_->setInterval(3200 / speed_->value());
    retranslate();
    setTrace(nullptr);
}

void StepBar::retranslate() {
    setWindowTitle(tr("Step through"));
    restart_->setText(tr("Restart"));
    back_->setText(tr("Back"));
    play_->setText(timer_->isActive() ? tr("Pause") : tr("Play"));
    forward_->setText(tr("Step"));
    for (QAction* a : {restart_, back_, play_, forward_})
        a->setToolTip(a->text() + " (" + a->shortcut().toString(QKeySequence::NativeText) + ")");
    speed_->setToolTip(tr("Speed"));
    speedLabel_->setText(" " + tr("Speed") + " ");
}

void StepBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showStep(position_); // the sentence, in the new language
    }
    QToolBar::changeEvent(event);
}

void StepBar::setTrace(const Trace* trace) {
    if (timer_->isActive()) togglePlay();
    if (trace)
        trace_ = *trace;
    else
        trace_.reset();
    showStep(-1);
}

QString StepBar::sentence() const {
    return sentence_->text();
}

int StepBar::requestHop() const {
    return trace_ && position_ >= 0 && position_ < int(trace_->hops.size()) ? position_ : -1;
}

int StepBar::replyHop() const {
    if (!trace_) return -1;
    const int r = position_ - int(trace_->hops.size());
    return r >= 0 && r < int(trace_->returnHops.size()) ? r : -1;
}

bool StepBar::isPlaying() const {
    return timer_->isActive();
}

void StepBar::setPresenterFont(bool large) {
    QFont f = font();
    f.setPointSizeF(large ? QFont().pointSizeF() * 1.6 : QFont().pointSizeF());
    sentence_->setFont(f);
    fitSentenceHeight();
}

void StepBar::fitSentenceHeight() {
    // Three lines whatever the sentence: a bar that grew and shrank with each step made the whole
    // window jump under the presenter's pointer. A longer sentence is whole in the tooltip.
    sentence_->setFixedHeight(QFontMetrics(sentence_->font()).lineSpacing() * 3 + 4);
}

void StepBar::showStep(int position) {
    position_ = position;
    if (!trace_) {
        sentence_->setText(tr("Select a flow, then step through it hop by hop."));
    } else if (position < 0) {
        // A flow named after its ends (the name a new flow gets) is not named twice.
        const bool namedAfterEnds = trace_->flowName == trace_->source + " → " + trace_->destination;
        if (namedAfterEnds)
            sentence_->setText(tr("%1 → %2, %3 port %4. Press Step or Play.")
                                   .arg(objectText(trace_->source), objectText(trace_->destination),
                                        toString(trace_->protocol), QString::number(trace_->port)));
        else
            sentence_->setText(tr("%1: %2 → %3, %4 port %5. Press Step or Play.")
                                   .arg(visible(trace_->flowName.empty() ? trace_->flowId : trace_->flowName),
                                        objectText(trace_->source), objectText(trace_->destination),
                                        toString(trace_->protocol),
                                        QString::number(trace_->port))); // one arg(): names may hold "%1"
    } else if (const int hop = requestHop(), reply = replyHop(); hop >= 0 || reply >= 0) {
        // The reply walks back after the request, numbered R1, R2, ... as on the canvas.
        const Hop& h = hop >= 0 ? trace_->hops[std::size_t(hop)] : trace_->returnHops[std::size_t(reply)];
        QString text = (hop >= 0 ? tr("Hop %1 of %2: %3").arg(hop + 1).arg(trace_->hops.size())
                                 : tr("Reply %1 of %2: %3").arg(reply + 1).arg(trace_->returnHops.size()))
                           .arg(hopSentence(h));
        for (const auto& d : h.nsg)
            if (d.access == Access::Deny || d.hidden) text += " " + tr("NSG: %1.").arg(nsgText(d));
        sentence_->setText(text);
    } else {
        QString text = tr("Verdict: %1.").arg(displayVerdict(trace_->verdict));
        if (trace_->verdict == Verdict::Delivered)
            text +=
                " " + tr("The destination sees the source as %1.").arg(addressText(trace_->apparentSource));
        if (const Finding* why = verdictFinding(*trace_)) text += " " + displayText(why->message);
        sentence_->setText(text);
    }
    // Whole in the tooltip; in the bar, a name too long for it is cut in the middle (a
    // 3,000-character name pushed the buttons off the bar).
    const QString whole = sentence_->text();
    sentence_->setText(elideLongWords(whole, 48));
    sentence_->setToolTip(whole);
    emit hopChanged(position);
}

void StepBar::step() {
    if (trace_ && position_ + 1 < stepCount()) showStep(position_ + 1);
}

void StepBar::back() {
    if (trace_ && position_ >= 0) showStep(position_ - 1);
}

void StepBar::restart() {
    showStep(-1);
}

void StepBar::togglePlay() {
    if (timer_->isActive()) {
        timer_->stop();
        play_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
        play_->setText(tr("Play"));
    } else if (trace_) {
        if (position_ + 1 >= stepCount()) showStep(-1); // at the end: play again from the start
        timer_->start();
        play_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
        play_->setText(tr("Pause"));
    }
}

} // namespace pathlight
