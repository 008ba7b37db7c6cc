#pragma once
// Creates or edits a flow: its source (a VM, NIC, host or Application Gateway, or a typed IP),
// its destination (a drawn object, a catalog or file endpoint, or a typed IP or FQDN), protocol,
// port and the expected verdict. The document validates; errors come back under the field.

#include <QDialog>
#include <QPair>

#include <memory>

#include <nlohmann/json.hpp>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pathlight {

class Network;

class FlowDialog : public QDialog {
    Q_OBJECT
public:
    // `flow` is the flow as the file writes it (empty object for a new one).
    FlowDialog(const Network& network, const nlohmann::ordered_json& flow, QWidget* parent = nullptr);

    nlohmann::ordered_json result() const;
    QComboBox* sourceBox() const { return source_; }
    QComboBox* destinationBox() const { return destination_; }
    QSpinBox* portBox() const { return port_; }
    QComboBox* protocolBox() const { return protocol_; }
    QComboBox* expectBox() const { return expect_; }
    // The document's answer to Apply (errors by JSON Pointer, relative to the flow: "/source").
    void showErrors(const QList<QPair<QString, QString>>& errors);
    QString errorText() const;
    // Presses OK (tests, keyboard users).
    void submit();

signals:
    void submitted(const QString& json);

private:
    nlohmann::ordered_json flow_;
    QLineEdit* name_;
    QComboBox* source_;
    QComboBox* destination_;
    QComboBox* protocol_;
    QSpinBox* port_;
    QComboBox* expect_;
    QLabel* errors_;
};

} // namespace pathlight
