// The main window's menus and actions (File, Edit, View, Teach, Help), the recent-files menu
// and the retranslation of what they show.

#include "gui/about_dialog.h"
#include "gui/main_window.h"

#include "panels/scenario_gallery.h"

#include "canvas/scene_export.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "edit/object_copy.h"
#include "gui/document.h"
#include "panels/effective_view.h"
#include "panels/palette_panel.h"
#include "panels/step_bar.h"
#include "report/report_writer.h"
#include "text/language.h"
#include "text/message_text.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pathlight {

namespace {

// A name from the file as a menu entry: made visible (no direction overrides) and with its '&'
// doubled, so that it is shown and not taken for a keyboard accelerator.
QString menuLabel(const std::string& name) {
    return visible(name).replace('&', "&&");
}

} // namespace

namespace {

// The window's docks: object name and title, in the order the View menu lists them.
const std::pair<const char*, const char*> kDocks[] = {
    {"FlowsDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Flows")},
    {"PaletteDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Palette")},
    {"HopsDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Hops")},
    {"InspectorDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Inspector")},
    {"LatencyDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Latency")},
    {"ProblemsDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Problems")},
    {"ReachabilityDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Reachability")},
    {"ImportReportDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Import report")},
    {"ComparisonDock", QT_TRANSLATE_NOOP("pathlight::MainWindow", "Comparison")}};

} // namespace

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDocument = file->addAction(tr("&New"), this, [this] {
        if (!maybeSave()) return;
        document_->clearToNew();
        forgetImportReport();
        // Shown as a document that opens is (its hint in sight and legible), not at the zoom the
        // previous document had (second newcomer walk: the hint was about 7 px high).
        QTimer::singleShot(0, view_, &TopologyView::showDocument);
    });
    newDocument->setShortcut(QKeySequence::New);
    file->addAction(tr("New from &scenario…"), this, [this] { showGallery(false); });
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    QMenu* examples = file->addMenu(tr("Open &example"));
    const QDir dir(":/examples");
    // Each example by its title in the user's language (the gallery's), the file name otherwise.
    QHash<QString, QString> titles;
    for (const ScenarioEntry& e : loadGallery(language_))
        titles.insert(e.file, e.title);
    for (const QString& name : dir.entryList({"*.pathlight.json"}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QString title = titles.value(path);
        QAction* a = examples->addAction(title.isEmpty() ? name.section('.', 0, 0) : title, this,
                                         [this, path] { openFile(path); });
        a->setToolTip(name);
    }
    file->addAction(tr("&Import from Azure files…"), this, [this] { chooseImport(false); });
    file->addAction(tr("Import from Azure f&older…"), this, [this] { chooseImport(true); });
    file->addAction(tr("Import from &Azure…"), this, &MainWindow::chooseLiveImport);
    file->addAction(tr("Compare &with…"), this, &MainWindow::chooseCompare);
    QAction* serviceTags =
        file->addAction(tr("Update service &tags from file…"), this, &MainWindow::chooseServiceTags);
    // What is loaded, shown where it is chosen (the text is computed when the menu opens).
    QAction* serviceTagsInfo = file->addAction(QString());
    serviceTagsInfo->setObjectName("ServiceTagsInfo");
    serviceTagsInfo->setEnabled(false);
    connect(file, &QMenu::aboutToShow, this,
            [this, serviceTagsInfo] { serviceTagsInfo->setText(serviceTagsSummary()); });
    serviceTags->setObjectName("UpdateServiceTags");
    file->addAction(tr("Update service tags from A&zure…"), this, &MainWindow::chooseLiveServiceTags)
        ->setObjectName("UpdateServiceTagsLive");
    recentMenu_ = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addAction(tr("Recover &unsaved work…"), this, [this] {
        if (!offerRecoveries()) statusBar()->showMessage(tr("No unsaved work to recover"), 4000);
    });
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::saveDocument);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &as…"), this, &MainWindow::chooseSaveAs);
    // The platform's Save As, or KDE's and GNOME's Ctrl+Shift+S where the platform has none (a
    // session without a desktop theme has no binding: the shortcut did nothing).
    saveAs->setShortcut(QKeySequence::keyBindings(QKeySequence::SaveAs)
                            .value(0, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
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
    // Several files open several windows: Close ends this one, Quit every one (each asking to save
    // its changes; one Cancel stops).
    QAction* closeWindow = file->addAction(tr("&Close window"), this, &QWidget::close);
    closeWindow->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    windowActions_ << undo;
    undo->setObjectName("undo"); // its text names the last edit: the shortcut list says "Undo"
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    windowActions_ << redo;
    redo->setObjectName("redo");
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* cancel = edit->addAction(tr("Cancel placing or connecting"), this, [this] {
        scene_->setPlacingKind({});
        palette_->disarm();
        view_->viewport()->unsetCursor();
        if (connectAction_ && connectAction_->isChecked()) connectAction_->setChecked(false);
        statusBar()->clearMessage();
    });
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction* connectMode = edit->addAction(tr("C&onnect objects"));
    connectMode->setCheckable(true);
    connectMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connectMode->setToolTip(
        tr("Drag from one object to another: VNet–VNet peering, gateway–circuit or gateway–site "
           "connection, site–circuit, NVA–Route Server"));
    connectAction_ = connectMode;
    connectIndicator_->setText(tr("Connect mode: drag between objects · Esc stops"));
    connect(connectMode, &QAction::toggled, this, [this](bool on) {
        scene_->setConnecting(on);
        view_->setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::RubberBandDrag);
        // The mode stays on for several connections: say so where messages do not replace it
        // (newcomer walk: after one connection nothing showed the mode was still on).
        connectIndicator_->setVisible(on);
        if (on) {
            view_->viewport()->setCursor(Qt::CrossCursor);
            statusBar()->showMessage(tr("Drag from one object to another to connect them (Esc to stop)"));
        } else {
            view_->viewport()->unsetCursor();
            statusBar()->clearMessage();
        }
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
                tr("Drag from a flow's source to its destination (Esc or Ctrl+Shift+T to stop)"));
        else
            statusBar()->clearMessage();
    });
    connect(connectMode, &QAction::toggled, this, [drawFlow](bool on) {
        if (on) drawFlow->setChecked(false);
    });
    // Esc leaves drawing a flow too, as it leaves placing and connecting (newcomer: the hint went
    // and the mode stayed, so the next drag meant to move a box opened a New flow dialog).
    connect(cancel, &QAction::triggered, drawFlow, [drawFlow] { drawFlow->setChecked(false); });
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
         {std::tuple{ObjectKind::Nsg, QT_TR_NOOP("Network &security groups"),
                     QT_TR_NOOP("New network security group")},
          std::tuple{ObjectKind::RouteTable, QT_TR_NOOP("Route &tables"), QT_TR_NOOP("New route table")}}) {
        QMenu* list = edit->addMenu(tr(title));
        connect(list, &QMenu::aboutToShow, this, [this, list, kind = kind, newText = newText] {
            list->clear();
            const Topology& t = document_->topology();
            // Listed by name (the id where there is none), as a person reads them.
            std::vector<std::pair<QString, QString>> entries; // id, label
            auto entry = [](const Id& id, const std::string& name) {
                return std::pair{QString::fromStdString(id), menuLabel(name.empty() ? id : name)};
            };
            if (kind == ObjectKind::Nsg)
                for (const auto& n : t.nsgs)
                    entries.push_back(entry(n.id, n.name));
            else
                for (const auto& r : t.routeTables)
                    entries.push_back(entry(r.id, r.name));
            for (const auto& [id, label] : entries)
                list->addAction(label, this, [this, kind, id = id] { editRuleSet(kind, id); });
            if (!entries.empty()) list->addSeparator();
            list->addAction(tr(newText), this, [this, kind] {
                const QString id = placeObject(kind == ObjectKind::Nsg ? "nsg" : "route-table", {}, {});
                Q_UNUSED(id);
            });
        });
    }
    // Each firewall's policy and each load balancer, in their editors; listed by name.
    auto objectMenu = [this, edit](const char* title, const char* none, auto list, auto open) {
        QMenu* menu = edit->addMenu(tr(title));
        connect(menu, &QMenu::aboutToShow, this, [this, menu, none, list, open] {
            menu->clear();
            for (const auto& object : list(document_->topology())) {
                const QString id = QString::fromStdString(object.id);
                menu->addAction(menuLabel(object.name.empty() ? object.id : object.name), this,
                                [this, id, open] { (this->*open)(id); });
            }
            if (menu->isEmpty()) menu->addAction(tr(none))->setEnabled(false);
        });
    };
    objectMenu(
        QT_TR_NOOP("&Firewall policies"), QT_TR_NOOP("No Azure Firewall in this design"),
        [](const Topology& t) -> const auto& { return t.firewalls; }, &MainWindow::editFirewallPolicy);
    objectMenu(
        QT_TR_NOOP("&Load balancers"), QT_TR_NOOP("No load balancer in this design"),
        [](const Topology& t) -> const auto& { return t.loadBalancers; }, &MainWindow::editLoadBalancer);
    QMenu* arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addAction(tr("Automatic &layout"), this, &MainWindow::automaticLayout);
    QMenu* align = arrange->addMenu(tr("&Align"));
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
    // In one fixed order, whatever the language or the docks' history (findChildren's order
    // changed after a language switch).
    for (const auto& [name, title] : kDocks)
        if (auto* d = findChild<QDockWidget*>(name)) viewMenu->addAction(d->toggleViewAction());

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
    QAction* quickStart = help->addAction(tr("&Quick start"), this, &MainWindow::showQuickStart);
    quickStart->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Pathlight"), this, [this] { showAboutDialog(this); });
}

