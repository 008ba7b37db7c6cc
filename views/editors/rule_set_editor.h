#pragma once
// Editors for the two rule lists of a network: an NSG's security rules and a route table's
// routes, as tables. Rows can be added, removed, edited in place (choices as lists, addresses
// with service-tag completion, an NSG's application security groups by id) and sorted by priority; an NSG's
// default rules are shown greyed below its own. The dialog never decides validity: Apply hands the edited
// object to the document, whose reader answers with errors by JSON Pointer, which the dialog puts on the
// rows.

#include "editors/rule_table.h"

#include "editors/object_editor.h"

#include <QDialog>
#include <QPair>

#include <nlohmann/json.hpp>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pathlight {

class RuleSetEditor : public ObjectEditor {
    Q_OBJECT
public:
    enum class Kind { Nsg, RouteTable };
    // `object` is the NSG or route table as the file writes it; `pointer` its JSON Pointer.
    // `applicationSecurityGroups`: the design's ASG ids, offered in an NSG's ASG columns.
    RuleSetEditor(Kind kind, const nlohmann::ordered_json& object, std::string pointer,
                  QWidget* parent = nullptr, const QStringList& applicationSecurityGroups = {});
    // The addresses a new route's VirtualAppliance next hop may take (the design's NICs with IP
    // forwarding, in file order): the first is proposed; with none, the route goes to the Internet
    // (a VM's own address was proposed before, which no plain VM forwards).
    void setApplianceAddresses(const QStringList& addresses) { applianceAddresses_ = addresses; }

    Kind kind() const { return kind_; }
    // The edited object.
    nlohmann::ordered_json result() const override;
    RuleTable* table() const { return table_; }
    QTableWidget* defaultsTable() const { return defaults_; }
    void addRow();
    void removeSelectedRows();
    void sortByPriority();
    // Puts the document's answer on the rows (empty: accepted).
    void showErrors(const QList<QPair<QString, QString>>& errors) override;
    // Replaces the shown object (after undo, say) without losing the dialog.
    void setObject(const nlohmann::ordered_json& object, std::string pointer) override;

private:
    void fillRows();

    Kind kind_;
    QLineEdit* name_;
    QCheckBox* disableBgp_ = nullptr;
    RuleTable* table_;
    QTableWidget* defaults_ = nullptr;
    QStringList applianceAddresses_;
};

} // namespace pathlight
