#include "editors/rule_table.h"

#include "text/message_text.h"

#include "io/json_text.h"

#include <QComboBox>
#include <QCompleter>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyledItemDelegate>

#include <algorithm>

namespace pathlight {

namespace {

using Json = nlohmann::ordered_json;
constexpr int kOriginalRole = Qt::UserRole + 1; // the row's JSON as loaded (keeps unknown keys)
constexpr int kValueRole = Qt::UserRole + 2;    // a choice cell's value as the file writes it ("Deny")

QString text(const Json& value) {
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

QString cellText(const Json& value, RuleTable::Column::Type type) {
    if (value.is_array()) {
        QStringList items;
        for (const Json& v : value)
            if (type == RuleTable::Column::ProtocolPorts && v.is_object())
                items << text(v.value("protocolType", Json(""))) + ":" + text(v.value("port", Json("")));
            else
                items << text(v);
        return items.join(", ");
    }
    if (value.is_null()) return {};
    return text(value);
}

// "Https:443" as ARM's {"protocolType": "Https", "port": 443}; a port that is no number is kept
// as typed, for the reader to name.
Json protocolPort(const QString& part) {
    const QString type = part.section(':', 0, 0).trimmed();
    const QString port = part.section(':', 1).trimmed();
    bool ok = false;
    const int number = port.toInt(&ok);
    Json p = {{"protocolType", type.toStdString()}};
    if (!port.isEmpty()) p["port"] = ok ? Json(number) : Json(port.toStdString());
    return p;
}

// Choices as drop-down lists, lists and texts with completion.
class CellDelegate : public QStyledItemDelegate {
public:
    CellDelegate(const std::vector<RuleTable::Column>& columns, QObject* parent)
        : QStyledItemDelegate(parent), columns_(columns) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        const RuleTable::Column& column = columns_[std::size_t(index.column())];
        if (!column.choices.isEmpty()) {
            // Shown in the user's language, written as Azure spells it.
            auto* combo = new QComboBox(parent);
            for (const QString& value : column.choices)
                combo->addItem(displayTerm(value.toLatin1().constData()), value);
            return combo;
        }
        auto* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && !column.completions.isEmpty()) {
            auto* completer = new QCompleter(column.completions, line);
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
    const std::vector<RuleTable::Column>& columns_; // the table's, which outlives its delegate
};

} // namespace

QString displayNameOf(const Json& object) {
    for (const char* key : {"name", "id"})
        if (const auto it = object.find(key);
            it != object.end() && it->is_string() && !it->get<std::string>().empty())
            return QString::fromStdString(it->get<std::string>());
    return {};
}

RuleTable::RuleTable(QWidget* parent) : QTableWidget(parent) {
    setItemDelegate(new CellDelegate(columns_, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    // A typed value wider than its column widens it (newcomer walk: a new rule's name showed
    // "Deny…" while the last column took the rest); columns never shrink under the user.
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        const int needed = fontMetrics().horizontalAdvance(item->text()) + 16;
        if (item->column() < columnCount() - 1 && needed > columnWidth(item->column()))
            setColumnWidth(item->column(), needed);
    });
}

void RuleTable::setColumns(std::vector<Column> columns) {
    setRowCount(0);
    columns_ = std::move(columns);
    setColumnCount(int(columns_.size()));
    QStringList headers;
    for (const auto& c : columns_)
        headers << c.header;
    setHorizontalHeaderLabels(headers);
}

void RuleTable::setCompletions(int column, const QStringList& completions) {
    if (column >= 0 && column < int(columns_.size())) columns_[std::size_t(column)].completions = completions;
}

void RuleTable::setRules(const Json& rules) {
    setRowCount(0);
    if (rules.is_array())
        for (const Json& rule : rules)
            appendRule(rule, false);
    fitColumns();
}

Json RuleTable::rules() const {
    Json out = Json::array();
    for (int r = 0; r < rowCount(); ++r)
        out.push_back(rowJson(r));
    return out;
}

void RuleTable::appendRule(const Json& rule, bool fresh) {
    const int row = rowCount();
    insertRow(row);
    setRow(row, rule);
    if (fresh && item(row, 0)) item(row, 0)->setData(kOriginalRole, QVariant()); // nothing to keep
}

void RuleTable::setRow(int row, const Json& rule) {
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const Column& column = columns_[c];
        QString shown = rule.is_object() && rule.contains(column.key)
                            ? cellText(rule[column.key], column.type)
                            : QString();
        if (shown.isEmpty()) shown = column.absent;
        if (column.type == Column::Bool) {
            const bool on = rule.is_object() && rule.value(column.key, Json(false)) == Json(true);
            auto* cell = new QTableWidgetItem;
            cell->setFlags((cell->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            cell->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            if (c == 0) cell->setData(kOriginalRole, QString::fromStdString(rule.dump()));
            setItem(row, int(c), cell);
            continue;
        }
        auto* cell = new QTableWidgetItem(shown);
        if (column.type == Column::Choice) {
            cell->setData(kValueRole, shown);
            cell->setText(displayTerm(shown.toLatin1().constData()));
        }
        if (c == 0) cell->setData(kOriginalRole, QString::fromStdString(rule.dump()));
        setItem(row, int(c), cell);
    }
}

Json RuleTable::rowJson(int row) const {
    const QTableWidgetItem* first = item(row, 0);
    Json rule = first && first->data(kOriginalRole).isValid()
                    ? parseJsonOrDiscarded(first->data(kOriginalRole).toString().toStdString())
                    : Json::object();
    if (!rule.is_object()) rule = Json::object();
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const Column& column = columns_[c];
        const QTableWidgetItem* cell = item(row, int(c));
        if (column.type == Column::Bool) {
            if (cell && cell->checkState() == Qt::Checked)
                rule[column.key] = true;
            else
                rule.erase(column.key);
            continue;
        }
        QString typed = cell ? cell->text().trimmed() : QString();
        // A choice cell writes its value; text typed over it counts when it is no translation.
        if (cell && column.type == Column::Choice && cell->data(kValueRole).isValid() &&
            typed == displayTerm(cell->data(kValueRole).toString().toLatin1().constData()))
            typed = cell->data(kValueRole).toString();
        if (typed.isEmpty()) {
            rule.erase(column.key);
            continue;
        }
        const QStringList parts = typed.split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts);
        switch (column.type) {
        case Column::Integer: {
            bool ok = false;
            const int number = typed.toInt(&ok);
            rule[column.key] =
                ok ? Json(number) : Json(typed.toStdString()); // the reader names what is wrong
            break;
        }
        case Column::List: {
            Json list = Json::array();
            for (const QString& part : parts)
                list.push_back(part.toStdString());
            rule[column.key] = list;
            break;
        }
        case Column::ProtocolPorts: {
            Json list = Json::array();
            for (const QString& part : parts)
                list.push_back(protocolPort(part));
            rule[column.key] = list;
            break;
        }
        default:
            rule[column.key] = typed.toStdString();
        }
    }
    return rule;
}

void RuleTable::removeSelectedRows() {
    QList<int> rows;
    for (const auto& range : selectedRanges())
        for (int r = range.topRow(); r <= range.bottomRow(); ++r)
            rows << r;
    if (rows.isEmpty() && currentRow() >= 0) rows << currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int r : rows)
        removeRow(r);
}

