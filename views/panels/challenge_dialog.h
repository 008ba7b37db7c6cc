#pragma once
// Challenge mode: for each flow of a lesson the learner predicts the verdict and the source
// address the destination will see, before the trace is revealed; each right prediction scores a
// point. The answers are the file's `expect` for the verdict (the lesson author's word) and the
// model's trace for the apparent source.

#include "trace/trace_result.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pathlight {

class ChallengeDialog : public QDialog {
    Q_OBJECT
public:
    // The flows to ask about (the window passes those with `expect`, or all when none has one).
    explicit ChallengeDialog(std::vector<Trace> flows, QWidget* parent = nullptr);

    // Asks the first question (after the caller has connected to questionShown).
    void start() { ask(); }
    int question() const { return index_; }
    int questionCount() const { return int(flows_.size()); }
    int score() const { return score_; }
    int maxScore() const { return 2 * int(flows_.size()); }
    bool isRevealed() const { return revealed_; }
    QString feedback() const;
    // The learner's answer: a verdict name ("delivered") and an address (may be empty).
    void answer(const QString& verdict, const QString& apparentSource);
    void next();
    QComboBox* verdictBox() const { return verdict_; }
    QLineEdit* sourceBox() const { return source_; }

signals:
    // Hide this flow's answer (a new question) or show it (answered).
    void questionShown(const QString& flowId);
    void revealed(const QString& flowId);
    void finished(int score, int maxScore);

private:
    void ask();
    std::vector<Trace> flows_;
    int index_ = 0;
    int score_ = 0;
    bool revealed_ = false;
    QLabel* prompt_;
    QComboBox* verdict_;
    QLineEdit* source_;
    QLabel* feedback_;
    QPushButton* submit_;
    QPushButton* next_;
};

} // namespace pathlight
