#include "panels/challenge_dialog.h"

#include "panels/hop_text.h"
#include "text/message_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathlight {

namespace {
QString expectedVerdict(const Trace& t) {
    return QString::fromStdString(t.expect.empty() ? toString(t.verdict) : t.expect);
}
QString expectedSource(const Trace& t) {
    return t.apparentSource ? QString::fromStdString(t.apparentSource->toString()) : QString();
}
} // namespace

ChallengeDialog::ChallengeDialog(std::vector<Trace> flows, QWidget* parent)
    : QDialog(parent), flows_(std::move(flows)), prompt_(new QLabel), verdict_(new QComboBox),
      source_(new QLineEdit), feedback_(new QLabel), submit_(new QPushButton(tr("&Reveal"))),
      next_(new QPushButton(tr("&Next flow"))) {
    setObjectName("ChallengeDialog");
    setWindowTitle(tr("Challenge"));
    for (Verdict v : {Verdict::Delivered, Verdict::Denied, Verdict::Rejected, Verdict::NoRoute,
                      Verdict::Dropped, Verdict::Loop, Verdict::Asymmetric})
        verdict_->addItem(displayVerdict(v), QString(toString(v)));
    source_->setPlaceholderText(tr("e.g. 10.1.1.4, or empty for Azure's default outbound address"));
    prompt_->setWordWrap(true);
    feedback_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt_);
    auto* form = new QFormLayout;
    form->addRow(tr("What happens?"), verdict_);
    form->addRow(tr("The destination sees the source as"), source_);
    layout->addLayout(form);
    layout->addWidget(feedback_);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(submit_, QDialogButtonBox::ActionRole);
    buttons->addButton(next_, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(submit_, &QPushButton::clicked, this,
            [this] { answer(verdict_->currentData().toString(), source_->text()); });
    connect(next_, &QPushButton::clicked, this, &ChallengeDialog::next);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString ChallengeDialog::feedback() const {
    return feedback_->text();
}

void ChallengeDialog::ask() {
    revealed_ = false;
    if (flows_.empty()) {
        prompt_->setText(tr("This document has no flows to ask about."));
        submit_->setEnabled(false);
        next_->setEnabled(false);
        return;
    }
    const Trace& t = flows_[std::size_t(index_)];
    prompt_->setText(tr("<b>Question %1 of %2.</b> %3: from <b>%4</b> to <b>%5</b>, %6 port %7.")
                         .arg(QString::number(index_ + 1), QString::number(flows_.size()),
                              visible(t.flowName.empty() ? t.flowId : t.flowName).toHtmlEscaped(),
                              objectText(t.source).toHtmlEscaped(), objectText(t.destination).toHtmlEscaped(),
                              toString(t.protocol),
                              QString::number(t.port))); // one arg() call: names may hold "%1"
    feedback_->setText(tr("Score: %1 of %2").arg(score_).arg(maxScore()));
    source_->clear();
    submit_->setEnabled(true);
    next_->setEnabled(false);
    emit questionShown(QString::fromStdString(t.flowId));
}

void ChallengeDialog::answer(const QString& verdict, const QString& apparentSource) {
    if (revealed_ || flows_.empty()) return;
    revealed_ = true;
    const Trace& t = flows_[std::size_t(index_)];
    const bool verdictRight = verdict == expectedVerdict(t);
    const bool sourceRight = apparentSource.trimmed() == expectedSource(t);
    score_ += int(verdictRight) + int(sourceRight);
    const auto expected = verdictFromString(expectedVerdict(t).toStdString());
    QStringList lines;
    lines << (verdictRight ? tr("✓ Verdict: %1.") : tr("✗ Verdict: it is %1."))
                 .arg(expected ? displayVerdict(*expected) : expectedVerdict(t));
    lines << (sourceRight ? tr("✓ Source seen as %1.") : tr("✗ The destination sees the source as %1."))
                 .arg(addressText(t.apparentSource));
    for (const auto& f : t.findings)
        if (f.severity == Severity::Error) {
            lines << displayText(f.message);
            break;
        }
    lines << tr("Score: %1 of %2").arg(score_).arg(maxScore());
    feedback_->setText(lines.join("\n"));
    submit_->setEnabled(false);
    const bool last = index_ + 1 >= int(flows_.size());
    next_->setEnabled(!last);
    emit revealed(QString::fromStdString(t.flowId));
    if (last) emit finished(score_, maxScore());
}

void ChallengeDialog::next() {
    if (!revealed_ || index_ + 1 >= int(flows_.size())) return;
    ++index_;
    ask();
}

} // namespace pathlight
