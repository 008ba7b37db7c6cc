#pragma once
// The inspector: the selected object's every field as the file has them, editable (Apply makes
// one undo step; what the file would reject is shown here with its JSON pointer), and for a VM
// each NIC's effective routes as the model computed them.

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace pathlight {

class Network;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    void showObject(const std::shared_ptr<const Network>& network, const QString& id);
    void showErrors(const QStringList& errors);
    QString currentId() const { return id_; }
    QPlainTextEdit* editor() const { return editor_; }
    // Everything shown, as text (for tests and accessibility).
    QString toPlainText() const;

signals:
    void applyRequested(const QString& id, const QString& json);

private:
    QString id_;
    QLabel* title_;
    QPlainTextEdit* editor_;
    QPushButton* apply_;
    QLabel* errors_;
    QTextBrowser* routes_;
};

} // namespace pathlight
