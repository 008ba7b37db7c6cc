// The main window's teaching: presenter mode, the challenge and the scenario gallery.

#include "gui/main_window.h"

#include "canvas/topology_view.h"
#include "gui/document.h"
#include "panels/challenge_dialog.h"
#include "panels/flows_panel.h"
#include "panels/scenario_gallery.h"
#include "panels/step_bar.h"
#include "text/language.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QTimer>

namespace pathlight {

void MainWindow::setPresenterMode(bool on) {
    if (on == presenter_) return;
    presenter_ = on;
    if (presenterAction_->isChecked() != on) presenterAction_->setChecked(on);
    if (on) {
        statePresenterLeft_ = saveState();
        for (QDockWidget* d : findChildren<QDockWidget*>())
            d->hide();
        stepBar_->show();
        stepBar_->setPresenterFont(true);
        QFont big = view_->font();
        big.setPointSizeF(QFont().pointSizeF() * 1.4);
        statusBar()->setFont(big);
        view_->setFocus();
        QTimer::singleShot(0, view_, &TopologyView::fitAll);
    } else {
        restoreState(statePresenterLeft_);
        stepBar_->setPresenterFont(false);
        statusBar()->setFont(QFont());
    }
    for (QAction* key : std::as_const(presenterKeys_))
        key->setEnabled(on);
    statusBar()->showMessage(
        on ? tr("Presenter mode: → or Space steps, ← goes back, Home restarts, P plays; %1 leaves")
                 .arg(presenterAction_->shortcut().toString(QKeySequence::NativeText))
           : QString(),
        on ? 8000 : 1);
}

ChallengeDialog* MainWindow::startChallenge() {
    std::vector<Trace> questions;
    for (const auto& t : document_->traces())
        if (!t.expect.empty()) questions.push_back(t);
    if (questions.empty()) questions = document_->traces(); // no lesson answers: the model's are the key
    auto* dialog = new ChallengeDialog(std::move(questions), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The answers stay hidden while the learner thinks: no verdict column, no path.
    for (int c = 1; c <= 3; ++c)
        flows_->setColumnHidden(c, true);
    connect(dialog, &ChallengeDialog::questionShown, this, [this](const QString& id) {
        hiddenFlow_ = id;
        flows_->selectFlow(id);
        showSelectedFlows();
    });
    connect(dialog, &ChallengeDialog::revealed, this, [this](const QString& id) {
        hiddenFlow_.clear();
        flows_->selectFlow(id);
        showSelectedFlows();
    });
    connect(dialog, &QObject::destroyed, this, [this] {
        hiddenFlow_.clear();
        for (int c = 1; c <= 3; ++c)
            flows_->setColumnHidden(c, false);
        showSelectedFlows();
    });
    // Findings would give the answers away too.
    QDockWidget* problemsDock = findChild<QDockWidget*>("ProblemsDock");
    const bool problemsWereVisible = problemsDock && problemsDock->isVisible();
    if (problemsDock) problemsDock->hide();
    connect(dialog, &QObject::destroyed, this, [problemsDock, problemsWereVisible] {
        if (problemsDock && problemsWereVisible) problemsDock->show();
    });
    dialog->start();
    dialog->show();
    return dialog;
}

ScenarioGallery* MainWindow::showGallery(bool welcome) {
    auto* gallery = new ScenarioGallery(language_, welcome, this);
    gallery->setAttribute(Qt::WA_DeleteOnClose);
    connect(gallery, &ScenarioGallery::scenarioChosen, this, [this](const QString& file) { openFile(file); });
    connect(gallery, &ScenarioGallery::openFileRequested, this, &MainWindow::chooseFile);
    gallery->show();
    return gallery;
}

} // namespace pathlight
