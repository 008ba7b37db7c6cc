#include "editors/firewall_policy_editor.h"

#include "text/message_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pathlight {

namespace {

using Json = nlohmann::ordered_json;
using Kind = FirewallPolicyEditor::CollectionKind;
constexpr int kGroupRole = Qt::UserRole + 1;
constexpr int kCollectionRole = Qt::UserRole + 2; // -1 on a group's row

enum TreeColumn { NameColumn, PriorityColumn, KindColumn, ActionColumn };

const char* ruleTypeOf(Kind kind) {
    switch (kind) {
    case Kind::Dnat:
        return "NatRule";
    case Kind::Application:
        return "ApplicationRule";
    case Kind::Network:
        break;
    }
    return "NetworkRule";
}

int priorityOf(const Json& object) {
    const Json p = object.value("priority", Json(0));
    return p.is_number_integer() ? p.get<int>() : 0;
}

// The next free hundred above the highest priority among `objects`, as people number them
// (Azure's range is 100–65000).
int nextPriority(const Json& objects) {
    int highest = 0;
    if (objects.is_array())
        for (const Json& o : objects)
            highest = std::max(highest, priorityOf(o));
    return std::clamp((highest / 100 + 1) * 100, 100, 65000);
}

QString nameOf(const Json& object) {
    const Json n = object.value("name", Json(""));
    return n.is_string() ? QString::fromStdString(n.get<std::string>()) : QString();
}

// A new rule of a collection's kind with the values people start from; `publicIps` are the
// firewall's (a DNAT rule's destination). Returns the rule and the column to type into first.
std::pair<Json, int> newRule(Kind kind, int number, const Json& publicIps) {
    Json rule = {{"name", "rule-" + std::to_string(number)}, {"ruleType", ruleTypeOf(kind)}};
    switch (kind) {
    case Kind::Network:
        rule.update(Json{{"ipProtocols", {"TCP"}},
                         {"sourceAddresses", {"*"}},
                         {"destinationAddresses", {"*"}},
                         {"destinationPorts", {"443"}}});
        return {rule, 0};
    case Kind::Application:
        // An application collection is one whose rules are application rules: it starts with one.
        rule.update(
            Json{{"sourceAddresses", {"*"}}, {"protocols", {{{"protocolType", "Https"}, {"port", 443}}}}});
        return {rule, 3}; // the FQDNs the user came to allow
    case Kind::Dnat:
        rule.update(
            Json{{"ipProtocols", {"TCP"}}, {"sourceAddresses", {"*"}}, {"destinationPorts", {"443"}}});
        if (publicIps.is_array() && !publicIps.empty())
            rule["destinationAddresses"] = Json::array({publicIps.front()});
        rule["translatedPort"] = "443";
        return {rule, 5}; // the backend's address
    }
    return {rule, 0};
}

} // namespace

