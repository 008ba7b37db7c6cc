#pragma once
// The editor of an Azure Firewall's policy, laid out as the portal lays it out: rule collection
// groups and their collections in a tree (name, priority, kind, action, edited in place), and the
// rules of the chosen collection in a table like the NSG editor's. A collection's kind is what Azure
// allows in it: DNAT (FirewallPolicyNatRuleCollection, NatRule), Network or Application
// (FirewallPolicyFilterRuleCollection with NetworkRule or ApplicationRule); the table's columns
// follow it. The dialog decides nothing: Apply hands the firewall to the document, whose reader and
// lints answer by JSON Pointer; the answer goes on the tree and the rows (azure-facts-2 §12.3).

#include "editors/rule_table.h"

#include "editors/object_editor.h"

#include <QDialog>
#include <QPair>

#include <nlohmann/json.hpp>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pathlight {

class FirewallPolicyEditor : public ObjectEditor {
    Q_OBJECT
public:
    enum class CollectionKind { Dnat, Network, Application };

    // `firewall` is the firewall as the file writes it; `pointer` its JSON Pointer ("/firewalls/0").
    FirewallPolicyEditor(const nlohmann::ordered_json& firewall, std::string pointer,
                         QWidget* parent = nullptr);

    // The firewall with the edited policy.
    nlohmann::ordered_json result() const override;
    QTreeWidget* tree() const { return tree_; }
    RuleTable* rules() const { return rules_; }
    // The collection whose rules the table shows, as (group, collection) indices; (-1, -1) for none.
    QPair<int, int> shownCollection() const { return {group_, collection_}; }

    void addGroup();
    // A collection of that kind in the selected group (the first group, made when there is none).
    void addCollection(CollectionKind kind);
    void removeSelected();
    void addRule();
    void removeSelectedRules();
    // Shows a collection's rules (after keeping the table's edits of the one shown before).
    void showCollection(int group, int collection);
    // Sets a collection's kind: its type, action and every rule's ruleType follow.
    void setCollectionKind(int group, int collection, CollectionKind kind);
    void setCollectionAction(int group, int collection, const QString& action);

    // Puts the document's answer on the tree and rows (empty: accepted).
    void showErrors(const QList<QPair<QString, QString>>& errors) override;
    // Replaces the shown firewall (after undo, say) without losing the dialog.
    void setObject(const nlohmann::ordered_json& firewall, std::string pointer) override;

private:
    nlohmann::ordered_json& groups();
    nlohmann::ordered_json* collectionAt(int group, int collection);
    CollectionKind kindOf(const nlohmann::ordered_json& collection) const;
    void storeRules(); // the table's rows back into the policy
    void storeRulesInto(nlohmann::ordered_json& policy) const;
    void fillTree();
    void fillRow(QTreeWidgetItem* item, const nlohmann::ordered_json& object, bool isCollection);
    void setColumnsFor(CollectionKind kind);
    void showRulesTitle();

    nlohmann::ordered_json firewall_;
    nlohmann::ordered_json policy_; // the working copy
    QLineEdit* policyName_;
    QTreeWidget* tree_;
    RuleTable* rules_;
    QLabel* rulesTitle_;
    QPushButton* addRule_;
    QPushButton* removeRule_;
    int group_ = -1;
    int collection_ = -1;
    bool filling_ = false;
};

} // namespace pathlight
