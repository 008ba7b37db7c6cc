#pragma once
// The editor of a load balancer's frontends, backend pools (members and which ones the health
// probe finds down), load-balancing rules and outbound rules, one table each in tabs, like the
// NSG editor. References (a rule's frontend and pool, a frontend's subnet, a pool's NICs) are typed
// with completion from the design. The dialog decides nothing: Apply hands the load balancer to
// the document, whose reader answers by JSON Pointer, and the answer goes on the rows
// (azure-facts-2 §13; topology-format.md, "Version 2").

#include "editors/rule_table.h"

#include "editors/object_editor.h"

#include <QDialog>
#include <QPair>

#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace pathlight {

class LoadBalancerEditor : public ObjectEditor {
    Q_OBJECT
public:
    // What the design offers for completion: subnet ids (frontends) and NIC ids (pool members).
    struct Choices {
        QStringList subnets;
        QStringList nics;
    };
    enum Table { Frontends, Pools, Rules, OutboundRules };

    // `loadBalancer` is the object as the file writes it; `pointer` its JSON Pointer.
    LoadBalancerEditor(const nlohmann::ordered_json& loadBalancer, std::string pointer, Choices choices,
                       QWidget* parent = nullptr);

    // The edited load balancer.
    nlohmann::ordered_json result() const override;
    RuleTable* table(Table which) const { return tables_[which]; }
    // Adds a row to a table with the values people start from.
    void addRow(Table which);
    void removeSelectedRows(Table which);

    // Puts the document's answer on the rows (empty: accepted).
    void showErrors(const QList<QPair<QString, QString>>& errors) override;
    // Replaces the shown load balancer (after undo, say) without losing the dialog.
    void setObject(const nlohmann::ordered_json& loadBalancer, std::string pointer) override;

private:
    void refreshReferenceCompletions();
    // False (and the rows marked) when a pool's "Probed down" names a NIC that is no member.
    bool readyToApply() override;

    Choices choices_;
    QLineEdit* name_;
    QComboBox* sku_;
    QTabWidget* tabs_;
    RuleTable* tables_[4];
};

} // namespace pathlight