FirewallPolicyEditor::FirewallPolicyEditor(const Json& firewall, std::string pointer, QWidget* parent)
    : ObjectEditor(parent), policyName_(new QLineEdit), tree_(new QTreeWidget), rules_(new RuleTable),
      rulesTitle_(new QLabel) {
    setObjectName("FirewallPolicyEditor");
    resize(1100, 600);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Policy name"), policyName_);
    policyName_->setToolTip(tr("The Azure CLI and PowerShell fixes name the policy by this name"));
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Rule processing</b>: DNAT rules first, then network rules, then "
                                    "application rules, whatever their priorities; inside each, groups "
                                    "and then collections by priority (lowest number first). What "
                                    "matches nothing is denied.")));

    auto* split = new QSplitter;
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    tree_->setColumnCount(4);
    tree_->setHeaderLabels({tr("Group / collection"), tr("Priority"), tr("Kind"), tr("Action")});
    tree_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::SelectedClicked);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    leftLayout->addWidget(tree_);
    auto* treeButtons = new QHBoxLayout;
    auto* addGroupButton = new QPushButton(tr("Add &group"));
    auto* addCollectionButton = new QPushButton(tr("Add &collection"));
    auto* removeButton = new QPushButton(tr("Re&move"));
    connect(addGroupButton, &QPushButton::clicked, this, &FirewallPolicyEditor::addGroup);
    // Azure asks for the kind when a collection is made: the button offers the three.
    auto* kinds = new QMenu(addCollectionButton);
    kinds->addAction(tr("DNAT collection"), this, [this] { addCollection(Kind::Dnat); });
    kinds->addAction(tr("Network collection"), this, [this] { addCollection(Kind::Network); });
    kinds->addAction(tr("Application collection"), this, [this] { addCollection(Kind::Application); });
    addCollectionButton->setMenu(kinds);
    connect(removeButton, &QPushButton::clicked, this, &FirewallPolicyEditor::removeSelected);
    treeButtons->addWidget(addGroupButton);
    treeButtons->addWidget(addCollectionButton);
    treeButtons->addWidget(removeButton);
    treeButtons->addStretch();
    leftLayout->addLayout(treeButtons);
    split->addWidget(left);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(rulesTitle_);
    rightLayout->addWidget(rules_);
    auto* ruleButtons = new QHBoxLayout;
    addRule_ = new QPushButton(tr("&Add rule"));
    removeRule_ = new QPushButton(tr("&Remove rule"));
    connect(addRule_, &QPushButton::clicked, this, &FirewallPolicyEditor::addRule);
    connect(removeRule_, &QPushButton::clicked, this, &FirewallPolicyEditor::removeSelectedRules);
    ruleButtons->addWidget(addRule_);
    ruleButtons->addWidget(removeRule_);
    ruleButtons->addStretch();
    rightLayout->addLayout(ruleButtons);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({440, 660}); // group names are long ("DefaultNetworkRuleCollectionGroup")
    layout->addWidget(split, 1);

    connect(tree_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (filling_) return;
        if (item && item->data(0, kCollectionRole).toInt() >= 0)
            showCollection(item->data(0, kGroupRole).toInt(), item->data(0, kCollectionRole).toInt());
        else
            showCollection(-1, -1);
    });
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        // Only a typed name or priority: marking a row (showErrors) changes items too, and must
        // not reload the table over the user's unapplied rows (newcomer: a refused row vanished).
        if (filling_ || (column != NameColumn && column != PriorityColumn)) return;
        const int g = item->data(0, kGroupRole).toInt();
        const int c = item->data(0, kCollectionRole).toInt();
        Json* object =
            c >= 0 ? collectionAt(g, c) : (g < int(groups().size()) ? &groups()[std::size_t(g)] : nullptr);
        if (!object) return;
        const QString typed = item->text(column).trimmed();
        if (column == NameColumn) {
            if (nameOf(*object) == typed) return;
            (*object)["name"] = typed.toStdString();
        } else {
            bool ok = false;
            const int number = typed.toInt(&ok);
            const Json value = ok ? Json(number) : Json(typed.toStdString()); // the reader says what is wrong
            if (object->value("priority", Json()) == value) return;
            (*object)["priority"] = value;
        }
        if (g == group_) showRulesTitle(); // the title names the collection and its group
    });

    addButtons(layout);
    setObject(firewall, std::move(pointer));
}

void FirewallPolicyEditor::setObject(const Json& firewall, std::string pointer) {
    firewall_ = firewall;
    setShown(firewall_, std::move(pointer));
    policy_ = firewall_.contains("policy") && firewall_["policy"].is_object() ? firewall_["policy"]
                                                                              : Json::object();
    if (!policy_.contains("ruleCollectionGroups") || !policy_["ruleCollectionGroups"].is_array())
        policy_["ruleCollectionGroups"] = Json::array();
    policyName_->setText(nameOf(policy_));
    const auto shown = std::pair{group_, collection_};
    setWindowTitle(tr("Firewall policy of %1").arg(displayNameOf(firewall_)));
    fillTree();
    if (collectionAt(shown.first, shown.second))
        showCollection(shown.first, shown.second);
    else
        showCollection(-1, -1);
}

