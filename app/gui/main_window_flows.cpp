// The main window's flow views: the selected flows on the canvas with their hops, step bar and
// latency; adding, editing and removing flows; effective routes and rules; a matrix cell's flow.

#include "gui/main_window.h"

#include "io/json_text.h"

#include "advice/fix_advisor.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "edit/object_removal.h"
#include "editors/flow_dialog.h"
#include "gui/document.h"
#include "io/topology_io.h"
#include "panels/effective_view.h"
#include "panels/flows_panel.h"
#include "panels/hops_panel.h"
#include "panels/step_bar.h"
#include "plots/latency_chart.h"
#include "text/message_text.h"

#include <QDockWidget>
#include <QStatusBar>

namespace pathlight {

void MainWindow::showSelectedFlows() {
    const QStringList ids = flows_->selectedFlowIds();
    std::vector<const Trace*> shown;
    for (const auto& t : document_->traces())
        if (ids.contains(QString::fromStdString(t.flowId)) && QString::fromStdString(t.flowId) != hiddenFlow_)
            shown.push_back(&t);
    const std::vector<FindingFixes>* fixes =
        shown.size() == 1 ? &document_->analysis().fixes(shown.front()->flowId) : nullptr;
    scene_->showTraces(shown, fixes);
    // A newly chosen flow is brought into sight (on a large design it may lie off screen); the
    // same flows shown again after an edit leave the view where the user put it.
    if (ids != broughtIntoView_) {
        broughtIntoView_ = ids;
        view_->bringIntoView(scene_->pathsRect());
        // A newly chosen single flow brings its hops forward (the Inspector tab stayed in front).
        if (shown.size() == 1)
            if (auto* dock = findChild<QDockWidget*>("HopsDock")) dock->raise();
    }
    if (shown.size() == 1) {
        // Each finding's fixes, with what applying each would do to every flow (verified once
        // per version by the analysis).
        hops_->showTrace(shown.front(), document_->network().get(), *fixes);
    } else {
        hops_->showTrace(nullptr);
    }
    stepBar_->setTrace(shown.size() == 1 ? shown.front() : nullptr);
    latency_->showTrace(document_->network().get(), shown.size() == 1 ? shown.front() : nullptr);
    if (shown.size() == 1) {
        const Trace& t = *shown.front();
        QString message =
            tr("%1: %2").arg(visible(t.flowName.empty() ? t.flowId : t.flowName), displayVerdict(t.verdict));
        if (const Finding* why = verdictFinding(t)) message += " — " + displayText(why->message);
        statusBar()->showMessage(message);
    } else if (statusShowsFlow_) {
        // The flow it spoke of is no longer shown (File ▸ New, another file, a recovery): the
        // demo's "rejected" stayed beside "0 flows" (newcomer walk).
        statusBar()->clearMessage();
    }
    statusShowsFlow_ = shown.size() == 1;
}

QString MainWindow::untraceable(const Json& flow) const {
    // Read as the file reader reads a flow (its checks, its errors), then asked of the analysis.
    Json named = flow;
    if (named.is_object() && !named.contains("id")) named["id"] = "flow";
    Flow read;
    if (const auto errors = readFlowObject(named, "/flows/-", read); !errors.empty())
        return displayText(errors.front().message);
    const Message why = document_->analysis().whyUntraceable(FlowSpec::fromFlow(read));
    return why.empty() ? QString() : displayText(why);
}

FlowDialog* MainWindow::newFlow(const QString& source, const QString& destination) {
    auto* dialog = new FlowDialog(*document_->network(),
                                  flowDraft(source.toStdString(), destination.toStdString()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlowDialog::submitted, this, [this, dialog](const QString& json) {
        const Json added = parseJsonOrDiscarded(json.toStdString());
        if (!added.is_object()) return;
        if (const QString why = untraceable(added); !why.isEmpty()) {
            dialog->showErrors({{QString(), why}});
            return;
        }
        Id id;
        std::string shown; // the undo step names the flow as the user named it
        const TopologyPatch patch = addFlowPatch(document_->topology(), added, &id, &shown);
        QList<QPair<QString, QString>> errors;
        for (const auto& d : document_->apply(
                 Change::patched(patch), [name = visible(shown)] { return tr("Add flow %1").arg(name); }))
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
        if (const QString why = edited.is_object() ? untraceable(edited) : QString(); !why.isEmpty()) {
            dialog->showErrors({{QString(), why}});
            return;
        }
        const TopologyPatch patch = replaceObjectPatch(document_->topology(), id.toStdString(), edited);
        for (const auto& d :
             document_->apply(Change::patched(patch), [id] { return tr("Edit flow %1").arg(id); }))
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
    const int count = int(ids.size());
    return document_
        ->apply(Change::patched(removal.patch), [count] { return tr("Remove %n flow(s)", nullptr, count); })
        .empty();
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
    if (!document_
             ->apply(Change::patched(patch),
                     [name = QString::fromStdString(id)] { return tr("Add flow %1").arg(name); })
             .empty())
        return {};
    flows_->selectFlow(QString::fromStdString(id));
    return QString::fromStdString(id);
}

} // namespace pathlight
