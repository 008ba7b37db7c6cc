#include "gui/main_window.h"

#include "advice/fix_advisor.h"
#include "canvas/containment.h"
#include "canvas/diagram.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "edit/object_factory.h"
#include "editors/flow_dialog.h"
#include "gui/document.h"
#include "panels/comparison_panel.h"
#include "panels/effective_view.h"
#include "panels/eliding_status_bar.h"
#include "panels/flows_panel.h"
#include "panels/hops_panel.h"
#include "panels/import_report_panel.h"
#include "panels/inspector_panel.h"
#include "panels/palette_panel.h"
#include "panels/problems_panel.h"
#include "panels/step_bar.h"
#include "plots/latency_chart.h"
#include "plots/reachability_matrix.h"
#include "report/report_writer.h"
#include "text/language.h"
#include "text/message_text.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace pathlight {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), scene_(new TopologyScene(this)),
      view_(new TopologyView(this)), flows_(new FlowsPanel(this)), problems_(new ProblemsPanel(this)),
      hops_(new HopsPanel(this)), palette_(new PalettePanel(this)), inspector_(new InspectorPanel(this)),
      importReport_(new ImportReportPanel(this)), comparison_(new ComparisonPanel(this)),
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
    loadStoredServiceTags();
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
    QDockWidget* importDock =
        dock(importReport_, tr("Import report"), "ImportReportDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(matrixDock, importDock);
    importDock->hide(); // until something is imported
    QDockWidget* comparisonDock =
        dock(comparison_, tr("Comparison"), "ComparisonDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(importDock, comparisonDock);
    comparisonDock->hide(); // until a comparison is made
    connect(comparison_, &ComparisonPanel::objectActivated, this, &MainWindow::inspectObject);
    connect(comparison_, &ComparisonPanel::flowActivated, this,
            [this](const QString& id) { flows_->selectFlow(id); });
    connect(comparison_, &ComparisonPanel::compareAgainRequested, this,
            [this] { compareWith(comparedPath_); });
    problemsDock->raise();
    connect(importReport_, &ImportReportPanel::objectActivated, this, &MainWindow::inspectObject);
    QSettings saved;
    if (!saved.contains("window/state")) // first start: give the flow table room for its columns
        QTimer::singleShot(0, this, [this, paletteDock, flowsDock, problemsDock] {
            resizeDocks({paletteDock, flowsDock}, {210, 480}, Qt::Horizontal);
            resizeDocks({problemsDock}, {190}, Qt::Vertical);
        });
    status_->setContentsMargins(16, 0, 4, 0); // a gap: a long message ends before the counter
    setStatusBar(new ElidingStatusBar);       // long messages end in "…" before the flow counter
    connectIndicator_ = new QLabel;
    connectIndicator_->setObjectName("ConnectIndicator");
    connectIndicator_->setStyleSheet("QLabel { background: #1c7ed6; color: white; padding: 1px 6px; }");
    connectIndicator_->hide();
    statusBar()->addPermanentWidget(connectIndicator_);
    // The zoom, always in sight (a newcomer turned the wheel 26 times from the fit to 100 % and
    // never knew where it was).
    zoomIndicator_ = new QLabel;
    zoomIndicator_->setObjectName("ZoomIndicator");
    statusBar()->addPermanentWidget(zoomIndicator_);
    zoomIndicator_->setToolTip(tr("Zoom: Ctrl+0 fits the drawing, Ctrl+1 shows it at 100 %"));
    const auto showZoom = [this](double zoom) {
        zoomIndicator_->setText(QLocale().toString(qRound(zoom * 100)) + " %");
    };
    connect(view_, &TopologyView::zoomChanged, this, showZoom);
    showZoom(view_->zoom());
    statusBar()->addPermanentWidget(status_);
    addToolBar(Qt::TopToolBarArea, stepBar_);
    connect(stepBar_, &StepBar::hopChanged, this, [this] {
        if (const int reply = stepBar_->replyHop(); reply >= 0) {
            scene_->setPacketAt(reply, true);
            hops_->selectReplyHop(reply);
        } else if (const int hop = stepBar_->requestHop(); hop >= 0) {
            scene_->setPacketAt(hop);
            hops_->selectHop(hop);
        } else if (stepBar_->atVerdict()) {
            hops_->selectHop(-1); // the packet stays where the walk ended
        } else {
            scene_->setPacketAt(-1);
            hops_->clearHop(); // back at the start: no hop is the current one (newcomer walk)
        }
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
    connect(scene_, &TopologyScene::flowRequested, this, [this](const QString& from, const QString& to) {
        // The Internet is not one address: the user names the one the flow goes to.
        FlowDialog* dialog = newFlow(from, to == kInternetNodeId ? QString() : to);
        if (to == kInternetNodeId) dialog->destinationBox()->setFocus();
    });
    connect(flows_, &FlowsPanel::newFlowRequested, this, [this] { newFlow(); });
    connect(flows_, &FlowsPanel::editFlowRequested, this, &MainWindow::editFlow);
    connect(flows_, &FlowsPanel::removeFlowsRequested, this, &MainWindow::removeFlows);
    connect(scene_, &TopologyScene::placeRequested, this,
            [this](const QString& kind, const QPointF& at, const QString& container) {
                placeObject(kind, at, container);
            });
    connect(inspector_, &InspectorPanel::applyRequested, this, &MainWindow::applyInspectorEdit);
    connect(inspector_, &InspectorPanel::editRuleSetRequested, this,
            [this](ObjectKind kind, const QString& id) {
                if (kind == ObjectKind::Firewall)
                    editFirewallPolicy(id);
                else if (kind == ObjectKind::LoadBalancer)
                    editLoadBalancer(id);
                else
                    editRuleSet(kind, id);
            });
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
    if (restoreGeometry(settings.value("window/geometry").toByteArray())) {
        // Inside the screen it opens on: a geometry saved on a larger screen (or, without a window
        // manager, restored 20 px lower than saved) put the status bar off the screen.
        if (const QScreen* where = screen()) { // maximized too: it came back at 0,20 all the same
            const QRect area = where->availableGeometry();
            QRect g = geometry();
            g.setSize(g.size().boundedTo(area.size()));
            g.moveLeft(std::clamp(g.left(), area.left(), area.right() - g.width() + 1));
            g.moveTop(std::clamp(g.top(), area.top(), area.bottom() - g.height() + 1));
            if (g != geometry()) setGeometry(g);
        }
    } else
        // First start: the whole screen, as the canvas is what the window is for (newcomer
        // walk: at 1400 × 860 the demo fitted at 65 %, its labels 4–5 px tall; on a 1366 × 768
        // laptop without a window manager 1400 × 860 ran off the screen). A screen smaller than
        // 1024 × 640 (the offscreen test platform's 800 × 600) keeps 1400 × 860.
        if (const QScreen* where = screen(); where && where->availableGeometry().width() >= 1024 &&
                                             where->availableGeometry().height() >= 640) {
            setGeometry(where->availableGeometry());
            setWindowState(windowState() | Qt::WindowMaximized);
        }
    restoreState(settings.value("window/state").toByteArray());
    nameObjectsFromThisDocument();
}

namespace {
// The window whose document names objects now (several windows: the one last activated).
const MainWindow* namingWindow = nullptr;
} // namespace

void MainWindow::nameObjectsFromThisDocument() {
    namingWindow = this;
    // Sentences name objects as a person knows them (their names); the document's current
    // network is read at each use, so edits and new files need no new namer.
    setObjectNamer([this](const std::string& id) -> std::string {
        const Network& network = *document_->network();
        if (network.index().contains(id)) return network.index().displayName(id);
        if (const CatalogEndpoint* e = network.catalog().byId(id))
            return QCoreApplication::translate("Catalog", endpointName(e->endpoint).c_str()).toStdString();
        if (id == kInternetNodeId) return QCoreApplication::translate("Diagram", "Internet").toStdString();
        return id;
    });
}

MainWindow::~MainWindow() {
    // This window's document goes away; another window's namer (activated first) stays.
    if (namingWindow == this) {
        setObjectNamer({});
        namingWindow = nullptr;
    }
    // Children are destroyed after this window's own parts, and some still signal while they
    // go (the undo stack, the scene's selection): stop listening first.
    disconnect(document_->undoStack(), nullptr, this, nullptr);
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::updateTitle() {
    const Topology& t = document_->topology();
    // "Title — file* — Pathlight"; a design without a title is named by its file alone
    // ("Untitled* — Pathlight", not "Untitled topology — Untitled*").
    const QString modified = document_->isModified() ? "*" : "";
    if (t.title.empty())
        setWindowTitle(tr("%1%2 — Pathlight").arg(document_->displayName(), modified));
    else
        setWindowTitle(tr("%1 — %2%3 — Pathlight").arg(visible(t.title), document_->displayName(), modified));
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
        if (!document_->lastChangeKeptDrawing() || scene_->diagram().boxes.empty()) {
            diagram = buildDiagram(t);
            applyContainment(diagram); // a file's layout may put a box outside its container
        }
        // The same drawing is kept, unless the user dragged boxes that the document put back
        // where they were (a VM dragged out of its subnet stayed drawn outside it).
        if (document_->lastChangeKeptDrawing() || (diagram == scene_->diagram() && scene_->showsDiagram())) {
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
    markComparisonOnCanvas();
    matrix_->setNetwork(document_->network());
    // Open effective-route windows show the current version too (what the portal would show
    // after the change), and hold no older network than the document's.
    for (auto* view : findChildren<EffectiveView*>())
        view->setNetwork(document_->network());
    int delivered = 0;
    for (const auto& tr : document_->traces())
        delivered += tr.verdict == Verdict::Delivered;
    status_->setText(
        tr("%n flow(s): %1 delivered, %2 not delivered", nullptr, int(document_->traces().size()))
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

void MainWindow::showSelection() {
    const QString id = scene_->selectedId();
    inspector_->showObject(document_->network(), id, document_->diagnostics());
    // A newly selected object brings the Inspector forward, read from its top.
    if (!id.isEmpty() && id != inspected_) {
        if (auto* dock = findChild<QDockWidget*>("InspectorDock")) dock->raise();
        inspector_->showTop();
    }
    inspected_ = id;
}

void MainWindow::setLanguage(const QString& code) {
    QSettings().setValue("language", code);
    language_ = installLanguage(code); // every widget gets LanguageChange and retranslates
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // now, not later
    refresh(); // the views that rebuild their rows from the model (problems, hops) do it now
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) nameObjectsFromThisDocument();
    if (event->type() == QEvent::LanguageChange && menuBar()->actions().size() > 0) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (shownOnce_) return;
    shownOnce_ = true;
    // The view has its real size only now (docks laid out): fit the drawing to it.
    QTimer::singleShot(50, view_, &TopologyView::showDocument);
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