Json& FirewallPolicyEditor::groups() {
    return policy_["ruleCollectionGroups"];
}

Json* FirewallPolicyEditor::collectionAt(int group, int collection) {
    Json& gs = groups();
    if (group < 0 || collection < 0 || group >= int(gs.size()) || !gs[std::size_t(group)].is_object())
        return nullptr;
    Json& cs = gs[std::size_t(group)]["ruleCollections"];
    if (!cs.is_array() || collection >= int(cs.size()) || !cs[std::size_t(collection)].is_object())
        return nullptr;
    return &cs[std::size_t(collection)];
}

FirewallPolicyEditor::CollectionKind FirewallPolicyEditor::kindOf(const Json& collection) const {
    if (collection.value("ruleCollectionType", Json("")) == "FirewallPolicyNatRuleCollection")
        return Kind::Dnat;
    for (const Json& rule : collection.value("rules", Json::array()))
        if (rule.is_object() && rule.value("ruleType", Json("")) == "ApplicationRule")
            return Kind::Application;
    return Kind::Network;
}

void FirewallPolicyEditor::fillRow(QTreeWidgetItem* item, const Json& object, bool isCollection) {
    item->setText(NameColumn, nameOf(object));
    const Json priority = object.value("priority", Json());
    item->setText(PriorityColumn, priority.is_null()     ? QString()
                                  : priority.is_string() ? QString::fromStdString(priority.get<std::string>())
                                                         : QString::fromStdString(priority.dump()));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (!isCollection) return;
    const int g = item->data(0, kGroupRole).toInt();
    const int c = item->data(0, kCollectionRole).toInt();
    auto* kind = new QComboBox;
    kind->addItem(tr("DNAT"), int(Kind::Dnat));
    kind->addItem(tr("Network"), int(Kind::Network));
    kind->addItem(tr("Application"), int(Kind::Application));
    kind->setCurrentIndex(kind->findData(int(kindOf(object))));
    // Queued: a new kind rebuilds the tree, and with it this combo, which must not be deleted
    // while it is still handling the click (the language menu's crash, issue 14).
    connect(
        kind, &QComboBox::activated, this, [this, g, c](int index) { setCollectionKind(g, c, Kind(index)); },
        Qt::QueuedConnection);
    tree_->setItemWidget(item, KindColumn, kind);
    auto* action = new QComboBox;
    if (kindOf(object) == Kind::Dnat) {
        action->addItem(tr("DNAT"), "Dnat");
        action->setEnabled(false); // a NAT collection's action is always Dnat
    } else {
        for (const char* a : {"Allow", "Deny"})
            action->addItem(displayTerm(a), a);
        const int at = action->findData(QString::fromStdString(
            object.value("action", Json("Allow")).is_string() ? object.value("action", std::string("Allow"))
                                                              : std::string("Allow")));
        action->setCurrentIndex(std::max(0, at));
    }
    connect(action, &QComboBox::activated, this,
            [this, action, g, c] { setCollectionAction(g, c, action->currentData().toString()); });
    tree_->setItemWidget(item, ActionColumn, action);
}

void FirewallPolicyEditor::fillTree() {
    filling_ = true;
    tree_->clear();
    const Json& gs = groups();
    for (std::size_t g = 0; g < gs.size(); ++g) {
        auto* groupItem = new QTreeWidgetItem(tree_);
        groupItem->setData(0, kGroupRole, int(g));
        groupItem->setData(0, kCollectionRole, -1);
        fillRow(groupItem, gs[g], false);
        const Json cs = gs[g].is_object() ? gs[g].value("ruleCollections", Json::array()) : Json::array();
        for (std::size_t c = 0; c < cs.size(); ++c) {
            auto* item = new QTreeWidgetItem(groupItem);
            item->setData(0, kGroupRole, int(g));
            item->setData(0, kCollectionRole, int(c));
            fillRow(item, cs[c], true);
        }
    }
    tree_->expandAll();
    for (int c = PriorityColumn; c <= ActionColumn; ++c)
        tree_->resizeColumnToContents(c);
    filling_ = false;
}

