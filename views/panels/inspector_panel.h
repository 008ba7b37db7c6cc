#pragma once
// The inspector: the selected object's every field as a form (and, for what the form does not
// cover, as the file's JSON). An edit applies as one undo step; what the file would reject and
// what the model's lints say appear under the field concerned. For a VM or subnet it also shows
// the effective routes the model computed.

#include "common/message.h"

#include <QHash>
#include <QPair>
#include <QWidget>

#include <memory>
#include <vector>

#include "panels/object_fields.h"

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTextBrowser;

namespace pathlight {

class Network;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    // Shows an object (by id; empty clears) with the document's lints.
    // The Properties page from its first field (a newly selected object is read from the top).
    void showTop();
    void showObject(const std::shared_ptr<const Network>& network, const QString& id,
                    const std::vector<Diagnostic>& lints = {});
    // Errors of the last apply: (JSON Pointer, message).
    void showErrors(const QList<QPair<QString, QString>>& errors);
    QString currentId() const { return id_; }
    static QString choiceText(const QString& value);
    QPlainTextEdit* editor() const { return editor_; }
    // The form's editor for a field path ("addressPrefix", "nics/0/nsg"), or null.
    QWidget* fieldEditor(const QString& path) const;
    // The message shown under a field (empty when none).
    QString fieldMessage(const QString& path) const;
    // Everything shown, as text (for tests and accessibility).
    QString toPlainText() const;

signals:
    // An edited object; with an empty id, the document's own keys (title, description, latency).
    void applyRequested(const QString& id, const QString& json);
    // "Edit…" beside an NSG or route table; "New…" in its list (create one and associate it).
    // Nsg or RouteTable; Firewall for a firewall's policy, LoadBalancer for its parts.
    void editRuleSetRequested(ObjectKind kind, const QString& ruleSetId);
    void newAssociationRequested(const QString& id, const QString& path, ObjectKind kind);

protected:
    void changeEvent(QEvent* event) override;
    // A wheel over a drop-down the user has not clicked scrolls the form, never changes the
    // object (newcomer walk: scrolling past a gateway's Type made it a VPN gateway).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row {
        FieldSpec spec;
        QWidget* editor = nullptr;
        QLabel* message = nullptr;
    };
    void buildForm(const std::vector<FieldSpec>& fields);
    void fillForm();
    void applyForm();
    void markFields(const QList<QPair<QString, QString>>& errors);
    QStringList referenceChoices(ObjectKind kind) const;

    QString id_;
    std::string pointer_; // the object's JSON Pointer in the document
    nlohmann::ordered_json object_;
    std::shared_ptr<const Network> network_;
    std::vector<Diagnostic> lints_;
    QLabel* title_;
    QPushButton* policyButton_; // on a firewall or a load balancer: opens its tables
    QTabWidget* tabs_;
    QScrollArea* scroll_ = nullptr;
    QWidget* form_;
    QFormLayout* formLayout_;
    std::vector<Row> rows_;
    QPlainTextEdit* editor_;
    QPushButton* apply_;
    QLabel* errors_;
    QTextBrowser* routes_;
    bool filling_ = false;
    bool documentMode_ = false; // nothing selected: title, description, latency assumptions
};

} // namespace pathlight
