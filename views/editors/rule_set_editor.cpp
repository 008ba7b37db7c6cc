#include "editors/rule_set_editor.h"

#include "text/message_text.h"

#include "io/json_text.h"
#include "security/nsg_evaluator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pathlight {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kOriginalRole = Qt::UserRole + 1; // the row's JSON as loaded (keeps unknown keys)
constexpr int kValueRole = Qt::UserRole + 2;    // a choice cell's value as the file writes it ("Deny")

QString cellText(const Json& value) {
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    if (value.is_array()) {
        QStringList items;
        for (const Json& v : value)
            items << (v.is_string() ? QString::fromStdString(v.get<std::string>())
                                    : QString::fromStdString(v.dump()));
        return items.join(", ");
    }
    if (value.is_null()) return {};
    return QString::fromStdString(value.dump());
}

QStringList serviceTagCompletions() {
    QStringList tags;
    for (const auto& t : knownServiceTags())
        tags << QString::fromStdString(t);
    return tags;
}

// Choices as drop-down lists, addresses with service-tag completion.
class CellDelegate : public QStyledItemDelegate {
public:
    struct Spec {
        QStringList choices;
        bool tags = false;
    };
    CellDelegate(std::vector<Spec> specs, QObject* parent)
        : QStyledItemDelegate(parent), specs_(std::move(specs)) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        const Spec& spec = specs_[std::size_t(index.column())];
        if (!spec.choices.isEmpty()) {
            // Shown in the user's language, written as Azure spells it.
            auto* combo = new QComboBox(parent);
            for (const QString& value : spec.choices)
                combo->addItem(displayTerm(value.toLatin1().constData()), value);
            return combo;
        }
        auto* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && spec.tags) {
            auto* completer = new QCompleter(serviceTagCompletions(), line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            const QVariant value = index.data(kValueRole);
            const int at = combo->findData(value.isValid() ? value : index.data(Qt::EditRole));
            if (at >= 0) combo->setCurrentIndex(at);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), kValueRole);
            model->setData(index, combo->currentText());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    std::vector<Spec> specs_;
};

} // namespace

RuleSetEditor::RuleSetEditor(Kind kind, const Json& object, std::string pointer, QWidget* parent)
    : QDialog(parent), kind_(kind), object_(object), pointer_(std::move(pointer)), name_(new QLineEdit),
      table_(new QTableWidget), errors_(new QLabel) {
    setObjectName("RuleSetEditor");
    const bool nsg = kind == Kind::Nsg;
    if (nsg) {
        columns_ = {
            {"priority", tr("Priority"), Column::Integer, {}},
            {"name", tr("Name"), Column::Text, {}},
            {"direction", tr("Direction"), Column::Choice, {"Inbound", "Outbound"}},
            {"access", tr("Access"), Column::Choice, {"Allow", "Deny"}},
            {"protocol", tr("Protocol"), Column::Choice, {"*", "Tcp", "Udp", "Icmp"}},
            {"sourceAddressPrefixes", tr("Source"), Column::List, {}, true},
            {"sourcePortRanges", tr("Source ports"), Column::List, {}},
            {"destinationAddressPrefixes", tr("Destination"), Column::List, {}, true},
            {"destinationPortRanges", tr("Destination ports"), Column::List, {}},
        };
    } else {
        columns_ = {
            {"name", tr("Name"), Column::Text, {}},
            {"addressPrefix", tr("Address prefix"), Column::Text, {}},
            {"nextHopType",
             tr("Next hop type"),
             Column::Choice,
             {"VirtualAppliance", "VirtualNetworkGateway", "VnetLocal", "Internet", "None"}},
            {"nextHopIpAddress", tr("Next hop IP"), Column::Text, {}},
        };
    }
    setWindowTitle(nsg ? tr("Network security group %1").arg(objectId())
                       : tr("Route table %1").arg(objectId()));
    resize(nsg ? 980 : 700, 520);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    if (!nsg) {
        disableBgp_ = new QCheckBox(tr("Do not propagate gateway routes (disableBgpRoutePropagation)"));
        form->addRow(QString(), disableBgp_);
    }
    layout->addLayout(form);

    table_->setColumnCount(int(columns_.size()));
    QStringList headers;
    std::vector<CellDelegate::Spec> specs;
    for (const auto& c : columns_) {
        headers << c.header;
        specs.push_back({c.choices, c.tags});
    }
    table_->setHorizontalHeaderLabels(headers);
    table_->setItemDelegate(new CellDelegate(specs, table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setStretchLastSection(true);
    // A typed value wider than its column widens it (newcomer walk: a new rule's name showed
    // "Deny…" while the last column took the rest); columns never shrink under the user.
    connect(table_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        const int needed = table_->fontMetrics().horizontalAdvance(item->text()) + 16;
        if (item->column() < table_->columnCount() - 1 && needed > table_->columnWidth(item->column()))
            table_->setColumnWidth(item->column(), needed);
    });
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::AllEditTriggers);
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
        defaults_ = new QTableWidget(0, int(columns_.size()));
        defaults_->setHorizontalHeaderLabels(headers);
        defaults_->horizontalHeader()->setStretchLastSection(true);
        defaults_->verticalHeader()->hide();
        defaults_->setEditTriggers(QAbstractItemView::NoEditTriggers);
        defaults_->setSelectionMode(QAbstractItemView::NoSelection);
        defaults_->setFocusPolicy(Qt::NoFocus);
        for (const SecurityRule& r : defaultSecurityRules()) {
            const int row = defaults_->rowCount();
            defaults_->insertRow(row);
            const QStringList cells = {QString::number(r.priority),
                                       QString::fromStdString(r.name),
                                       displayTerm(toString(r.direction)),
                                       displayTerm(toString(r.access)),
                                       "*",
                                       QString::fromStdString(r.sourceAddressPrefixes.front()),
                                       "*",
                                       QString::fromStdString(r.destinationAddressPrefixes.front()),
                                       "*"};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                item->setForeground(QColor(140, 140, 140));
                item->setFlags(Qt::ItemIsEnabled);
                defaults_->setItem(row, c, item);
            }
        }
        defaults_->resizeColumnsToContents();
        layout->addWidget(
            new QLabel(tr("<span style='color:#777'>Default rules (Azure adds them to every "
                          "NSG; they cannot be changed, only overridden by a lower number)</span>")));
        layout->addWidget(defaults_, 2);
    }

    errors_->setWordWrap(true);
    errors_->setStyleSheet("color: #b00020");
    errors_->hide();
    layout->addWidget(errors_);
    auto* box =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Close);
    connect(box->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        closeOnSuccess_ = false;
        emit applyRequested(objectId(), QString::fromStdString(result().dump()));
    });
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        closeOnSuccess_ = true;
        if (result() == object_)
            accept();
        else
            emit applyRequested(objectId(), QString::fromStdString(result().dump()));
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    setObject(object, pointer_);
}

