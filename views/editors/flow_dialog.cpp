#include "editors/flow_dialog.h"

#include "text/message_text.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pathlight {

namespace {
constexpr int kPortRole = Qt::UserRole + 1;     // an endpoint's first port
constexpr int kProtocolRole = Qt::UserRole + 2; // and its protocol ("Tcp")
} // namespace

namespace {

using Json = nlohmann::ordered_json;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// An editable list whose entries carry the id; typed text stands for itself.
QString chosenValue(const QComboBox* box) {
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text);
    return index >= 0 && !box->itemData(index).toString().isEmpty() ? box->itemData(index).toString() : text;
}

void select(QComboBox* box, const QString& value) {
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(value);
}

} // namespace

FlowDialog::FlowDialog(const Network& network, const Json& flow, QWidget* parent)
    : QDialog(parent), flow_(flow), name_(new QLineEdit), source_(new QComboBox), destination_(new QComboBox),
      protocol_(new QComboBox), port_(new QSpinBox), expect_(new QComboBox), errors_(new QLabel) {
    setObjectName("FlowDialog");
    setWindowTitle(flow.contains("id") ? tr("Flow %1").arg(q(flow.value("id", ""))) : tr("New flow"));
    const Topology& t = network.topology();
    source_->setEditable(true);
    destination_->setEditable(true);
    destination_->lineEdit()->setPlaceholderText(
        tr("an address or a name, as 203.0.113.10 or www.microsoft.com"));
    for (QComboBox* box : {source_, destination_})
        box->setInsertPolicy(QComboBox::NoInsert);
    auto vmEntry = [](const Vm& vm) {
        const Nic* nic = vm.primaryNic();
        const QString ip = nic && !nic->ipConfigurations.empty()
                               ? q(nic->ipConfigurations.front().privateIp.toString())
                               : QString();
        return (vm.nva ? tr("NVA %1 (%2)") : tr("VM %1 (%2)")).arg(q(vm.id), ip);
    };
    for (const auto& vm : t.vms) {
        source_->addItem(vmEntry(vm), q(vm.id));
        destination_->addItem(vmEntry(vm), q(vm.id));
        if (vm.nics.size() > 1)
            for (const auto& nic : vm.nics)
                if (!nic.ipConfigurations.empty())
                    source_->addItem(
                        tr("NIC %1 (%2)")
                            .arg(q(nic.id), q(nic.ipConfigurations.front().privateIp.toString())),
                        q(nic.id));
    }
    for (const auto& site : t.sites)
        for (const auto& host : site.hosts) {
            const QString text = tr("Host %1 at %2 (%3)").arg(q(host.id), q(site.id), q(host.ip.toString()));
            source_->addItem(text, q(host.id));
            destination_->addItem(text, q(host.id));
        }
    for (const auto& a : t.appGateways)
        source_->addItem(tr("Application Gateway %1 (its instances)").arg(q(a.id)), q(a.id));
    // An endpoint brings its service's port and protocol when chosen (KMS: TCP 1688).
    const auto addEndpoint = [&](const QString& text, const QString& value, const Endpoint& e) {
        destination_->addItem(text, value);
        const int at = destination_->count() - 1;
        if (!e.ports.empty()) destination_->setItemData(at, e.ports.front(), kPortRole);
        if (!e.protocol.empty()) destination_->setItemData(at, q(e.protocol), kProtocolRole);
    };
    for (const auto& e : t.endpoints)
        addEndpoint(e.fqdn.empty() ? tr("Endpoint %1").arg(q(endpointName(e)))
                                   : tr("Endpoint %1 (%2)").arg(q(endpointName(e)), q(e.fqdn)),
                    q(e.id), e);
    // Built-in entries by name; their FQDN when they have one (some are addresses only).
    for (const auto& c : network.catalog().entries())
        addEndpoint(
            c.endpoint.fqdn.empty()
                ? tr("%1 (built in)").arg(catalogNameText(endpointName(c.endpoint)))
                : tr("%1 — %2 (built in)").arg(catalogNameText(endpointName(c.endpoint)), q(c.endpoint.fqdn)),
            q(c.endpoint.fqdn.empty() ? c.endpoint.id : c.endpoint.fqdn), c.endpoint);
    source_->lineEdit()->setPlaceholderText(tr("an object, or an IP address (an Internet client)"));
    destination_->lineEdit()->setPlaceholderText(tr("an object, an endpoint, an IP address or an FQDN"));
    protocol_->addItems({"Tcp", "Udp", "Icmp"});
    port_->setRange(0, 65535);
    expect_->addItem(tr("(no expectation)"), QString());
    for (Verdict v : {Verdict::Delivered, Verdict::Denied, Verdict::Rejected, Verdict::NoRoute,
                      Verdict::Dropped, Verdict::Loop, Verdict::Asymmetric})
        expect_->addItem(displayVerdict(v), QString(toString(v)));

    name_->setText(q(flow.value("name", "")));
    select(source_, q(flow.value("source", "")));
    select(destination_, q(flow.value("destination", "")));
    protocol_->setCurrentText(q(flow.value("protocol", "Tcp")));
    port_->setValue(flow.value("port", 443));
    expect_->setCurrentIndex(std::max(0, expect_->findData(q(flow.value("expect", "")))));
    connect(destination_, &QComboBox::activated, this, [this](int index) {
        if (const QVariant port = destination_->itemData(index, kPortRole); port.isValid())
            port_->setValue(port.toInt());
        if (const QVariant protocol = destination_->itemData(index, kProtocolRole); protocol.isValid()) {
            const int at = protocol_->findText(protocol.toString(), Qt::MatchFixedString);
            if (at >= 0) protocol_->setCurrentIndex(at);
        }
    });

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), name_);
    form->addRow(tr("&Source"), source_);
    form->addRow(tr("&Destination"), destination_);
    form->addRow(tr("&Protocol"), protocol_);
    form->addRow(tr("P&ort"), port_);
    form->addRow(tr("&Expected"), expect_);
    layout->addLayout(form);
    errors_->setWordWrap(true);
    errors_->setStyleSheet("color: #b00020");
    errors_->hide();
    layout->addWidget(errors_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &FlowDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Json FlowDialog::result() const {
    Json out = flow_;
    const QString name = name_->text().trimmed();
    if (name.isEmpty())
        out.erase("name");
    else
        out["name"] = name.toStdString();
    out["source"] = chosenValue(source_).toStdString();
    out["destination"] = chosenValue(destination_).toStdString();
    out["protocol"] = protocol_->currentText().toStdString();
    out["port"] = port_->value();
    const QString expect = expect_->currentData().toString();
    if (expect.isEmpty())
        out.erase("expect");
    else
        out["expect"] = expect.toStdString();
    return out;
}

QString FlowDialog::errorText() const {
    return errors_->isHidden() ? QString() : errors_->text();
}

void FlowDialog::submit() {
    emit submitted(QString::fromStdString(result().dump()));
}

void FlowDialog::showErrors(const QList<QPair<QString, QString>>& errors) {
    QStringList lines;
    for (const auto& [pointer, text] : errors) {
        const QString field = pointer.section('/', -1);
        lines << (field.isEmpty() ? text : field + ": " + text);
    }
    errors_->setText(lines.join("\n"));
    errors_->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) accept();
}

} // namespace pathlight