void FirewallPolicyEditor::setColumnsFor(CollectionKind kind) {
    using Column = RuleTable::Column;
    const QStringList protocols = {"TCP", "UDP", "ICMP", "Any"};
    QStringList publicIps;
    for (const Json& ip : firewall_.value("publicIps", Json::array()))
        if (ip.is_string()) publicIps << QString::fromStdString(ip.get<std::string>());
    const Column name{"name", tr("Name"), Column::Text, {}, {}, {}};
    const Column sources{"sourceAddresses", tr("Source addresses"), Column::List, {}, {}, {}};
    switch (kind) {
    case Kind::Dnat:
        rules_->setColumns(
            {name,
             {"ipProtocols", tr("Protocols"), Column::List, {}, {"TCP", "UDP"}, {}},
             sources,
             {"destinationAddresses", tr("Destination (public IP)"), Column::List, {}, publicIps, {}},
             {"destinationPorts", tr("Destination ports"), Column::List, {}, {}, {}},
             {"translatedAddress", tr("Translated address"), Column::Text, {}, {}, {}},
             {"translatedPort", tr("Translated port"), Column::Text, {}, {}, {}}});
        break;
    case Kind::Network:
        rules_->setColumns({name,
                            {"ipProtocols", tr("Protocols"), Column::List, {}, protocols, {}},
                            sources,
                            {"destinationAddresses", tr("Destination addresses"), Column::List, {}, {}, {}},
                            {"destinationFqdns", tr("Destination FQDNs"), Column::List, {}, {}, {}},
                            {"destinationPorts", tr("Destination ports"), Column::List, {}, {}, {}}});
        break;
    case Kind::Application:
        rules_->setColumns({name,
                            sources,
                            {"protocols",
                             tr("Protocols (type:port)"),
                             Column::ProtocolPorts,
                             {},
                             {"Http:80", "Https:443", "Mssql:1433"},
                             {}},
                            {"targetFqdns", tr("Target FQDNs"), Column::List, {}, {}, {}},
                            {"fqdnTags", tr("FQDN tags"), Column::List, {}, {}, {}}});
        break;
    }
}

void FirewallPolicyEditor::storeRules() {
    storeRulesInto(policy_);
}

void FirewallPolicyEditor::storeRulesInto(Json& policy) const {
    if (group_ < 0 || collection_ < 0) return;
    Json* shown = nullptr;
    try {
        shown = &policy.at("ruleCollectionGroups")
                     .at(std::size_t(group_))
                     .at("ruleCollections")
                     .at(std::size_t(collection_));
    } catch (const Json::exception&) {
        return; // the shown collection is gone (a new object after undo)
    }
    Json rules = rules_->rules();
    const char* ruleType = ruleTypeOf(kindOf(*shown));
    for (Json& rule : rules)
        rule["ruleType"] = ruleType;
    (*shown)["rules"] = rules;
}

void FirewallPolicyEditor::showCollection(int group, int collection) {
    if (group != group_ || collection != collection_) storeRules();
    const Json* c = collectionAt(group, collection);
    group_ = c ? group : -1;
    collection_ = c ? collection : -1;
    // The rule buttons act on the collection shown; without one they have nothing to act on.
    addRule_->setEnabled(c != nullptr);
    removeRule_->setEnabled(c != nullptr);
    if (!c) {
        rules_->setColumns({});
        rulesTitle_->setText(tr("Choose a rule collection on the left to see and edit its rules."));
        return;
    }
    setColumnsFor(kindOf(*c));
    rules_->setRules(c->value("rules", Json::array()));
    showRulesTitle();
    // The tree follows when the table is chosen from outside (a test, an error).
    if (QTreeWidgetItem* groupItem = tree_->topLevelItem(group))
        if (QTreeWidgetItem* item = groupItem->child(collection)) {
            const QSignalBlocker block(tree_);
            tree_->setCurrentItem(item);
        }
}