QString RuleSetEditor::objectId() const {
    return QString::fromStdString(object_.value("id", ""));
}

void RuleSetEditor::setObject(const Json& object, std::string pointer) {
    object_ = object;
    pointer_ = std::move(pointer);
    name_->setText(QString::fromStdString(object_.value("name", "")));
    if (disableBgp_) disableBgp_->setChecked(object_.value("disableBgpRoutePropagation", false));
    fillRows();
}

void RuleSetEditor::fillRows() {
    const char* key = kind_ == Kind::Nsg ? "securityRules" : "routes";
    table_->setRowCount(0);
    for (const Json& rule : object_.value(key, Json::array())) {
        table_->insertRow(table_->rowCount());
        setRow(table_->rowCount() - 1, rule);
    }
    fitColumns();
}

void RuleSetEditor::fitColumns() {
    table_->resizeColumnsToContents();
    const QFontMetrics metrics(table_->font());
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        int widest = 0;
        for (const QString& choice : columns_[c].choices)
            widest = std::max(widest, metrics.horizontalAdvance(displayTerm(choice.toUtf8().constData())));
        // Room for the drop-down's arrow and the cell's margins.
        if (widest > 0) table_->setColumnWidth(int(c), std::max(table_->columnWidth(int(c)), widest + 36));
    }
}

void RuleSetEditor::setRow(int row, const Json& rule) {
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const char* key = columns_[c].key;
        QString text = rule.contains(key) ? cellText(rule[key]) : QString();
        if (text.isEmpty() && columns_[c].type == Column::Choice && kind_ == Kind::Nsg) text = "*";
        auto* item = new QTableWidgetItem(text);
        if (columns_[c].type == Column::Choice) {
            item->setData(kValueRole, text);
            item->setText(displayTerm(text.toLatin1().constData()));
        }
        if (c == 0) item->setData(kOriginalRole, QString::fromStdString(rule.dump()));
        table_->setItem(row, int(c), item);
    }
}

