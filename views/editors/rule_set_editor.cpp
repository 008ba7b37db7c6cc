#include "editors/rule_set_editor.h"

#include "editors/rule_table.h"
#include "text/message_text.h"

#include "io/json_text.h"
#include "security/nsg_evaluator.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace pathlight {

namespace {

using Json = nlohmann::ordered_json;

QStringList serviceTagCompletions() {
    QStringList tags;
    for (const auto& t : knownServiceTags())
        tags << QString::fromStdString(t);
    return tags;
}

} // namespace

RuleSetEditor::RuleSetEditor(Kind kind, const Json& object, std::string pointer, QWidget* parent,
                             const QStringList& applicationSecurityGroups)
    : ObjectEditor(parent), kind_(kind), name_(new QLineEdit), table_(new RuleTable) {
    setObjectName("RuleSetEditor");
    const bool nsg = kind == Kind::Nsg;
    using Column = RuleTable::Column;
    std::vector<Column> columns;
    if (nsg) {
        const QStringList tags = serviceTagCompletions();
        columns = {
            {"priority", tr("Priority"), Column::Integer, {}, {}, {}},
            {"name", tr("Name"), Column::Text, {}, {}, {}},
            {"direction", tr("Direction"), Column::Choice, {"Inbound", "Outbound"}, {}, "*"},
            {"access", tr("Access"), Column::Choice, {"Allow", "Deny"}, {}, "*"},
            {"protocol", tr("Protocol"), Column::Choice, {"*", "Tcp", "Udp", "Icmp", "Esp", "Ah"}, {}, "*"},
            {"sourceAddressPrefixes", tr("Source"), Column::List, {}, tags, {}},
            {"sourcePortRanges", tr("Source ports"), Column::List, {}, {}, {}},
            {"destinationAddressPrefixes", tr("Destination"), Column::List, {}, tags, {}},
            {"destinationPortRanges", tr("Destination ports"), Column::List, {}, {}, {}},
        };
        // Application security groups stand in place of a side's addresses (azure-facts-2 §16):
        // their columns come when the design has groups or the NSG already names one.
        bool named = false;
        for (const Json& rule : object.value("securityRules", Json::array()))
            named = named || (rule.is_object() && (rule.contains("sourceApplicationSecurityGroups") ||
                                                   rule.contains("destinationApplicationSecurityGroups")));
        if (named || !applicationSecurityGroups.isEmpty()) {
            columns.insert(columns.begin() + 6, {"sourceApplicationSecurityGroups",
                                                 tr("Source ASGs"),
                                                 Column::List,
                                                 {},
                                                 applicationSecurityGroups,
                                                 {}});
            columns.insert(columns.begin() + 9, {"destinationApplicationSecurityGroups",
                                                 tr("Destination ASGs"),
                                                 Column::List,
                                                 {},
                                                 applicationSecurityGroups,
                                                 {}});
        }
    } else {
        columns = {
            {"name", tr("Name"), Column::Text, {}, {}, {}},
            {"addressPrefix", tr("Address prefix"), Column::Text, {}, {}, {}},
            {"nextHopType",
             tr("Next hop type"),
             Column::Choice,
             {"VirtualAppliance", "VirtualNetworkGateway", "VnetLocal", "Internet", "None"},
             {},
             {}},
            {"nextHopIpAddress", tr("Next hop IP"), Column::Text, {}, {}, {}},
        };
    }
    table_->setColumns(columns);
    if (nsg)
        // Picking a group for a side whose addresses are still "*" takes the "*" away: a side
        // has addresses or groups, never both (the reader's NSG_RULE_KEY_TWICE).
        connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
            const auto& cs = table_->columns();
            const std::string key = cs[std::size_t(item->column())].key;
            const char* addresses = key == "sourceApplicationSecurityGroups" ? "sourceAddressPrefixes"
                                    : key == "destinationApplicationSecurityGroups"
                                        ? "destinationAddressPrefixes"
                                        : nullptr;
            if (!addresses || item->text().trimmed().isEmpty()) return;
            for (std::size_t c = 0; c < cs.size(); ++c)
                if (std::string(cs[c].key) == addresses)
                    if (auto* other = table_->item(item->row(), int(c));
                        other && other->text().trimmed() == "*")
                        other->setText({});
        });
    setWindowTitle(nsg ? tr("Network security group %1").arg(displayNameOf(object))
                       : tr("Route table %1").arg(displayNameOf(object)));
    resize(nsg ? 980 : 700, 520);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    if (!nsg) {
        disableBgp_ = new QCheckBox(tr("Do not propagate gateway routes (disableBgpRoutePropagation)"));
        form->addRow(QString(), disableBgp_);
    }
    layout->addLayout(form);

    layout->addWidget(
        new QLabel(nsg ? tr("<b>Rules</b> (lowest priority number first; the first match decides)")
                       : tr("<b>Routes</b> (longest prefix wins; a route here beats BGP and "
                            "system routes of the same length)")));
    layout->addWidget(table_, 3);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(nsg ? tr("&Add rule") : tr("&Add route"));
    auto* remove = new QPushButton(nsg ? tr("&Remove rule") : tr("&Remove route"));
    connect(add, &QPushButton::clicked, this, &RuleSetEditor::addRow);
    connect(remove, &QPushButton::clicked, this, &RuleSetEditor::removeSelectedRows);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    if (nsg) {
        auto* sort = new QPushButton(tr("&Sort by priority"));
        connect(sort, &QPushButton::clicked, this, &RuleSetEditor::sortByPriority);
        buttons->addWidget(sort);
    }
    buttons->addStretch();
    layout->addLayout(buttons);

    if (nsg) {
        // Azure's defaults: always there, never editable, evaluated after every rule above.
        QStringList headers;
        for (const auto& c : columns)
            headers << c.header;
        defaults_ = new QTableWidget(0, int(columns.size()));
        defaults_->setHorizontalHeaderLabels(headers);
        defaults_->horizontalHeader()->setStretchLastSection(true);
        defaults_->verticalHeader()->hide();
        defaults_->setEditTriggers(QAbstractItemView::NoEditTriggers);
        defaults_->setSelectionMode(QAbstractItemView::NoSelection);
        defaults_->setFocusPolicy(Qt::NoFocus);
        for (const SecurityRule& r : defaultSecurityRules()) {
            const int row = defaults_->rowCount();
            defaults_->insertRow(row);
            const std::map<std::string, QString> cells = {
                {"priority", QString::number(r.priority)},
                {"name", QString::fromStdString(r.name)},
                {"direction", displayTerm(toString(r.direction))},
                {"access", displayTerm(toString(r.access))},
                {"protocol", "*"},
                {"sourceAddressPrefixes", QString::fromStdString(r.sourceAddressPrefixes.front())},
                {"sourcePortRanges", "*"},
                {"destinationAddressPrefixes", QString::fromStdString(r.destinationAddressPrefixes.front())},
                {"destinationPortRanges", "*"}};
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const auto cell = cells.find(columns[c].key);
                auto* item = new QTableWidgetItem(cell == cells.end() ? QString() : cell->second);
                item->setForeground(QColor(140, 140, 140));
                item->setFlags(Qt::ItemIsEnabled);
                defaults_->setItem(row, int(c), item);
            }
        }
        defaults_->resizeColumnsToContents();
        layout->addWidget(
            new QLabel(tr("<span style='color:#777'>Default rules (Azure adds them to every "
                          "NSG; they cannot be changed, only overridden by a lower number)</span>")));
        layout->addWidget(defaults_, 2);
    }

    addButtons(layout);
    setObject(object, std::move(pointer));
}

