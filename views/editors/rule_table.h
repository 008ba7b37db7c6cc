#pragma once
// A table of rules, one JSON object per row: an NSG's security rules, a route table's routes, a
// firewall rule collection's rules. Each column edits one key of the row's object; the keys no
// column shows are kept from the row as loaded. Choices are drop-down lists shown in the user's
// language and written as Azure spells them; lists are typed comma-separated, with completion
// (service tags, application security group ids). The table decides nothing about validity.

#include <QPair>
#include <QStringList>
#include <QTableWidget>

#include <nlohmann/json.hpp>

#include <vector>

namespace pathlight {

// What a person reads for an object of the file: its name, else its id (issue 14, "names, not ids").
QString displayNameOf(const nlohmann::ordered_json& object);

class RuleTable : public QTableWidget {
    Q_OBJECT
public:
    struct Column {
        enum Type {
            Integer,
            Text,
            Choice,
            List,
            // ARM's [{"protocolType": "Https", "port": 443}], typed "Https:443, Http:80".
            ProtocolPorts,
            // A check box; unchecked writes no key (Azure's default, false).
            Bool,
        };
        const char* key;
        QString header;
        Type type;
        QStringList choices;     // Choice: the values as the file writes them
        QStringList completions; // offered while typing in a Text or List cell
        QString absent;          // shown when the row has no such key (an NSG's protocol "*")
    };

    explicit RuleTable(QWidget* parent = nullptr);
    // Sets the columns and clears the rows.
    void setColumns(std::vector<Column> columns);
    const std::vector<Column>& columns() const { return columns_; }
    // What a column offers while typing, changed without touching the rows.
    void setCompletions(int column, const QStringList& completions);

    // Shows the rules of a JSON array (anything else shows no rows).
    void setRules(const nlohmann::ordered_json& rules);
    // The rows as a JSON array, in row order.
    nlohmann::ordered_json rules() const;
    nlohmann::ordered_json rowJson(int row) const;
    // Appends a row; a new rule (`fresh`) keeps no hidden keys from anywhere.
    void appendRule(const nlohmann::ordered_json& rule, bool fresh);
    void removeSelectedRows();
    // Marks the cells of the errors whose JSON Pointer starts with `rowsAt` (".../rules/"): red,
    // the message as tooltip. Returns one line per error for the dialog's error label, rows
    // numbered from 1 (`rowLabel` is "Row %1: %2"). Other errors come back as "pointer: text".
    QStringList markErrors(const QString& rowsAt, const QList<QPair<QString, QString>>& errors,
                           const QString& rowLabel);
    // Columns as wide as their contents, and a choice column as wide as its widest choice (an
    // empty table sized to its headers cut "VirtualAppliance" and "Outbound" in added rows).
    void fitColumns();

private:
    void setRow(int row, const nlohmann::ordered_json& rule);
    std::vector<Column> columns_;
};

} // namespace pathlight