void FirewallPolicyEditor::showRulesTitle() {
    const Json* c = collectionAt(group_, collection_);
    if (!c) return;
    const Kind kind = kindOf(*c);
    const QString kindText = kind == Kind::Dnat      ? tr("DNAT")
                             : kind == Kind::Network ? tr("Network")
                                                     : tr("Application");
    rulesTitle_->setText("<b>" +
                         tr("Rules of %1 (%2) in %3")
                             .arg(nameOf(*c).toHtmlEscaped(), kindText,
                                  nameOf(groups()[std::size_t(group_)]).toHtmlEscaped()) +
                         "</b>");
}

void FirewallPolicyEditor::addGroup() {
    storeRules();
    Json& gs = groups();
    const int priority = nextPriority(gs);
    gs.push_back({{"name", "RuleCollectionGroup-" + std::to_string(priority)},
                  {"priority", priority},
                  {"ruleCollections", Json::array()}});
    fillTree();
    tree_->setCurrentItem(tree_->topLevelItem(tree_->topLevelItemCount() - 1));
}

void FirewallPolicyEditor::addCollection(CollectionKind kind) {
    storeRules();
    int g = 0;
    if (QTreeWidgetItem* current = tree_->currentItem()) g = current->data(0, kGroupRole).toInt();
    if (groups().empty()) addGroup();
    Json& group = groups()[std::size_t(std::clamp(g, 0, int(groups().size()) - 1))];
    if (!group.contains("ruleCollections") || !group["ruleCollections"].is_array())
        group["ruleCollections"] = Json::array();
    Json& cs = group["ruleCollections"];
    const int priority = nextPriority(cs);
    const bool dnat = kind == Kind::Dnat;
    cs.push_back({{"name", std::string(dnat                    ? "dnat"
                                       : kind == Kind::Network ? "network"
                                                               : "application") +
                               "-collection-" + std::to_string(priority)},
                  {"priority", priority},
                  {"ruleCollectionType",
                   dnat ? "FirewallPolicyNatRuleCollection" : "FirewallPolicyFilterRuleCollection"},
                  {"action", dnat ? "Dnat" : "Allow"},
                  {"rules", Json::array()}});
    const int at = int(&group - &groups()[0]);
    const int c = int(cs.size()) - 1;
    if (kind == Kind::Application)
        cs.back()["rules"].push_back(newRule(kind, 1, firewall_.value("publicIps", Json::array())).first);
    fillTree();
    showCollection(at, c);
}

void FirewallPolicyEditor::removeSelected() {
    QTreeWidgetItem* item = tree_->currentItem();
    if (!item) return;
    storeRules();
    const int g = item->data(0, kGroupRole).toInt();
    const int c = item->data(0, kCollectionRole).toInt();
    if (c >= 0) {
        if (collectionAt(g, c)) groups()[std::size_t(g)]["ruleCollections"].erase(std::size_t(c));
    } else if (g < int(groups().size())) {
        groups().erase(std::size_t(g));
    }
    group_ = collection_ = -1;
    fillTree();
    showCollection(-1, -1);
}

void FirewallPolicyEditor::addRule() {
    const Json* c = collectionAt(group_, collection_);
    if (!c) return;
    const auto [rule, focus] =
        newRule(kindOf(*c), rules_->rowCount() + 1, firewall_.value("publicIps", Json::array()));
    rules_->appendRule(rule, true);
    rules_->fitColumns();
    rules_->setCurrentCell(rules_->rowCount() - 1, focus);
}

void FirewallPolicyEditor::removeSelectedRules() {
    rules_->removeSelectedRows();
}

