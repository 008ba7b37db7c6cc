// The main window's editing actions: place, connect, move, delete, copy and paste, align, the
// inspector's and the rule set editors' changes, and applying a fix. Each builds its change in the
// model (edit/) and hands it to the document as one undo step.

#include "gui/main_window.h"

#include "canvas/containment.h"
#include "canvas/diagram.h"

#include "io/json_text.h"

#include "advice/fix_advisor.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "edit/object_copy.h"
#include "edit/object_factory.h"
#include "edit/object_removal.h"
#include "editors/firewall_policy_editor.h"
#include "editors/load_balancer_editor.h"
#include "editors/rule_set_editor.h"
#include "gui/document.h"
#include "io/topology_io.h"
#include "panels/inspector_panel.h"
#include "panels/palette_panel.h"
#include "text/message_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QMimeData>
#include <QStatusBar>
#include <cmath>

namespace pathlight {

TopologyPatch MainWindow::withContainment(const TopologyPatch& patch) const {
    return pathlight::withContainment(document_->topology(), document_->network()->index(), scene_->diagram(),
                                      patch);
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
        // A box carried along by its moving container keeps its subnet, wherever it lands.
        bool carried = false;
        for (const DiagramBox* up = box ? scene_->diagram().find(box->parent) : nullptr; up && !carried;
             up = scene_->diagram().find(up->parent))
            carried =
                std::any_of(moved.begin(), moved.end(), [&](const auto& m) { return m.first == up->id; });
        if (!aligning_ && !carried && box &&
            (box->kind == BoxKind::Vm || box->kind == BoxKind::Nva || box->kind == BoxKind::AppGateway)) {
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
    const int count = int(moved.size());
    const auto errors = document_->apply(Change::patched(withContainment(patch)),
                                         [count] { return tr("Move %n object(s)", nullptr, count); });
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
    const auto errors = document_->apply(Change::patched(withContainment(created.patch)),
                                         [id] { return tr("Add %1").arg(id); });
    if (!errors.empty()) {
        statusBar()->showMessage(tr("Cannot place it there: %1").arg(displayText(errors.front().message)),
                                 6000);
        return {};
    }
    statusBar()->showMessage(tr("Added %1").arg(id), 4000);
    if (const auto k = newObjectKindFromString(kind.toStdString());
        k == NewObjectKind::Nsg || k == NewObjectKind::RouteTable) { // not drawn: its rules come next
        editRuleSet(k == NewObjectKind::Nsg ? ObjectKind::Nsg : ObjectKind::RouteTable, id);
        return id;
    }
    scene_->selectIds({id});
    // Where it landed is shown (a box moved clear of others, a gateway's new GatewaySubnet below
    // its VNet, could lie off the window: newcomer walk), scrolling as little as that takes:
    // centring it moved the view 280 px and pushed what was drawn before out of sight.
    if (const BoxItem* item = scene_->boxItem(id)) view_->showWithLeastScroll(item->sceneBoundingRect());
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
    const auto errors = document_->apply(Change::patched(link.patch),
                                         [from, to] { return tr("Connect %1 and %2").arg(from, to); });
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
    const auto text = [ids] {
        return ids.size() == 1 ? tr("Delete %1").arg(ids.front())
                               : tr("Delete %n object(s)", nullptr, int(ids.size()));
    };
    const auto errors = document_->apply(Change::patched(removal.patch), text);
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

Json MainWindow::copiedWithPositions(const std::vector<Id>& chosen) const {
    // Where the canvas shows each box: the copy keeps it for objects the layout does not place.
    std::vector<LayoutPlacement> shown;
    shown.reserve(scene_->diagram().boxes.size());
    for (const DiagramBox& box : scene_->diagram().boxes) {
        LayoutPlacement p{box.id.toStdString(), box.rect.x(), box.rect.y(), {}, {}};
        if (box.container) {
            p.w = box.rect.width();
            p.h = box.rect.height();
        }
        shown.push_back(std::move(p));
    }
    return copyObjects(document_->topology(), chosen, shown);
}

bool MainWindow::copySelection() {
    const QStringList ids = scene_->selectedIds();
    if (ids.isEmpty()) return false;
    std::vector<Id> chosen;
    for (const QString& id : ids)
        chosen.push_back(id.toStdString());
    const Json fragment = copiedWithPositions(chosen);
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

QStringList MainWindow::pasteFragment(const Json& fragment, double offset, std::function<QString()> text) {
    const Paste paste = pasteObjects(document_->topology(), fragment, offset, offset);
    if (paste.patch.empty()) {
        statusBar()->showMessage(tr("Nothing pasted: %1").arg(displayText(paste.error)), 8000);
        return {};
    }
    const auto errors = document_->apply(Change::patched(withContainment(paste.patch)), text);
    if (!errors.empty()) {
        statusBar()->showMessage(tr("Nothing pasted: %1").arg(displayText(errors.front().message)), 8000);
        return {};
    }
    QStringList ids;
    for (const Id& id : paste.ids)
        ids << QString::fromStdString(id);
    scene_->selectIds(ids);
    QRectF pasted; // in sight (a pasted VNet landed below the visible part of the canvas)
    for (const QString& id : std::as_const(ids))
        if (const BoxItem* box = scene_->boxItem(id)) pasted |= box->sceneBoundingRect();
    if (!pasted.isEmpty()) view_->bringIntoView(pasted);
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
    return pasteFragment(fragment, TopologyScene::kGrid * 3 * pasteCount_, [] { return tr("Paste"); });
}

QStringList MainWindow::duplicateSelection() {
    const QStringList ids = scene_->selectedIds();
    if (ids.isEmpty()) return {};
    std::vector<Id> chosen;
    for (const QString& id : ids)
        chosen.push_back(id.toStdString());
    return pasteFragment(copiedWithPositions(chosen), TopologyScene::kGrid * 3,
                         [names = ids.join(", ")] { return tr("Duplicate %1").arg(names); });
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

RuleSetEditor* MainWindow::editRuleSet(ObjectKind kind, const QString& id) {
    const ObjectRef* ref = document_->network()->index().find(id.toStdString());
    if (!ref || ref->kind != kind || (kind != ObjectKind::Nsg && kind != ObjectKind::RouteTable))
        return nullptr;
    const ObjectJson shown =
        objectToJson(document_->topology(), document_->network()->index(), id.toStdString());
    QStringList groups;
    for (const auto& asg : document_->topology().applicationSecurityGroups)
        groups << QString::fromStdString(asg.id);
    auto* editor = new RuleSetEditor(kind == ObjectKind::Nsg ? RuleSetEditor::Kind::Nsg
                                                             : RuleSetEditor::Kind::RouteTable,
                                     shown.object, shown.pointer, this, groups);
    QStringList appliances;
    for (const Vm& vm : document_->topology().vms)
        for (const Nic& nic : vm.nics)
            if (nic.enableIPForwarding && !nic.ipConfigurations.empty())
                appliances << QString::fromStdString(nic.ipConfigurations.front().privateIp.toString());
    editor->setApplianceAddresses(appliances);
    showObjectEditor(editor);
    return editor;
}

FirewallPolicyEditor* MainWindow::editFirewallPolicy(const QString& id) {
    const ObjectRef* ref = document_->network()->index().find(id.toStdString());
    if (!ref || ref->kind != ObjectKind::Firewall) return nullptr;
    const ObjectJson shown =
        objectToJson(document_->topology(), document_->network()->index(), id.toStdString());
    auto* editor = new FirewallPolicyEditor(shown.object, shown.pointer, this);
    showObjectEditor(editor);
    return editor;
}

LoadBalancerEditor* MainWindow::editLoadBalancer(const QString& id) {
    const ObjectRef* ref = document_->network()->index().find(id.toStdString());
    if (!ref || ref->kind != ObjectKind::LoadBalancer) return nullptr;
    const ObjectJson shown =
        objectToJson(document_->topology(), document_->network()->index(), id.toStdString());
    LoadBalancerEditor::Choices choices;
    for (const auto& v : document_->topology().vnets)
        for (const auto& s : v.subnets)
            choices.subnets << QString::fromStdString(s.id);
    for (const auto& vm : document_->topology().vms)
        for (const auto& n : vm.nics)
            choices.nics << QString::fromStdString(n.id);
    auto* editor = new LoadBalancerEditor(shown.object, shown.pointer, choices, this);
    showObjectEditor(editor);
    return editor;
}

// An editor dialog, deleted when closed, whose Apply is one undo step; closed, it gives the keyboard
// back to the canvas (Ctrl+Z did nothing after it).
void MainWindow::showObjectEditor(ObjectEditor* editor) {
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::finished, this, [this] {
        activateWindow();
        view_->setFocus();
    });
    connect(editor, &ObjectEditor::applyRequested, this,
            [this, editor](const QString& id, const QString& json) { applyEditedObject(editor, id, json); });
    editor->show();
}

// One undo step replacing an object by what an editor made; the document's answer goes back to
// the editor (its rows and fields), and an accepted object is shown again as the file writes it.
void MainWindow::applyEditedObject(ObjectEditor* editor, const QString& id, const QString& json) {
    QList<QPair<QString, QString>> errors;
    const Json object = parseJsonOrDiscarded(json.toStdString());
    if (!object.is_object()) {
        editor->showErrors({{QString(), tr("the editor produced no object")}});
        return;
    }
    const TopologyPatch patch = replaceObjectPatch(document_->topology(), id.toStdString(), object);
    for (const auto& d : document_->apply(Change::patched(patch), [id] { return tr("Edit %1").arg(id); }))
        errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
    if (errors.isEmpty()) {
        const std::string newId = idOf(object);
        const ObjectJson now = objectToJson(document_->topology(), document_->network()->index(),
                                            newId.empty() ? id.toStdString() : newId);
        if (!now.pointer.empty()) editor->setObject(now.object, now.pointer);
    }
    editor->showErrors(errors);
}

QString MainWindow::createAssociation(const QString& id, const QString& path, ObjectKind kind) {
    // A NIC's field ("nics/1/nsg") names that NIC; anything else the object itself.
    QString container = id;
    if (path.startsWith("nics/"))
        if (const Vm* vm = document_->network()->index().vm(id.toStdString())) {
            const auto i = std::size_t(path.section('/', 1, 1).toInt());
            if (i < vm->nics.size()) container = QString::fromStdString(vm->nics[i].id);
        }
    const NewObjectKind factoryKind = kind == ObjectKind::Nsg          ? NewObjectKind::Nsg
                                      : kind == ObjectKind::RouteTable ? NewObjectKind::RouteTable
                                                                       : NewObjectKind::NatGateway;
    const BoxItem* box = scene_->boxItem(id);
    const QPointF near = box ? box->pos() + QPointF(box->size().width() + 30, 0) : QPointF();
    return placeObject(QString::fromLatin1(toString(factoryKind)), near, container);
}

void MainWindow::inspectObject(const QString& id) {
    scene_->selectIds({id});
    // A document still to be shown (showDocument, queued by openFile) shows the selection too.
    if (BoxItem* item = scene_->boxItem(id)) view_->bringIntoView(item->sceneBoundingRect());
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
        for (const auto& d :
             document_->apply(Change::patched(documentSettingsPatch(document_->topology(), object)),
                              [] { return tr("Edit document settings"); }))
            errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
    } else if (errors.isEmpty()) {
        const TopologyPatch patch = replaceObjectPatch(document_->topology(), id.toStdString(), object);
        const QString newId = object.contains("id") && object["id"].is_string()
                                  ? QString::fromStdString(object["id"].get<std::string>())
                                  : id;
        for (const auto& d : document_->apply(Change::patched(patch), [id] { return tr("Edit %1").arg(id); }))
            errors.append({QString::fromStdString(d.pointer), displayText(d.message)});
        if (errors.isEmpty() && newId != id) scene_->selectIds({newId});
    }
    inspector_->showErrors(errors);
    QStringList shown;
    for (const auto& [pointer, text] : errors)
        shown << (pointer.isEmpty() ? text : pointer + ": " + text);
    return shown;
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
    if (const auto errors = document_->apply(
            Change::typed(fix.edit),
            [summary = fix.summary] { return tr("Apply fix: %1").arg(displayText(summary)); });
        !errors.empty()) {
        statusBar()->showMessage(displayText(errors.front().message), 6000);
        return false;
    }
    int others = 0;
    for (const auto& c : v.changes)
        others += QString::fromStdString(c.flow) != flowId;
    statusBar()->showMessage(
        (v.targetDelivered
             ? tr("Fix applied: %1 is now delivered; %n other flow(s) changed.", nullptr, others)
             : tr("Fix applied: %1 is still not delivered; %n other flow(s) changed.", nullptr, others))
            .arg(objectText(flowId.toStdString())),
        8000);
    return true;
}

} // namespace pathlight