void MainWindow::showQuickStart() {
    QMessageBox box(QMessageBox::Information, tr("Quick start"),
                    tr("<h3>Pathlight in five steps</h3><ol>"
                       "<li><b>Pick a flow</b> in Flows: the canvas lights its path hop by hop, the reply "
                       "dotted beside it, and the verdict at its end.</li>"
                       "<li><b>Read the hops</b> in the Hops panel: the route chosen at each hop and the "
                       "routes it beat, every NSG decision, the addresses before and after.</li>"
                       "<li><b>Fix what is wrong</b>: Problems and the hop panel list each finding with its "
                       "fixes. Apply one and every flow is traced again; Edit ▸ Undo takes it back.</li>"
                       "<li><b>Draw</b>: choose an object in the Palette and click the canvas (a VNet, then "
                       "subnets and VMs inside it); Edit ▸ Connect objects links two; select an object to "
                       "edit it in the Inspector.</li>"
                       "<li><b>Ask a question</b>: Edit ▸ New flow… from a source to a destination, and the "
                       "answer appears in Flows. Teaching ▸ steps through a flow for a class.</li></ol>"
                       "<p>File ▸ New from scenario… opens worked cases from real reports.</p>"),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

QList<QStringList> MainWindow::shortcutRows() const {
    // Every action with a shortcut, from the menus and the step-through bar themselves (the list
    // cannot go stale), each once, in menu order; Undo and Redo by their function, not by the edit
    // they would take back now.
    QList<QStringList> rows;
    const std::function<void(const QList<QAction*>&)> walk = [&](const QList<QAction*>& actions) {
        for (const QAction* a : actions) {
            if (a->menu()) walk(a->menu()->actions());
            if (a->shortcut().isEmpty()) continue;
            QString name = a->objectName() == "undo"   ? tr("Undo")
                           : a->objectName() == "redo" ? tr("Redo")
                           : !a->text().isEmpty()      ? a->text()
                                                       : a->toolTip().section(" (", 0, 0);
            name.remove(QRegularExpression("&(?!&)"));
            if (name.isEmpty()) continue;
            const QStringList row{name, a->shortcut().toString(QKeySequence::NativeText)};
            if (!rows.contains(row)) rows << row;
        }
    };
    for (const QAction* menu : menuBar()->actions())
        if (menu->menu()) walk(menu->menu()->actions());
    walk(stepBar_->actions());
    return rows;
}

QString MainWindow::shortcutsText() const {
    QStringList lines;
    for (const QStringList& row : shortcutRows())
        lines << row.join('\t');
    return lines.join('\n');
}

void MainWindow::showShortcuts() {
    // A table that scrolls, sized to the screen (a message box of 60 rows was taller than the
    // screen, its OK button out of reach).
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(0, 2, &dialog);
    table->setObjectName("shortcutTable");
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const QStringList& row : shortcutRows()) {
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(row[0]));
        table->setItem(r, 1, new QTableWidgetItem(row[1]));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 768);
    const int wanted = table->horizontalHeader()->height() +
                       table->rowCount() * table->verticalHeader()->defaultSectionSize() + 80;
    dialog.resize(std::max(420, table->horizontalHeader()->length() + 60),
                  std::min(wanted, screen.height() * 3 / 4));
    dialog.exec();
}

void MainWindow::retranslate() {
    // The undo steps' names first: the Undo and Redo actions made below read them (Edit ▸ Undo
    // said "Move 1 object" in Japanese after the switch).
    document_->retranslateUndoSteps();
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
    connectIndicator_->hide();
    view_->viewport()->unsetCursor();
    createActions();
    {
        const QSignalBlocker quiet(presenterAction_);
        presenterAction_->setChecked(presenter_);
    }
    for (QAction* key : std::as_const(presenterKeys_))
        key->setEnabled(presenter_);
    for (const auto& [name, title] : kDocks)
        if (auto* d = findChild<QDockWidget*>(name)) d->setWindowTitle(tr(title));
    zoomIndicator_->setToolTip(tr("Zoom: Ctrl+0 fits the drawing, Ctrl+1 shows it at 100 %"));
    refresh();
    showSelectedFlows();
}

void MainWindow::rememberRecent(const QString& given) {
    // Absolute, so that the list works from any working directory (a file opened as
    // "topo/a.pathlight.json" from one folder was offered as that from every other); the
    // built-in examples (":/...") stay as they are.
    const QString path = given.startsWith(":/") ? given : QFileInfo(given).absoluteFilePath();
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

} // namespace pathlight
