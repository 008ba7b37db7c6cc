#include "gui/main_window.h"

#include "io/json_text.h"

#include "advice/fix_advisor.h"
#include "canvas/scene_export.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "edit/object_copy.h"
#include "edit/object_factory.h"
#include "edit/object_removal.h"
#include "editors/flow_dialog.h"
#include "editors/rule_set_editor.h"
#include "gui/document.h"
#include "io/json_text.h"
#include "io/topology_io.h"
#include "panels/challenge_dialog.h"
#include "panels/effective_view.h"
#include "panels/flows_panel.h"
#include "panels/hops_panel.h"
#include "panels/inspector_panel.h"
#include "panels/palette_panel.h"
#include "panels/problems_panel.h"
#include "panels/scenario_gallery.h"
#include "panels/step_bar.h"
#include "plots/latency_chart.h"
#include "plots/reachability_matrix.h"
#include "report/report_writer.h"
#include "text/language.h"
#include "text/message_text.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>

namespace pathlight {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), scene_(new TopologyScene(this)),
      view_(new TopologyView(this)), flows_(new FlowsPanel(this)), problems_(new ProblemsPanel(this)),
      hops_(new HopsPanel(this)), palette_(new PalettePanel(this)), inspector_(new InspectorPanel(this)),
      status_(new QLabel(this)), autosave_(new QTimer(this)), stepBar_(new StepBar(this)),
      latency_(new LatencyChart(this)), matrix_(new ReachabilityMatrix(this)) {
    askUnsaved = [this](const QString& name) {
        return QMessageBox::warning(this, tr("Unsaved changes"), tr("Save the changes to %1?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
    };
    askRecover = [this](const QString& when) {
        return QMessageBox::question(
                   this, tr("Recover unsaved changes"),
                   tr("Pathlight found changes to this document that were not saved (autosaved %1). "
                      "Recover them?")
                       .arg(when)) == QMessageBox::Yes;
    };
    chooseRecovery = [this](const QStringList& copies) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Recover unsaved work"),
            tr("Pathlight found work that was autosaved but never saved (after a crash, say).\n"
               "Choose one to recover now; the others stay for later (File ▸ Recover unsaved work)."),
            copies, 0, false, &ok);
        return ok ? int(copies.indexOf(chosen)) : -1;
    };
    reportLoadErrors = [this](const QString& path, const QStringList& lines) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open file"),
                        tr("%1 cannot be opened: %n problem(s) found.", nullptr, int(lines.size()))
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setInformativeText(lines.mid(0, 5).join("\n"));
        box.setDetailedText(lines.join("\n"));
        box.exec();
    };
    askApplyBrokenFix = [this](const QStringList& broken) {
        return QMessageBox::warning(
                   this, tr("This fix breaks other flows"),
                   tr("Applying it stops these flows from being delivered:\n%1\nApply it anyway?")
                       .arg(broken.join("\n")),
                   QMessageBox::Apply | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Apply;
    };
    setObjectName("MainWindow");
    language_ = installLanguage(QSettings().value("language").toString());
    // Deliver the change now, while there is nothing to retranslate, rather than after building.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    setWindowIcon(QIcon(":/icons/pathlight.svg"));
    view_->setScene(scene_);
    setCentralWidget(view_);

    auto dock = [this](QWidget* content, const QString& title, const char* name, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* flowsDock = dock(flows_, tr("Flows"), "FlowsDock", Qt::RightDockWidgetArea);
    QDockWidget* paletteDock = dock(palette_, tr("Palette"), "PaletteDock", Qt::LeftDockWidgetArea);
    QDockWidget* hopsDock = dock(hops_, tr("Hops"), "HopsDock", Qt::RightDockWidgetArea);
    QDockWidget* inspectorDock = dock(inspector_, tr("Inspector"), "InspectorDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(hopsDock, inspectorDock);
    hopsDock->raise();
    QDockWidget* latencyDock = dock(latency_, tr("Latency"), "LatencyDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, latencyDock);
    hopsDock->raise();
    QDockWidget* problemsDock = dock(problems_, tr("Problems"), "ProblemsDock", Qt::BottomDockWidgetArea);
    QDockWidget* matrixDock = dock(matrix_, tr("Reachability"), "ReachabilityDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, matrixDock);
    problemsDock->raise();
    QSettings saved;
    if (!saved.contains("window/state")) // first start: give the flow table room for its columns
        QTimer::singleShot(0, this, [this, paletteDock, flowsDock, problemsDock] {
            resizeDocks({paletteDock, flowsDock}, {210, 480}, Qt::Horizontal);
            resizeDocks({problemsDock}, {190}, Qt::Vertical);
        });
    statusBar()->addPermanentWidget(status_);
    addToolBar(Qt::TopToolBarArea, stepBar_);
    connect(stepBar_, &StepBar::hopChanged, this, [this](int hop) {
        const int last = stepBar_->stepCount() - 2; // the last hop (the end shows the verdict there)
        scene_->setPacketAt(hop < 0 ? -1 : std::min(hop, last));
        if (hop >= 0 && hop <= last) hops_->selectHop(hop);
        if (hop > last) hops_->selectHop(-1);
    });

    createActions();
    connect(document_, &Document::changed, this, &MainWindow::refresh);
    connect(document_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(problems_, &ProblemsPanel::applyFixRequested, this, &MainWindow::applyFix);
    connect(hops_, &HopsPanel::applyFixRequested, this, &MainWindow::applyFix);
    connect(matrix_, &ReachabilityMatrix::cellClicked, this, &MainWindow::showFlowBetween);
    connect(scene_, &TopologyScene::hopClicked, this, [this](const QString& flowId, int hop) {
        if (!flows_->selectedFlowIds().contains(flowId)) flows_->selectFlow(flowId);
        if (flows_->selectedFlowIds().size() > 1) flows_->selectFlow(flowId); // one flow: its hops show
        hops_->selectHop(hop);
        if (auto* dock = findChild<QDockWidget*>("HopsDock")) dock->raise();
    });
    connect(scene_, &TopologyScene::boxesMoved, this, &MainWindow::moveBoxes);
    connect(palette_, &PalettePanel::kindArmed, this, [this](const QString& kind) {
        scene_->setPlacingKind(kind);
        view_->viewport()->setCursor(Qt::CrossCursor);
        statusBar()->showMessage(tr("Click on the canvas to place it (Esc cancels)"));
    });
    connect(scene_, &TopologyScene::connectRequested, this, &MainWindow::connectObjects);
    connect(scene_, &TopologyScene::flowRequested, this,
            [this](const QString& from, const QString& to) { newFlow(from, to); });
    connect(flows_, &FlowsPanel::newFlowRequested, this, [this] { newFlow(); });
    connect(flows_, &FlowsPanel::editFlowRequested, this, &MainWindow::editFlow);
    connect(flows_, &FlowsPanel::removeFlowsRequested, this, &MainWindow::removeFlows);
    connect(scene_, &TopologyScene::placeRequested, this,
            [this](const QString& kind, const QPointF& at, const QString& container) {
                placeObject(kind, at, container);
            });
    connect(inspector_, &InspectorPanel::applyRequested, this, &MainWindow::applyInspectorEdit);
    connect(inspector_, &InspectorPanel::editRuleSetRequested, this,
            [this](const QString& kind, const QString& id) { editRuleSet(kind, id); });
    connect(inspector_, &InspectorPanel::newAssociationRequested, this, &MainWindow::createAssociation);
    // Autosave every minute to a recovery copy; offered back after a crash (see openFile).
    connect(autosave_, &QTimer::timeout, document_, [this] { document_->autosave(); });
    autosave_->start(60'000);
    connect(flows_, &FlowsPanel::flowSelectionChanged, this, &MainWindow::showSelectedFlows);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &MainWindow::showSelection);
    connect(problems_, &ProblemsPanel::objectActivated, this, [this](const QString& id) {
        scene_->clearSelection();
        if (auto* item = scene_->boxItem(id)) {
            item->setSelected(true);
            view_->centerOn(item);
        }
    });

    QSettings settings;
    resize(1400, 860);
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
}

MainWindow::~MainWindow() {
    // Children are destroyed after this window's own parts, and some still signal while they
    // go (the undo stack, the scene's selection): stop listening first.
    disconnect(document_->undoStack(), nullptr, this, nullptr);
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDocument = file->addAction(tr("&New"), this, [this] {
        if (maybeSave()) document_->clearToNew();
    });
    newDocument->setShortcut(QKeySequence::New);
    file->addAction(tr("New from &scenario…"), this, [this] { showGallery(false); });
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* examples = file->addMenu(tr("Open &example"));
    const QDir dir(":/examples");
    for (const QString& name : dir.entryList({"*.pathlight.json"}, QDir::Files, QDir::Name))
        examples->addAction(name.section('.', 0, 0), this,
                            [this, path = dir.filePath(name)] { openFile(path); });
    recentMenu_ = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addAction(tr("Recover &unsaved work…"), this, [this] {
        if (!offerRecoveries()) statusBar()->showMessage(tr("No unsaved work to recover"), 4000);
    });
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::saveDocument);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &as…"), this, &MainWindow::chooseSaveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    QAction* exportAction = file->addAction(tr("&Export diagram…"), this, &MainWindow::chooseExport);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* report = file->addAction(tr("Export &report…"), this, &MainWindow::chooseReport);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* print = file->addAction(tr("&Print…"), this, &MainWindow::printDiagram);
    print->setShortcut(QKeySequence::Print);
    QAction* reload = file->addAction(tr("&Reload"), this, [this] {
        if (!document_->path().isEmpty()) openFile(document_->path());
    });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    windowActions_ << undo;
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    windowActions_ << redo;
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* cancel = edit->addAction(tr("Cancel placing"), this, [this] {
        scene_->setPlacingKind({});
        palette_->disarm();
        view_->viewport()->unsetCursor();
        statusBar()->clearMessage();
    });
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction* connectMode = edit->addAction(tr("C&onnect objects"));
    connectMode->setCheckable(true);
    connectMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connectMode->setToolTip(
        tr("Drag from one object to another: VNet–VNet peering, gateway–circuit or gateway–site "
           "connection, site–circuit, NVA–Route Server"));
    connect(connectMode, &QAction::toggled, this, [this](bool on) {
        scene_->setConnecting(on);
        view_->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
        if (on)
            statusBar()->showMessage(tr("Drag from one object to another to connect them (Ctrl+L to stop)"));
        else
            statusBar()->clearMessage();
    });
    edit->addSeparator();
    QAction* cut = edit->addAction(tr("Cu&t"), this, &MainWindow::cutSelection);
    cut->setShortcut(QKeySequence::Cut);
    QAction* copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction* paste = edit->addAction(tr("&Paste"), this, &MainWindow::pasteClipboard);
    paste->setShortcut(QKeySequence::Paste);
    QAction* duplicate = edit->addAction(tr("D&uplicate"), this, &MainWindow::duplicateSelection);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    edit->addSeparator();
    QAction* addFlow = edit->addAction(tr("New &flow…"), this, [this] {
        // From the selected object, when there is one.
        const QString selected = scene_->selectedId();
        newFlow(selected.isEmpty() || !document_->network()->index().vm(selected.toStdString()) ? QString()
                                                                                                : selected);
    });
    addFlow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction* drawFlow = edit->addAction(tr("&Draw a flow"));
    drawFlow->setCheckable(true);
    drawFlow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    drawFlow->setToolTip(tr("Drag from the source to the destination (or to empty canvas to type one)"));
    connect(drawFlow, &QAction::toggled, this, [this, connectMode](bool on) {
        if (on) connectMode->setChecked(false);
        scene_->setDrawingFlow(on);
        view_->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
        if (on)
            statusBar()->showMessage(
                tr("Drag from a flow's source to its destination (Ctrl+Shift+T to stop)"));
        else
            statusBar()->clearMessage();
    });
    connect(connectMode, &QAction::toggled, this, [drawFlow](bool on) {
        if (on) drawFlow->setChecked(false);
    });
    edit->addSeparator();
    QAction* remove = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);
    QAction* selectAll = edit->addAction(tr("Select &all"), this, [this] {
        for (QGraphicsItem* item : scene_->items())
            if (dynamic_cast<BoxItem*>(item)) item->setSelected(true);
    });
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    for (const auto& [kind, title, newText] :
         {std::tuple{"nsgs", QT_TR_NOOP("Network &security groups"),
                     QT_TR_NOOP("New network security group")},
          std::tuple{"routeTables", QT_TR_NOOP("Route &tables"), QT_TR_NOOP("New route table")}}) {
        QMenu* list = edit->addMenu(tr(title));
        connect(list, &QMenu::aboutToShow, this, [this, list, kind = QString(kind), newText = newText] {
            list->clear();
            const Topology& t = document_->topology();
            QStringList ids;
            if (kind == "nsgs")
                for (const auto& n : t.nsgs)
                    ids << QString::fromStdString(n.id);
            else
                for (const auto& r : t.routeTables)
                    ids << QString::fromStdString(r.id);
            for (const QString& id : ids)
                list->addAction(id, this, [this, kind, id] { editRuleSet(kind, id); });
            if (!ids.isEmpty()) list->addSeparator();
            list->addAction(tr(newText), this, [this, kind] {
                const QString id = placeObject(kind == "nsgs" ? "nsg" : "route-table", {}, {});
                Q_UNUSED(id);
            });
        });
    }
    QMenu* align = edit->addMenu(tr("&Align"));
    const std::pair<const char*, Qt::Alignment> alignments[] = {
        {QT_TR_NOOP("&Left edges"), Qt::AlignLeft},
        {QT_TR_NOOP("&Right edges"), Qt::AlignRight},
        {QT_TR_NOOP("&Top edges"), Qt::AlignTop},
        {QT_TR_NOOP("&Bottom edges"), Qt::AlignBottom},
        {QT_TR_NOOP("Centres &horizontally"), Qt::AlignHCenter},
        {QT_TR_NOOP("Centres &vertically"), Qt::AlignVCenter},
    };
    for (const auto& [text, how] : alignments)
        align->addAction(tr(text), this, [this, how = how] { alignSelection(how); });

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* zoomIn = viewMenu->addAction(tr("Zoom &in"), this, [this] { view_->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = viewMenu->addAction(tr("Zoom &out"), this, [this] { view_->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = viewMenu->addAction(tr("&Fit to window"), this, [this] { view_->fitAll(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* actual = viewMenu->addAction(tr("&Actual size"), this, [this] { view_->resetZoom(); });
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    viewMenu->addSeparator();
    QMenu* languages = viewMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(languages);
    const QString chosen = QSettings().value("language").toString();
    QAction* system = languages->addAction(tr("System default"));
    system->setData(QString());
    languages->addSeparator();
    for (const QString& code : availableLanguages()) {
        QAction* a = languages->addAction(nativeLanguageName(code));
        a->setData(code);
    }
    for (QAction* a : languages->actions())
        if (!a->isSeparator()) {
            a->setCheckable(true);
            a->setChecked(a->data().toString() == chosen);
            group->addAction(a);
            // Switching rebuilds the menus, this one included: do it once the click has been
            // handled, never from inside the menu's own signal (it crashed 4 times in 8).
            connect(a, &QAction::triggered, this, [this, a] {
                QTimer::singleShot(0, this, [this, code = a->data().toString()] { setLanguage(code); });
            });
        }
    viewMenu->addSeparator();
    QAction* effective = viewMenu->addAction(tr("Effective &routes and security rules…"), this,
                                             [this] { showEffectiveView(scene_->selectedId()); });
    effective->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    viewMenu->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        viewMenu->addAction(d->toggleViewAction());

    QMenu* teaching = menuBar()->addMenu(tr("&Teaching"));
    teaching->addAction(stepBar_->toggleViewAction());
    presenterAction_ = teaching->addAction(tr("&Presenter mode"));
    presenterAction_->setCheckable(true);
    // Ctrl+Shift+F, KDE's "full screen mode" (F5 is Reload, so it cannot be both).
    presenterAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(presenterAction_, &QAction::toggled, this, &MainWindow::setPresenterMode);
    teaching->addAction(tr("&Challenge…"), this, [this] { startChallenge(); });
    // In presenter mode the plain keys step (elsewhere they belong to the widgets).
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::Key_Right), [this] { stepBar_->step(); }},
        {QKeySequence(Qt::Key_Space), [this] { stepBar_->step(); }},
        {QKeySequence(Qt::Key_Left), [this] { stepBar_->back(); }},
        {QKeySequence(Qt::Key_Home), [this] { stepBar_->restart(); }},
        {QKeySequence(Qt::Key_P), [this] { stepBar_->togglePlay(); }},
    };
    for (const auto& [key, run] : keys) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, run);
        addAction(action);
        presenterKeys_ << action;
        windowActions_ << action;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pathlight"), this, [this] {
        QMessageBox::about(
            this, tr("About Pathlight"),
            tr("<b>Pathlight</b> %1<br>Traces flows through hybrid Azure networks: the route at every hop, "
               "each NSG decision, the source address the destination sees, and what is wrong.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setAutosaveInterval(int milliseconds) {
    autosave_->start(milliseconds);
}

bool MainWindow::offerRecoveries() {
    QList<Document::RecoveryCopy> copies;
    for (const auto& copy : Document::recoveryCopies())
        if (copy.file != document_->recoveryPath())
            copies << copy; // the open document's is offered by openFile
    if (copies.isEmpty()) return false;
    QStringList descriptions;
    for (const auto& copy : copies)
        descriptions << tr("%1 — autosaved %2")
                            .arg(copy.originalPath.isEmpty() ? tr("Untitled")
                                                             : QDir::toNativeSeparators(copy.originalPath),
                                 QLocale().toString(copy.saved, QLocale::ShortFormat));
    const int chosen = chooseRecovery(descriptions);
    if (chosen < 0 || chosen >= copies.size()) return true;
    const Document::RecoveryCopy copy = copies[chosen];
    if (document_->isModified() && !maybeSave()) return true;
    if (!copy.originalPath.isEmpty() && QFileInfo::exists(copy.originalPath)) {
        // Open the file without asking again, then put the autosaved state over it.
        const auto errors = document_->load(copy.originalPath);
        if (!errors.empty()) {
            reportLoadErrors(copy.originalPath, {displayText(errors.front().message)});
            return true;
        }
    } else {
        // Untitled, or its file is gone: the work comes back as an untitled document.
        document_->clearToNew();
    }
    const QString failure = document_->recoverFrom(copy.file);
    if (!failure.isEmpty()) statusBar()->showMessage(failure, 6000);
    QTimer::singleShot(0, view_, &TopologyView::fitAll);
    return true;
}

bool MainWindow::openFile(const QString& path) {
    if (document_->isModified() && !maybeSave()) return false;
    const auto errors = document_->load(path);
    if (errors.empty()) {
        const QFileInfo recovery(document_->recoveryPath());
        if (recovery.exists()) {
            if (askRecover(QLocale().toString(recovery.lastModified(), QLocale::ShortFormat)))
                document_->recover();
            else
                document_->discardRecovery();
        }
        if (!document_->isBuiltIn()) rememberRecent(path);
        QTimer::singleShot(0, view_, &TopologyView::fitAll);
        return true;
    }
    QStringList lines;
    for (const auto& d : errors)
        lines << (d.pointer.empty() ? QString() : QString::fromStdString(d.pointer) + ": ") +
                     displayText(d.message);
    reportLoadErrors(path, lines);
    statusBar()->showMessage(
        tr("%1 was not opened; the document shown is unchanged").arg(QDir::toNativeSeparators(path)), 8000);
    return false;
}

void MainWindow::chooseFile() {
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open topology"), settings.value("lastDir").toString(),
                                     tr("Pathlight topologies (*.pathlight.json *.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue("lastDir", QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::updateTitle() {
    const Topology& t = document_->topology();
    setWindowTitle(tr("%1 — %2%3 — Pathlight")
                       .arg(t.title.empty() ? tr("Untitled topology") : QString::fromStdString(t.title),
                            document_->displayName(), document_->isModified() ? "*" : ""));
}

void MainWindow::refresh() {
    updateTitle();
    const Topology& t = document_->topology();
    {
        // Rebuilding the scene keeps the selection, without the inspector seeing it vanish and
        // come back (it would lose the field being edited).
        const QStringList selected = scene_->selectedIds();
        const QSignalBlocker quiet(scene_);
        // Most edits (a rule, a route, a flag) draw nothing new: the scene is then kept. A typed
        // edit is known not to (Document::lastChangeKeptDrawing); other changes are compared.
        Diagram diagram;
        if (!document_->lastChangeKeptDrawing() || scene_->diagram().boxes.empty()) diagram = buildDiagram(t);
        if (document_->lastChangeKeptDrawing() || diagram == scene_->diagram()) {
            scene_->clearMarkers();
        } else {
            scene_->setDiagram(diagram);
            scene_->selectIds(selected);
        }
    }
    showSelection();
    flows_->setTraces(document_->traces());
    // The document's current analysis answers; the panel asks only for the findings it shows open.
    problems_->setProblems(document_->diagnostics(), document_->traces(),
                           [document = document_](const std::string& flowId) -> const TraceFixes& {
                               return document->analysis().proposedFixes(flowId);
                           });
    markLintsOnCanvas();
    matrix_->setNetwork(document_->network());
    int delivered = 0;
    for (const auto& tr : document_->traces())
        delivered += tr.verdict == Verdict::Delivered;
    status_->setText(tr("%1 flows: %2 delivered, %3 not")
                         .arg(document_->traces().size())
                         .arg(delivered)
                         .arg(int(document_->traces().size()) - delivered));
    if (!document_->traces().empty() && flows_->selectedFlowIds().isEmpty())
        flows_->selectFlow(QString::fromStdString(document_->traces().front().flowId));
}

void MainWindow::markLintsOnCanvas() {
    // Each lint goes to the innermost drawn object its pointer passes through (a NIC's to its VM).
    QHash<QString, QStringList> messages;
    QHash<QString, Severity> worst;
    for (const auto& d : document_->diagnostics()) {
        const auto ids = idsAlongPointer(document_->topology(), d.pointer);
        for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
            const QString id = QString::fromStdString(*it);
            if (!scene_->boxItem(id)) continue;
            messages[id] << displaySeverity(d.severity) + ": " + displayText(d.message);
            if (!worst.contains(id) || int(d.severity) < int(worst[id])) worst[id] = d.severity;
            break;
        }
    }
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const Severity s = worst[it.key()];
        const QColor color = s == Severity::Error     ? QColor(224, 49, 49)
                             : s == Severity::Warning ? QColor(240, 140, 0)
                                                      : QColor(28, 126, 214);
        scene_->boxItem(it.key())->setMarker(
            color, it.value().size() > 1 ? QString::number(it.value().size()) : "!", it.value());
    }
}

void MainWindow::showSelectedFlows() {
    const QStringList ids = flows_->selectedFlowIds();
    std::vector<const Trace*> shown;
    for (const auto& t : document_->traces())
        if (ids.contains(QString::fromStdString(t.flowId)) && QString::fromStdString(t.flowId) != hiddenFlow_)
            shown.push_back(&t);
    scene_->showTraces(shown);
    if (shown.size() == 1) {
        // Each finding's fixes, with what applying each would do to every flow (verified once
        // per version by the analysis).
        hops_->showTrace(shown.front(), document_->network().get(),
                         document_->analysis().fixes(shown.front()->flowId));
    } else {
        hops_->showTrace(nullptr);
    }
    stepBar_->setTrace(shown.size() == 1 ? shown.front() : nullptr);
    latency_->showTrace(&document_->topology(), shown.size() == 1 ? shown.front() : nullptr);
    if (shown.size() == 1) {
        const Trace& t = *shown.front();
        QString message = tr("%1: %2").arg(QString::fromStdString(t.flowName.empty() ? t.flowId : t.flowName),
                                           displayVerdict(t.verdict));
        for (const auto& f : t.findings)
            if (f.severity == Severity::Error) message += " — " + displayText(f.message);
        statusBar()->showMessage(message);
    }
}

void MainWindow::showSelection() {
    inspector_->showObject(document_->network(), scene_->selectedId(), document_->diagnostics());
}

void MainWindow::moveBoxes(const QList<QPair<QString, QRectF>>& moved) {
    std::vector<BoxMove> moves;
    for (const auto& [id, rect] : moved) {
        const DiagramBox* box = scene_->diagram().find(id);
        BoxMove m;
        m.box = {id.toStdString(), rect.x(), rect.y(), {}, {}};
        if (box && box->container) {
            m.box.w = rect.width();
            m.box.h = rect.height();
        }
        // Containment sets the subnet: a VM, NVA or Application Gateway dropped in another subnet
        // moves there (its NIC takes the next free address), in the same undo step.
        if (!aligning_ && box && (box->kind == "vm" || box->kind == "nva" || box->kind == "app-gateway")) {
            const QString subnet = scene_->subnetAt(rect.center(), id);
            if (!subnet.isEmpty() && subnet != box->parent) m.intoSubnet = subnet.toStdString();
        }
        moves.push_back(std::move(m));
    }
    Message refused;
    Id refusedId;
    const TopologyPatch patch = movePatch(document_->topology(), moves, &refused, &refusedId);
    if (!refused.empty()) {
        refresh(); // put it back (first: refreshing shows the flow's status)
        QString subnet;
        for (const auto& m : moves)
            if (m.box.id == refusedId) subnet = QString::fromStdString(m.intoSubnet);
        statusBar()->showMessage(tr("%1 cannot move into %2: %3")
                                     .arg(QString::fromStdString(refusedId), subnet, displayText(refused)),
                                 8000);
        return;
    }
    const auto errors = document_->applyPatch(patch, tr("Move %n object(s)", nullptr, int(moved.size())));
    if (!errors.empty()) {
        refresh(); // put the items back where the document has them
        statusBar()->showMessage(tr("Cannot move: %1").arg(displayText(errors.front().message)), 8000);
    }
}

QString MainWindow::placeObject(const QString& kind, const QPointF& at, const QString& container) {
    palette_->disarm();
    view_->viewport()->unsetCursor();
    const double x = std::round(at.x() / TopologyScene::kGrid) * TopologyScene::kGrid;
    const double y = std::round(at.y() / TopologyScene::kGrid) * TopologyScene::kGrid;
    const NewObject created =
        createObject(document_->topology(), kind.toStdString(), container.toStdString(), x, y);
    if (created.failed()) {
        statusBar()->showMessage(tr("Cannot place it there: %1").arg(displayText(created.error)), 6000);
        return {};
    }
    const QString id = QString::fromStdString(created.id);
    const auto errors = document_->applyPatch(created.patch, tr("Add %1").arg(id));
    if (!errors.empty()) {
        statusBar()->showMessage(tr("Cannot place it there: %1").arg(displayText(errors.front().message)),
                                 6000);
        return {};
    }
    statusBar()->showMessage(tr("Added %1").arg(id), 4000);
    if (kind == "nsg" || kind == "route-table") { // not drawn: its rules are what the user wants next
        editRuleSet(kind == "nsg" ? "nsgs" : "routeTables", id);
        return id;
    }
    scene_->selectIds({id});
    return id;
}

bool MainWindow::connectObjects(const QString& from, const QString& to) {
    const NewObject link =
        pathlight::connectObjects(document_->topology(), from.toStdString(), to.toStdString());
    if (link.failed()) {
        statusBar()->showMessage(tr("Cannot connect %1 and %2: %3").arg(from, to, displayText(link.error)),
                                 8000);
        return false;
    }
    const auto errors = document_->applyPatch(link.patch, tr("Connect %1 and %2").arg(from, to));
    if (!errors.empty()) {
        statusBar()->showMessage(
            tr("Cannot connect %1 and %2: %3").arg(from, to, displayText(errors.front().message)), 8000);
        return false;
    }
    statusBar()->showMessage(tr("Connected %1 and %2").arg(from, to), 4000);
    return true;
}

bool MainWindow::deleteSelection() {
    const QStringList ids = scene_->selectedIds();
    if (ids.isEmpty()) return false;
    std::vector<Id> chosen;
    for (const QString& id : ids)
        chosen.push_back(id.toStdString());
    const Removal removal = planRemoval(document_->topology(), chosen);
    if (removal.patch.empty()) return false;
    const QString text = ids.size() == 1 ? tr("Delete %1").arg(ids.front())
                                         : tr("Delete %n object(s)", nullptr, int(ids.size()));
    const auto errors = document_->applyPatch(removal.patch, text);
    if (!errors.empty()) {
        statusBar()->showMessage(
            tr("%1 cannot be deleted: %2").arg(ids.join(", "), displayText(errors.front().message)), 8000);
        return false;
    }
    const int alongWith = int(removal.removed.size()) - int(ids.size());
    if (alongWith > 0)
        statusBar()->showMessage(
            tr("Deleted %1 and %n object(s) that depended on it, %2 flow(s) among them", nullptr, alongWith)
                .arg(ids.join(", "))
                .arg(removal.flowsRemoved),
            8000);
    return true;
}

bool MainWindow::copySelection() {
    const QStringList ids = scene_->selectedIds();
    if (ids.isEmpty()) return false;
    std::vector<Id> chosen;
    for (const QString& id : ids)
        chosen.push_back(id.toStdString());
    const Json fragment = copyObjects(document_->topology(), chosen);
    auto* data = new QMimeData;
    const QByteArray bytes = QByteArray::fromStdString(fragment.dump(2));
    data->setData(kClipboardMimeType, bytes);
    data->setText(QString::fromUtf8(bytes)); // readable where it is pasted as text
    QGuiApplication::clipboard()->setMimeData(data);
    pasteCount_ = 0;
    statusBar()->showMessage(tr("Copied %n object(s)", nullptr, int(ids.size())), 3000);
    return true;
}

bool MainWindow::cutSelection() {
    return copySelection() && deleteSelection();
}

QStringList MainWindow::pasteFragment(const Json& fragment, double offset, const QString& text) {
    const Paste paste = pasteObjects(document_->topology(), fragment, offset, offset);
    if (paste.patch.empty()) {
        statusBar()->showMessage(tr("Nothing pasted: %1").arg(displayText(paste.error)), 8000);
        return {};
    }
    const auto errors = document_->applyPatch(paste.patch, text);
    if (!errors.empty()) {
        statusBar()->showMessage(tr("Nothing pasted: %1").arg(displayText(errors.front().message)), 8000);
        return {};
    }
    QStringList ids;
    for (const Id& id : paste.ids)
        ids << QString::fromStdString(id);
    scene_->selectIds(ids);
    if (*paste.error.sourceText) // part of it could not be pasted
        statusBar()->showMessage(tr("Pasted %1; not all: %2").arg(ids.join(", "), displayText(paste.error)),
                                 8000);
    else
        statusBar()->showMessage(tr("Pasted %1").arg(ids.join(", ")), 4000);
    return ids;
}

QStringList MainWindow::pasteClipboard() {
    const QMimeData* data = QGuiApplication::clipboard()->mimeData();
    QByteArray bytes = data ? data->data(kClipboardMimeType) : QByteArray();
    if (bytes.isEmpty() && data) bytes = data->text().toUtf8(); // copied from a text editor
    const Json fragment =
        parseJsonOrDiscarded(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    ++pasteCount_;
    return pasteFragment(fragment, TopologyScene::kGrid * 3 * pasteCount_, tr("Paste"));
}

QStringList MainWindow::duplicateSelection() {
    const QStringList ids = scene_->selectedIds();
    if (ids.isEmpty()) return {};
    std::vector<Id> chosen;
    for (const QString& id : ids)
        chosen.push_back(id.toStdString());
    return pasteFragment(copyObjects(document_->topology(), chosen), TopologyScene::kGrid * 3,
                         tr("Duplicate %1").arg(ids.join(", ")));
}

void MainWindow::alignSelection(Qt::Alignment how) {
    QList<BoxItem*> items;
    for (const QString& id : scene_->selectedIds())
        if (BoxItem* item = scene_->boxItem(id)) items << item;
    // A box whose container is selected too moves with it, not by itself.
    QList<BoxItem*> aligned;
    for (BoxItem* item : items)
        if (!scene_->boxItem(item->box().parent) || !scene_->boxItem(item->box().parent)->isSelected())
            aligned << item;
    if (aligned.size() < 2) {
        statusBar()->showMessage(tr("Select two or more objects to align"), 4000);
        return;
    }
    QRectF bounds;
    for (BoxItem* item : aligned)
        bounds |= QRectF(item->pos(), item->size());
    for (BoxItem* item : aligned) {
        QPointF p = item->pos();
        const QSizeF size = item->size();
        if (how & Qt::AlignLeft) p.setX(bounds.left());
        if (how & Qt::AlignRight) p.setX(bounds.right() - size.width());
        if (how & Qt::AlignHCenter) p.setX(bounds.center().x() - size.width() / 2);
        if (how & Qt::AlignTop) p.setY(bounds.top());
        if (how & Qt::AlignBottom) p.setY(bounds.bottom() - size.height());
        if (how & Qt::AlignVCenter) p.setY(bounds.center().y() - size.height() / 2);
        item->setPos(p);
    }
    aligning_ = true; // a layout change only: nothing changes subnet
    scene_->commitMoves();
    aligning_ = false;
}
RuleSetEditor* MainWindow::editRuleSet(const QString& kind, const QString& id) {
    const ObjectJson shown =
        objectToJson(document_->topology(), document_->network()->index(), id.toStdString());
    if (shown.pointer.empty() || !shown.pointer.starts_with("/" + kind.toStdString() + "/")) return nullptr;
    auto* editor =
        new RuleSetEditor(kind == "nsgs" ? RuleSetEditor::Kind::Nsg : RuleSetEditor::Kind::RouteTable,
                          shown.object, shown.pointer, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        editor, &RuleSetEditor::applyRequested, this, [this, editor](const QString& id, const QString& json) {
            QList<QPair<QString, QString>> errors;
            const Json object = parseJsonOrDiscarded(json.toStdString());
            if (!object.is_object()) {
                editor->showErrors({{QString(), tr("the editor produced no object")}});
                return;
            }
            const TopologyPatch patch = replaceObjectPatch(document_->topology(), id.toStdString(), object);
            for (const auto& d : document_->applyPatch(patch, tr("Edit %1").arg(id)))
                errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
            if (errors.isEmpty()) {
                const std::string newId = idOf(object);
                const ObjectJson now = objectToJson(document_->topology(), document_->network()->index(),
                                                    newId.empty() ? id.toStdString() : newId);
                if (!now.pointer.empty()) editor->setObject(now.object, now.pointer);
            }
            editor->showErrors(errors);
        });
    editor->show();
    return editor;
}

QString MainWindow::createAssociation(const QString& id, const QString& path, const QString& kind) {
    // A NIC's field ("nics/1/nsg") names that NIC; anything else the object itself.
    QString container = id;
    if (path.startsWith("nics/"))
        if (const Vm* vm = document_->network()->index().vm(id.toStdString())) {
            const auto i = std::size_t(path.section('/', 1, 1).toInt());
            if (i < vm->nics.size()) container = QString::fromStdString(vm->nics[i].id);
        }
    const QString factoryKind = kind == "nsgs"          ? "nsg"
                                : kind == "routeTables" ? "route-table"
                                                        : "nat-gateway";
    const BoxItem* box = scene_->boxItem(id);
    const QPointF near = box ? box->pos() + QPointF(box->size().width() + 30, 0) : QPointF();
    return placeObject(factoryKind, near, container);
}

FlowDialog* MainWindow::newFlow(const QString& source, const QString& destination) {
    Json flow = Json::object();
    if (!source.isEmpty()) flow["source"] = source.toStdString();
    if (!destination.isEmpty()) flow["destination"] = destination.toStdString();
    auto* dialog = new FlowDialog(*document_->network(), flow, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlowDialog::submitted, this, [this, dialog](const QString& json) {
        const Json added = parseJsonOrDiscarded(json.toStdString());
        if (!added.is_object()) return;
        Id id;
        const TopologyPatch patch = addFlowPatch(document_->topology(), added, &id);
        QList<QPair<QString, QString>> errors;
        for (const auto& d : document_->applyPatch(patch, tr("Add flow %1").arg(QString::fromStdString(id))))
            errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
        if (errors.isEmpty()) flows_->selectFlow(QString::fromStdString(id));
        dialog->showErrors(errors);
    });
    dialog->show();
    return dialog;
}

FlowDialog* MainWindow::editFlow(const QString& id) {
    const ObjectJson shown =
        objectToJson(document_->topology(), document_->network()->index(), id.toStdString());
    if (shown.pointer.empty() || !shown.pointer.starts_with("/flows/")) return nullptr;
    auto* dialog = new FlowDialog(*document_->network(), shown.object, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlowDialog::submitted, this, [this, dialog, id](const QString& json) {
        QList<QPair<QString, QString>> errors;
        const Json edited = parseJsonOrDiscarded(json.toStdString());
        const TopologyPatch patch = replaceObjectPatch(document_->topology(), id.toStdString(), edited);
        for (const auto& d : document_->applyPatch(patch, tr("Edit flow %1").arg(id)))
            errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
        dialog->showErrors(errors);
    });
    dialog->show();
    return dialog;
}

bool MainWindow::removeFlows(const QStringList& ids) {
    std::vector<Id> chosen;
    for (const QString& id : ids)
        chosen.push_back(id.toStdString());
    const Removal removal = planRemoval(document_->topology(), chosen);
    if (removal.patch.empty()) return false;
    return document_->applyPatch(removal.patch, tr("Remove %n flow(s)", nullptr, int(ids.size()))).empty();
}

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

EffectiveView* MainWindow::showEffectiveView(const QString& id) {
    auto* view = new EffectiveView(document_->network(), this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    // A VM stands for its primary NIC.
    QString target = id;
    if (const Vm* vm = document_->network()->index().vm(id.toStdString()); vm && vm->primaryNic())
        target = QString::fromStdString(vm->primaryNic()->id);
    view->showTarget(target);
    view->show();
    return view;
}

QString MainWindow::showFlowBetween(const QString& source, const QString& destination,
                                    const QString& protocol, int port) {
    for (const auto& f : document_->topology().flows)
        if (QString::fromStdString(f.source) == source &&
            QString::fromStdString(f.destination) == destination && f.port == port &&
            toString(f.protocol) == protocol) {
            flows_->selectFlow(QString::fromStdString(f.id));
            return QString::fromStdString(f.id);
        }
    // Not a flow of the document yet: add it (one undo step) and show it.
    Id id;
    const TopologyPatch patch = addFlowPatch(document_->topology(),
                                             {{"source", source.toStdString()},
                                              {"destination", destination.toStdString()},
                                              {"protocol", protocol.toStdString()},
                                              {"port", port}},
                                             &id);
    if (!document_->applyPatch(patch, tr("Add flow %1").arg(QString::fromStdString(id))).empty()) return {};
    flows_->selectFlow(QString::fromStdString(id));
    return QString::fromStdString(id);
}

void MainWindow::setLanguage(const QString& code) {
    QSettings().setValue("language", code);
    language_ = installLanguage(code); // every widget gets LanguageChange and retranslates
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // now, not later
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && menuBar()->actions().size() > 0) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    // Menus and their actions are rebuilt in the new language (texts were translated when made).
    for (QMenu* menu : menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
        delete menu;
    menuBar()->clear();
    qDeleteAll(windowActions_);
    windowActions_.clear();
    presenterKeys_.clear();
    scene_->setConnecting(false);
    scene_->setDrawingFlow(false);
    view_->setDragMode(QGraphicsView::RubberBandDrag);
    createActions();
    {
        const QSignalBlocker quiet(presenterAction_);
        presenterAction_->setChecked(presenter_);
    }
    for (QAction* key : std::as_const(presenterKeys_))
        key->setEnabled(presenter_);
    const std::pair<const char*, const char*> docks[] = {{"FlowsDock", QT_TR_NOOP("Flows")},
                                                         {"PaletteDock", QT_TR_NOOP("Palette")},
                                                         {"HopsDock", QT_TR_NOOP("Hops")},
                                                         {"InspectorDock", QT_TR_NOOP("Inspector")},
                                                         {"LatencyDock", QT_TR_NOOP("Latency")},
                                                         {"ProblemsDock", QT_TR_NOOP("Problems")},
                                                         {"ReachabilityDock", QT_TR_NOOP("Reachability")}};
    for (const auto& [name, title] : docks)
        if (auto* d = findChild<QDockWidget*>(name)) d->setWindowTitle(tr(title));
    refresh();
    showSelectedFlows();
}

ScenarioGallery* MainWindow::showGallery(bool welcome) {
    auto* gallery = new ScenarioGallery(language_, welcome, this);
    gallery->setAttribute(Qt::WA_DeleteOnClose);
    connect(gallery, &ScenarioGallery::scenarioChosen, this, [this](const QString& file) { openFile(file); });
    connect(gallery, &ScenarioGallery::openFileRequested, this, &MainWindow::chooseFile);
    gallery->show();
    return gallery;
}

void MainWindow::inspectObject(const QString& id) {
    scene_->selectIds({id});
    if (BoxItem* item = scene_->boxItem(id)) view_->centerOn(item);
    if (auto* dock = findChild<QDockWidget*>("InspectorDock")) dock->raise();
}

QStringList MainWindow::applyInspectorEdit(const QString& id, const QString& json) {
    QList<QPair<QString, QString>> errors;
    Json object;
    if (const auto error = parseJsonText(json.toStdString(), object))
        errors.append({QString(), tr("not valid JSON at line %1, column %2: %3")
                                      .arg(error->line)
                                      .arg(error->column)
                                      .arg(QString::fromStdString(error->what))});
    else if (!object.is_object())
        errors.append({QString(), tr("expected a JSON object")});
    if (errors.isEmpty() && id.isEmpty()) { // the document's own keys
        for (const auto& d : document_->applyPatch(documentSettingsPatch(document_->topology(), object),
                                                   tr("Edit document settings")))
            errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
    } else if (errors.isEmpty()) {
        const TopologyPatch patch = replaceObjectPatch(document_->topology(), id.toStdString(), object);
        const QString newId = object.contains("id") && object["id"].is_string()
                                  ? QString::fromStdString(object["id"].get<std::string>())
                                  : id;
        for (const auto& d : document_->applyPatch(patch, tr("Edit %1").arg(id)))
            errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
        if (errors.isEmpty() && newId != id) scene_->selectIds({newId});
    }
    inspector_->showErrors(errors);
    QStringList shown;
    for (const auto& [pointer, text] : errors)
        shown << (pointer.isEmpty() ? text : pointer + ": " + text);
    return shown;
}
bool MainWindow::maybeSave() {
    if (!document_->isModified()) return true;
    switch (askUnsaved(document_->displayName())) {
    case QMessageBox::Save:
        return saveDocument();
    case QMessageBox::Discard:
        document_->discardRecovery();
        return true;
    default:
        return false;
    }
}

bool MainWindow::saveDocument() {
    if (document_->path().isEmpty() || document_->isBuiltIn()) {
        chooseSaveAs();
        return !document_->isModified();
    }
    return saveDocumentAs(document_->path());
}

bool MainWindow::saveDocumentAs(const QString& path) {
    const QString error = document_->saveAs(path);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::chooseSaveAs() {
    QSettings settings;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save topology"), settings.value("lastDir").toString(),
                                     tr("Pathlight topologies (*.pathlight.json)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(".json")) path += ".pathlight.json";
    settings.setValue("lastDir", QFileInfo(path).absolutePath());
    saveDocumentAs(path);
}

QString MainWindow::exportDiagram(const QString& path) {
    const QString title = windowTitle();
    if (path.endsWith(".svg", Qt::CaseInsensitive)) return exportSvg(scene_, path, title);
    if (path.endsWith(".pdf", Qt::CaseInsensitive)) return exportPdf(scene_, path, title);
    return exportPng(scene_, path);
}

void MainWindow::chooseExport() {
    QSettings settings;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export diagram"), settings.value("lastDir").toString(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) return;
    const QString error = exportDiagram(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

QString MainWindow::exportReport(const QString& path) {
    const Topology& t = document_->topology();
    ReportInput input;
    input.analysis = &document_->analysis();
    input.title = t.title.empty() ? tr("Untitled topology") : QString::fromStdString(t.title);
    input.description = QString::fromStdString(t.description);
    input.fileName = document_->displayName();
    // The diagram as the window shows it, without the selection's highlight.
    const QStringList selected = scene_->selectedIds();
    scene_->clearSelection();
    QTemporaryDir temp;
    const QString png = temp.filePath("diagram.png");
    const QString imageError = exportPng(scene_, png);
    scene_->selectIds(selected);
    QFile image(png);
    if (imageError.isEmpty() && image.open(QIODevice::ReadOnly)) input.diagramPng = image.readAll();
    QString text;
    if (path.endsWith(".md", Qt::CaseInsensitive)) {
        const QFileInfo info(path);
        input.diagramFileName = info.completeBaseName() + "-diagram.png";
        QSaveFile diagram(info.dir().filePath(input.diagramFileName));
        if (!diagram.open(QIODevice::WriteOnly) || diagram.write(input.diagramPng) < 0 || !diagram.commit())
            return tr("cannot write %1: %2").arg(diagram.fileName(), diagram.errorString());
        text = ReportWriter::markdown(input);
    } else {
        text = ReportWriter::html(input);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(text.toUtf8());
    if (!file.commit()) return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void MainWindow::chooseReport() {
    QSettings settings;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), settings.value("lastDir").toString(),
                                     tr("HTML report (*.html);;Markdown report (*.md)"));
    if (path.isEmpty()) return;
    const QString error = exportReport(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

void MainWindow::printDiagram() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) printScene(scene_, &printer);
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recentFiles").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue("recentFiles", recent.mid(0, 8));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!recentMenu_) return;
    recentMenu_->clear();
    const QStringList recent = QSettings().value("recentFiles").toStringList();
    for (const QString& path : recent)
        recentMenu_->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    recentMenu_->setEnabled(!recent.isEmpty());
}

bool MainWindow::applyFix(Fix fix, QString flowId) {
    const Trace* target = document_->analysis().trace(flowId.toStdString());
    if (!target || !fix.applicable()) return false;
    const FixVerification v = document_->analysis().verify(fix.edit, *target);
    QStringList broken;
    for (const auto& c : v.changes)
        if (c.broken())
            broken << tr("%1 (%2 → %3)")
                          .arg(visible(c.flow), displayVerdict(c.verdictBefore),
                               displayVerdict(c.verdictAfter));
    if (!v.error.empty()) return false;
    if (!broken.isEmpty() && !askApplyBrokenFix(broken)) return false;
    const QString error = document_->applyEdit(fix.edit, tr("Apply fix: %1").arg(displayText(fix.summary)));
    if (!error.isEmpty()) {
        statusBar()->showMessage(error, 6000);
        return false;
    }
    int others = 0;
    for (const auto& c : v.changes)
        others += QString::fromStdString(c.flow) != flowId;
    statusBar()->showMessage(
        (v.targetDelivered
             ? tr("Fix applied: %1 is now delivered; %n other flow(s) changed.", nullptr, others)
             : tr("Fix applied: %1 is still not delivered; %n other flow(s) changed.", nullptr, others))
            .arg(flowId),
        8000);
    return true;
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (shownOnce_) return;
    shownOnce_ = true;
    // The view has its real size only now (docks laid out): fit the drawing to it.
    QTimer::singleShot(50, view_, &TopologyView::fitAll);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    document_->discardRecovery();
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

} // namespace pathlight