QStringList RuleTable::markErrors(const QString& rowsAt, const QList<QPair<QString, QString>>& errors,
                                  const QString& rowLabel) {
    const QSignalBlocker block(this); // marking cells is no edit
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c)
            if (auto* cell = item(r, c)) {
                cell->setBackground(QBrush());
                cell->setToolTip({});
            }
    QStringList lines;
    for (const auto& [pointer, message] : errors) {
        if (!rowsAt.isEmpty() && pointer.startsWith(rowsAt)) {
            const QString rest = pointer.mid(rowsAt.size());
            const int row = rest.section('/', 0, 0).toInt();
            const QString key = rest.section('/', 1, 1);
            for (std::size_t c = 0; c < columns_.size(); ++c)
                if (key.isEmpty() || key == columns_[c].key)
                    if (auto* cell = item(row, int(c))) {
                        cell->setBackground(QColor(255, 226, 226));
                        cell->setToolTip(message);
                    }
            lines << rowLabel.arg(row + 1).arg(message);
        } else {
            lines << (pointer.isEmpty() ? message : pointer + ": " + message);
        }
    }
    return lines;
}

void RuleTable::fitColumns() {
    resizeColumnsToContents();
    const QFontMetrics metrics(font());
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        int widest = 0;
        for (const QString& choice : columns_[c].choices)
            widest = std::max(widest, metrics.horizontalAdvance(displayTerm(choice.toUtf8().constData())));
        // Room for the drop-down's arrow and the cell's margins.
        if (widest > 0) setColumnWidth(int(c), std::max(columnWidth(int(c)), widest + 36));
    }
}

} // namespace pathlight
