#include "gui/main_window.h"

#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "gui/document.h"
#include "panels/flows_panel.h"
#include "panels/inspector_panel.h"
#include "panels/problems_panel.h"
#include "text/message_text.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace pathlight {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), scene_(new TopologyScene(this)),
      view_(new TopologyView(this)), flows_(new FlowsPanel(this)), problems_(new ProblemsPanel(this)),
      inspector_(new InspectorPanel(this)), status_(new QLabel(this)) {
    setObjectName("MainWindow");
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
    dock(inspector_, tr("Inspector"), "InspectorDock", Qt::RightDockWidgetArea);
    QDockWidget* problemsDock = dock(problems_, tr("Problems"), "ProblemsDock", Qt::BottomDockWidgetArea);
    QSettings saved;
    if (!saved.contains("window/state")) // first start: give the flow table room for its columns
        QTimer::singleShot(0, this, [this, flowsDock, problemsDock] {
            resizeDocks({flowsDock}, {480}, Qt::Horizontal);
            resizeDocks({problemsDock}, {190}, Qt::Vertical);
        });
    statusBar()->addPermanentWidget(status_);

    createActions();
    connect(document_, &Document::changed, this, &MainWindow::refresh);
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

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* examples = file->addMenu(tr("Open &example"));
    const QDir dir(":/examples");
    for (const QString& name : dir.entryList({"*.pathlight.json"}, QDir::Files, QDir::Name))
        examples->addAction(name.section('.', 0, 0), this,
                            [this, path = dir.filePath(name)] { openFile(path); });
    QAction* reload = file->addAction(tr("&Reload"), this, [this] {
        if (!document_->path().isEmpty()) openFile(document_->path());
    });
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

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
    for (QDockWidget* d : findChildren<QDockWidget*>())
        viewMenu->addAction(d->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Pathlight"), this, [this] {
        QMessageBox::about(
            this, tr("About Pathlight"),
            tr("<b>Pathlight</b> %1<br>Traces flows through hybrid Azure networks: the route at every hop, "
               "each NSG decision, the source address the destination sees, and what is wrong.")
                .arg(QApplication::applicationVersion()));
    });
}

bool MainWindow::openFile(const QString& path) {
    const auto errors = document_->load(path);
    if (errors.empty()) {
        QTimer::singleShot(0, view_, &TopologyView::fitAll);
        return true;
    }
    QStringList lines;
    for (const auto& d : errors)
        lines << (d.pointer.empty() ? QString() : QString::fromStdString(d.pointer) + ": ") +
                     displayText(d.message);
    QMessageBox box(QMessageBox::Critical, tr("Cannot open file"),
                    tr("%1 cannot be opened: %n problem(s) found.", nullptr, int(errors.size()))
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(lines.mid(0, 5).join("\n"));
    box.setDetailedText(lines.join("\n"));
    if (qEnvironmentVariableIsSet("PATHLIGHT_NO_DIALOGS")) // tests: report instead of blocking
        statusBar()->showMessage(lines.join("; "));
    else
        box.exec();
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

void MainWindow::refresh() {
    const Topology& t = document_->topology();
    setWindowTitle(tr("%1 — %2 — Pathlight")
                       .arg(t.title.empty() ? tr("Untitled topology") : QString::fromStdString(t.title),
                            document_->displayName()));
    scene_->setDiagram(buildDiagram(t));
    flows_->setTraces(document_->traces());
    problems_->setProblems(document_->diagnostics(), document_->traces());
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

void MainWindow::showSelectedFlows() {
    const QStringList ids = flows_->selectedFlowIds();
    std::vector<const Trace*> shown;
    for (const auto& t : document_->traces())
        if (ids.contains(QString::fromStdString(t.flowId))) shown.push_back(&t);
    scene_->showTraces(shown);
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
    inspector_->showObject(document_->network(), scene_->selectedId());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

} // namespace pathlight
