#include "panels/effective_view.h"

#include "text/message_text.h"

#include "security/effective_rules.h"
#include "trace/network.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pathlight {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& i : items)
        out << q(i);
    return out.isEmpty() ? QString("*") : out.join(", ");
}

void addRow(QTableWidget* table, const QStringList& cells, bool grey) {
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (grey) item->setForeground(QColor(140, 140, 140));
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
    }
}

QTableWidget* makeTable(const QStringList& headers) {
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

EffectiveView::EffectiveView(std::shared_ptr<const Network> network, QWidget* parent)
    : QDialog(parent), network_(std::move(network)), target_(new QComboBox), tabs_(new QTabWidget),
      routes_(makeTable({tr("Source"), tr("State"), tr("Address prefixes"), tr("Next hop type"),
                         tr("Next hop IP address"), tr("Why it lost")})),
      rules_(makeTable({tr("Association"), tr("Direction"), tr("Priority"), tr("Name"), tr("Access"),
                        tr("Protocol"), tr("Source"), tr("Source ports"), tr("Destination"),
                        tr("Destination ports")})) {
    setObjectName("EffectiveView");
    setWindowTitle(tr("Effective routes and security rules"));
    resize(980, 560);
    addTargets();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Network interface or subnet:")));
    top->addWidget(target_, 1);
    layout->addLayout(top);
    tabs_->addTab(routes_, tr("Effective routes"));
    tabs_->addTab(rules_, tr("Effective security rules"));
    layout->addWidget(tabs_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* csv = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), {}, tr("CSV (*.csv)"));
        if (path.isEmpty()) return;
        if (const QString error = exportCsv(path); !error.isEmpty())
            QMessageBox::critical(this, tr("Cannot export"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(target_, &QComboBox::currentIndexChanged, this, &EffectiveView::fill);
    fill();
}

void EffectiveView::addTargets() {
    for (const auto& vm : network_->topology().vms)
        for (const auto& nic : vm.nics)
            target_->addItem(tr("NIC %1 (%2)").arg(objectText(nic.id), objectText(vm.id)), q(nic.id));
    for (const auto& v : network_->topology().vnets)
        for (const auto& s : v.subnets)
            target_->addItem(tr("Subnet %1 (%2, %3)")
                                 .arg(objectText(s.id), objectText(v.id), q(s.addressPrefix.toString())),
                             q(s.id));
}

void EffectiveView::setNetwork(std::shared_ptr<const Network> network) {
    const QString shown = target_->currentData().toString();
    network_ = std::move(network);
    {
        const QSignalBlocker blocker(target_);
        target_->clear();
        addTargets();
        target_->setCurrentIndex(std::max(0, target_->findData(shown)));
    }
    fill();
}

bool EffectiveView::showTarget(const QString& id) {
    const int index = target_->findData(id);
    if (index < 0) return false;
    target_->setCurrentIndex(index);
    fill();
    return true;
}

void EffectiveView::fill() {
    routes_->setRowCount(0);
    rules_->setRowCount(0);
    const std::string id = target_->currentData().toString().toStdString();
    if (id.empty()) return;
    const Nic* nic = network_->index().nic(id);
    const std::string subnetId = nic ? nic->subnet : id;
    if (const SubnetRoutes* routes = network_->subnetRoutes(subnetId))
        for (const auto& r : routes->table()) {
            QStringList ips;
            for (const auto& ip : r.nextHopIps)
                ips << q(ip.toString());
            addRow(routes_,
                   {displayTerm(toString(r.source)), displayTerm(toString(r.state)), q(r.prefix.toString()),
                    toString(r.nextHopType), ips.join(", "), displayText(routeLossMessage(r.invalidReason))},
                   r.state == RouteState::Invalid);
        }
    // The model lists them in Azure's order; defaults greyed.
    for (const auto& e : effectiveSecurityRules(network_->index(), id)) {
        const SecurityRule& r = e.rule;
        const QString association =
            (e.onNic ? tr("NIC %1") : tr("Subnet %1")).arg(objectText(e.associatedWith));
        addRow(rules_,
               {association + " — " + objectText(e.nsg), displayTerm(toString(r.direction)),
                QString::number(r.priority), q(r.name), displayTerm(toString(r.access)), toString(r.protocol),
                joined(r.sourceAddressPrefixes), joined(r.sourcePortRanges),
                joined(r.destinationAddressPrefixes), joined(r.destinationPortRanges)},
               e.isDefault);
    }
    routes_->resizeColumnsToContents();
    rules_->resizeColumnsToContents();
}

QString EffectiveView::toCsv(const QTableWidget* table) {
    auto quote = [](QString cell) {
        if (cell.contains(',') || cell.contains('"') || cell.contains('\n'))
            cell = '"' + cell.replace("\"", "\"\"") + '"';
        return cell;
    };
    QStringList lines, header;
    for (int c = 0; c < table->columnCount(); ++c)
        header << quote(table->horizontalHeaderItem(c)->text());
    lines << header.join(",");
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << quote(table->item(r, c) ? table->item(r, c)->text() : QString());
        lines << cells.join(",");
    }
    return lines.join("\r\n") + "\r\n";
}

QString EffectiveView::exportCsv(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return file.errorString();
    file.write(toCsv(tabs_->currentIndex() == 0 ? routes_ : rules_).toUtf8());
    return file.commit() ? QString() : file.errorString();
}

} // namespace pathlight