void RuleSetEditor::setObject(const Json& object, std::string pointer) {
    setShown(object, std::move(pointer));
    name_->setText(QString::fromStdString(shown().value("name", "")));
    if (disableBgp_) disableBgp_->setChecked(shown().value("disableBgpRoutePropagation", false));
    fillRows();
}

void RuleSetEditor::fillRows() {
    table_->setRules(shown().value(kind_ == Kind::Nsg ? "securityRules" : "routes", Json::array()));
}

Json RuleSetEditor::result() const {
    Json out = shown();
    putText(out, "name", name_->text());
    if (disableBgp_) {
        if (disableBgp_->isChecked())
            out["disableBgpRoutePropagation"] = true;
        else
            out.erase("disableBgpRoutePropagation");
    }
    out[kind_ == Kind::Nsg ? "securityRules" : "routes"] = table_->rules();
    return out;
}

void RuleSetEditor::addRow() {
    Json rule;
    if (kind_ == Kind::Nsg) {
        // The next free hundred above the highest priority in use, as people number NSG rules.
        int highest = 0;
        for (int r = 0; r < table_->rowCount(); ++r)
            if (auto* item = table_->item(r, 0)) highest = std::max(highest, item->text().toInt());
        const int priority = std::min(4096, (highest / 100 + 1) * 100);
        rule = {{"name", "rule-" + std::to_string(priority)},
                {"priority", priority},
                {"direction", "Inbound"},
                {"access", "Allow"},
                {"protocol", "Tcp"},
                {"sourceAddressPrefixes", Json::array({"*"})},
                {"sourcePortRanges", Json::array({"*"})},
                {"destinationAddressPrefixes", Json::array({"*"})},
                {"destinationPortRanges", Json::array({"443"})}};
    } else {
        // Through the design's first appliance when it has one; else to the Internet, a valid
        // route the user then changes (an appliance without an address is refused on Apply).
        rule = {{"name", "route-" + std::to_string(table_->rowCount() + 1)}, {"addressPrefix", "0.0.0.0/0"}};
        if (!applianceAddresses_.isEmpty()) {
            rule["nextHopType"] = "VirtualAppliance";
            rule["nextHopIpAddress"] = applianceAddresses_.front().toStdString();
        } else {
            rule["nextHopType"] = "Internet";
        }
    }
    table_->appendRule(rule, true);
    table_->fitColumns();
    table_->setCurrentCell(table_->rowCount() - 1, kind_ == Kind::Nsg ? 1 : 0);
}

void RuleSetEditor::removeSelectedRows() {
    table_->removeSelectedRows();
}

void RuleSetEditor::sortByPriority() {
    std::vector<Json> rules;
    for (int r = 0; r < table_->rowCount(); ++r)
        rules.push_back(table_->rowJson(r));
    std::stable_sort(rules.begin(), rules.end(), [](const Json& a, const Json& b) {
        const int pa = a.value("priority", Json(0)).is_number() ? a["priority"].get<int>() : 0;
        const int pb = b.value("priority", Json(0)).is_number() ? b["priority"].get<int>() : 0;
        return pa < pb;
    });
    table_->setRules(Json(rules));
}

void RuleSetEditor::showErrors(const QList<QPair<QString, QString>>& errors) {
    const QString rowsAt =
        QString::fromStdString(pointer()) + (kind_ == Kind::Nsg ? "/securityRules/" : "/routes/");
    const QStringList lines = table_->markErrors(rowsAt, errors, tr("Row %1: %2"));
    finishErrors(lines);
}

} // namespace pathlight