void FirewallPolicyEditor::setCollectionKind(int group, int collection, CollectionKind kind) {
    storeRules();
    Json* c = collectionAt(group, collection);
    if (!c) return;
    (*c)["ruleCollectionType"] =
        kind == Kind::Dnat ? "FirewallPolicyNatRuleCollection" : "FirewallPolicyFilterRuleCollection";
    if (kind == Kind::Dnat)
        (*c)["action"] = "Dnat";
    else if (c->value("action", Json("")) == "Dnat")
        (*c)["action"] = "Allow";
    if (!c->contains("rules") || !(*c)["rules"].is_array()) (*c)["rules"] = Json::array();
    for (Json& rule : (*c)["rules"])
        if (rule.is_object()) rule["ruleType"] = ruleTypeOf(kind);
    if (kind == Kind::Application && (*c)["rules"].empty())
        (*c)["rules"].push_back(newRule(kind, 1, firewall_.value("publicIps", Json::array())).first);
    group_ = collection_ = -1; // the table's rows were stored above: not again over the new kind
    fillTree();
    showCollection(group, collection);
}

void FirewallPolicyEditor::setCollectionAction(int group, int collection, const QString& action) {
    if (Json* c = collectionAt(group, collection)) (*c)["action"] = action.toStdString();
}

Json FirewallPolicyEditor::result() const {
    Json out = firewall_;
    Json policy = policy_;
    storeRulesInto(policy); // the table's edits count without leaving the collection
    putText(policy, "name", policyName_->text());
    // A firewall without a policy keeps none until something is put in it.
    if (firewall_.contains("policy") || !policy["ruleCollectionGroups"].empty() || policy.contains("name"))
        out["policy"] = policy;
    return out;
}

void FirewallPolicyEditor::showErrors(const QList<QPair<QString, QString>>& errors) {
    const QString groupsAt = QString::fromStdString(pointer()) + "/policy/ruleCollectionGroups/";
    const QString rowsAt =
        collection_ >= 0 ? groupsAt + QString("%1/ruleCollections/%2/rules/").arg(group_).arg(collection_)
                         : QString();
    const QSignalBlocker block(tree_); // marking rows is no edit
    QList<QPair<QString, QString>> shownRows;
    QStringList lines;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* groupItem = tree_->topLevelItem(g);
        for (QTreeWidgetItem* item = groupItem; item;) {
            item->setBackground(NameColumn, QBrush());
            item->setToolTip(NameColumn, {});
            const int next = item == groupItem ? 0 : groupItem->indexOfChild(item) + 1;
            item = next < groupItem->childCount() ? groupItem->child(next) : nullptr;
        }
    }
    for (const auto& [pointer, message] : errors) {
        if (!rowsAt.isEmpty() && pointer.startsWith(rowsAt)) {
            shownRows.append({pointer, message});
            continue;
        }
        QString where = pointer;
        if (pointer.startsWith(groupsAt)) {
            // "Group ▸ Collection ▸ rule 2: ..." rather than a pointer, and the tree row marked.
            const QStringList parts = pointer.mid(groupsAt.size()).split('/');
            const int g = parts.value(0).toInt();
            QTreeWidgetItem* item = tree_->topLevelItem(g);
            if (item && parts.value(1) == "ruleCollections" && parts.size() > 2)
                item = item->child(parts.value(2).toInt());
            if (item) {
                item->setBackground(NameColumn, QColor(255, 226, 226));
                item->setToolTip(NameColumn, message);
                where = item->parent() ? item->parent()->text(NameColumn) + " ▸ " + item->text(NameColumn)
                                       : item->text(NameColumn);
                if (parts.size() > 4 && parts.value(3) == "rules")
                    where += " ▸ " + tr("rule %1").arg(parts.value(4).toInt() + 1);
            }
        }
        lines << (where.isEmpty() ? message : where + ": " + message);
    }
    lines = rules_->markErrors(rowsAt, shownRows, tr("Row %1: %2")) + lines;
    finishErrors(lines);
}

} // namespace pathlight