Json RuleSetEditor::rowJson(int row) const {
    const QTableWidgetItem* first = table_->item(row, 0);
    Json rule = first && first->data(kOriginalRole).isValid()
                    ? parseJsonOrDiscarded(first->data(kOriginalRole).toString().toStdString())
                    : Json::object();
    if (!rule.is_object()) rule = Json::object();
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const QTableWidgetItem* item = table_->item(row, int(c));
        QString text = item ? item->text().trimmed() : QString();
        // A choice cell writes its value; text typed over it counts when it is no translation.
        if (item && columns_[c].type == Column::Choice && item->data(kValueRole).isValid() &&
            text == displayTerm(item->data(kValueRole).toString().toLatin1().constData()))
            text = item->data(kValueRole).toString();
        const char* key = columns_[c].key;
        if (text.isEmpty()) {
            rule.erase(key);
            continue;
        }
        switch (columns_[c].type) {
        case Column::Integer: {
            bool ok = false;
            const int number = text.toInt(&ok);
            rule[key] = ok ? Json(number) : Json(text.toStdString()); // the reader names what is wrong
            break;
        }
        case Column::List: {
            Json list = Json::array();
            for (const QString& part : text.split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts))
                list.push_back(part.toStdString());
            rule[key] = list;
            break;
        }
        default:
            rule[key] = text.toStdString();
        }
    }
    return rule;
}

Json RuleSetEditor::result() const {
    Json out = object_;
    const QString name = name_->text().trimmed();
    if (name.isEmpty())
        out.erase("name");
    else
        out["name"] = name.toStdString();
    if (disableBgp_) {
        if (disableBgp_->isChecked())
            out["disableBgpRoutePropagation"] = true;
        else
            out.erase("disableBgpRoutePropagation");
    }
    Json rows = Json::array();
    for (int r = 0; r < table_->rowCount(); ++r)
        rows.push_back(rowJson(r));
    out[kind_ == Kind::Nsg ? "securityRules" : "routes"] = rows;
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
    const int row = table_->rowCount();
    table_->insertRow(row);
    setRow(row, rule);
    fitColumns();
    table_->item(row, 0)->setData(kOriginalRole, QVariant()); // new: nothing to keep
    table_->setCurrentCell(row, kind_ == Kind::Nsg ? 1 : 0);
}

void RuleSetEditor::removeSelectedRows() {
    QList<int> rows;
    for (const auto& range : table_->selectedRanges())
        for (int r = range.topRow(); r <= range.bottomRow(); ++r)
            rows << r;
    if (rows.isEmpty() && table_->currentRow() >= 0) rows << table_->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        table_->removeRow(r);
}

void RuleSetEditor::sortByPriority() {
    std::vector<Json> rules;
    for (int r = 0; r < table_->rowCount(); ++r)
        rules.push_back(rowJson(r));
    std::stable_sort(rules.begin(), rules.end(), [](const Json& a, const Json& b) {
        const int pa = a.value("priority", Json(0)).is_number() ? a["priority"].get<int>() : 0;
        const int pb = b.value("priority", Json(0)).is_number() ? b["priority"].get<int>() : 0;
        return pa < pb;
    });
    table_->setRowCount(0);
    for (const Json& rule : rules) {
        table_->insertRow(table_->rowCount());
        setRow(table_->rowCount() - 1, rule);
    }
}

void RuleSetEditor::showErrors(const QList<QPair<QString, QString>>& errors) {
    const QString rowsAt =
        QString::fromStdString(pointer_) + (kind_ == Kind::Nsg ? "/securityRules/" : "/routes/");
    for (int r = 0; r < table_->rowCount(); ++r)
        for (int c = 0; c < table_->columnCount(); ++c)
            if (auto* item = table_->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip({});
            }
    QStringList lines;
    for (const auto& [pointer, text] : errors) {
        if (pointer.startsWith(rowsAt)) {
            const QString rest = pointer.mid(rowsAt.size());
            const int row = rest.section('/', 0, 0).toInt();
            const QString key = rest.section('/', 1, 1);
            for (std::size_t c = 0; c < columns_.size(); ++c)
                if (key.isEmpty() || key == columns_[c].key)
                    if (auto* item = table_->item(row, int(c))) {
                        item->setBackground(QColor(255, 226, 226));
                        item->setToolTip(text);
                    }
            lines << tr("Row %1: %2").arg(row + 1).arg(text);
        } else {
            lines << (pointer.isEmpty() ? text : pointer + ": " + text);
        }
    }
    errors_->setText(lines.join("\n"));
    errors_->setVisible(!lines.isEmpty());
    if (lines.isEmpty() && closeOnSuccess_) accept();
}

} // namespace pathlight
