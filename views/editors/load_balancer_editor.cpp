#include "editors/load_balancer_editor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pathlight {

namespace {

using Json = nlohmann::ordered_json;
using Column = RuleTable::Column;

// The file's key of each table.
const char* const kKeys[] = {"frontendIPConfigurations", "backendAddressPools", "loadBalancingRules",
                             "outboundRules"};
// Pool rows show members as NIC ids and, apart, the ones the probe finds down; the member objects
// as loaded ride along under a key no column shows, so nothing else of theirs is lost.
constexpr const char* kDown = "membersProbedDown";
constexpr const char* kMemberObjects = "memberObjects";

Json poolRow(const Json& pool) {
    Json row = pool;
    Json ids = Json::array(), down = Json::array();
    for (const Json& m : pool.value("members", Json::array()))
        if (m.is_object() && m.value("nic", Json()).is_string()) {
            ids.push_back(m["nic"]);
            if (m.value("healthy", Json(true)) == Json(false)) down.push_back(m["nic"]);
        }
    row["members"] = ids;
    row[kDown] = down;
    row[kMemberObjects] = pool.value("members", Json::array());
    return row;
}

Json poolFromRow(Json row) {
    const Json objects = row.value(kMemberObjects, Json::array());
    const Json down = row.value(kDown, Json::array());
    Json members = Json::array();
    for (const Json& id : row.value("members", Json::array())) {
        Json m = {{"nic", id}};
        for (const Json& o : objects)
            if (o.is_object() && o.value("nic", Json()) == id) m = o;
        m["nic"] = id;
        if (std::find(down.begin(), down.end(), id) != down.end())
            m["healthy"] = false;
        else
            m.erase("healthy");
        members.push_back(m);
    }
    row.erase(kDown);
    row.erase(kMemberObjects);
    row["members"] = members;
    return row;
}

QStringList idsOf(const Json& objects) {
    QStringList ids;
    for (const Json& o : objects)
        if (o.is_object() && o.value("id", Json()).is_string())
            ids << QString::fromStdString(o["id"].get<std::string>());
    return ids;
}

// The next free number for a new row's id ("fe-2") among the table's ids.
std::string freshId(const RuleTable* table, const std::string& stem) {
    const Json rows = table->rules();
    for (int n = int(rows.size()) + 1;; ++n) {
        const std::string id = stem + std::to_string(n);
        if (std::none_of(rows.begin(), rows.end(),
                         [&](const Json& r) { return r.value("id", Json()) == id; }))
            return id;
    }
}

} // namespace

LoadBalancerEditor::LoadBalancerEditor(const Json& loadBalancer, std::string pointer, Choices choices,
                                       QWidget* parent)
    : ObjectEditor(parent), choices_(std::move(choices)), name_(new QLineEdit), sku_(new QComboBox),
      tabs_(new QTabWidget) {
    setObjectName("LoadBalancerEditor");
    resize(980, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), name_);
    for (const char* sku : {"Standard", "Basic"})
        sku_->addItem(sku, sku);
    form->addRow(tr("SKU"), sku_);
    layout->addLayout(form);

    for (auto& t : tables_)
        t = new RuleTable;
    tables_[Frontends]->setColumns({
        {"id", tr("Id"), Column::Text, {}, {}, {}},
        {"name", tr("Name"), Column::Text, {}, {}, {}},
        {"subnet", tr("Subnet (internal)"), Column::Text, {}, choices_.subnets, {}},
        {"privateIPAddress", tr("Private IP"), Column::Text, {}, {}, {}},
        {"publicIPAddress", tr("Public IP"), Column::Text, {}, {}, {}},
    });
    tables_[Pools]->setColumns({
        {"id", tr("Id"), Column::Text, {}, {}, {}},
        {"name", tr("Name"), Column::Text, {}, {}, {}},
        {"members", tr("Members (NICs)"), Column::List, {}, choices_.nics, {}},
        {kDown, tr("Probed down"), Column::List, {}, choices_.nics, {}},
    });
    tables_[Rules]->setColumns({
        {"name", tr("Name"), Column::Text, {}, {}, {}},
        {"frontendIPConfiguration", tr("Frontend"), Column::Text, {}, {}, {}},
        {"backendAddressPool", tr("Backend pool"), Column::Text, {}, {}, {}},
        {"protocol", tr("Protocol"), Column::Choice, {"Tcp", "Udp", "All"}, {}, {}},
        {"frontendPort", tr("Frontend port"), Column::Integer, {}, {}, {}},
        {"backendPort", tr("Backend port"), Column::Integer, {}, {}, {}},
        {"enableFloatingIP", tr("Floating IP"), Column::Bool, {}, {}, {}},
        {"disableOutboundSnat", tr("No outbound SNAT"), Column::Bool, {}, {}, {}},
    });
    tables_[OutboundRules]->setColumns({
        {"name", tr("Name"), Column::Text, {}, {}, {}},
        {"frontendIPConfigurations", tr("Frontends"), Column::List, {}, {}, {}},
        {"backendAddressPool", tr("Backend pool"), Column::Text, {}, {}, {}},
        {"protocol", tr("Protocol"), Column::Choice, {"All", "Tcp", "Udp"}, {}, {}},
    });
    const QString titles[] = {tr("Frontends"), tr("Backend pools"), tr("Load-balancing rules"),
                              tr("Outbound rules")};
    const QString hints[] = {
        tr("An internal frontend has a subnet and a private IP; a public one has a public IP."),
        tr("Members are NIC ids. \"Probed down\" lists the members whose health probe fails: no flow "
           "goes to them."),
        tr("Protocol All with ports 0 is HA ports (every port, TCP and UDP): the internal frontend an NVA "
           "pair sits behind."),
        tr("Outbound rules translate the pool's Internet-bound traffic to their frontends' public IPs "
           "(after a NAT gateway and instance public IPs)."),
    };
    for (int t = Frontends; t <= OutboundRules; ++t) {
        auto* page = new QWidget;
        auto* pageLayout = new QVBoxLayout(page);
        auto* hint = new QLabel(hints[t]);
        hint->setWordWrap(true);
        pageLayout->addWidget(hint);
        pageLayout->addWidget(tables_[t], 1);
        auto* buttons = new QHBoxLayout;
        auto* add = new QPushButton(tr("&Add"));
        auto* remove = new QPushButton(tr("&Remove"));
        connect(add, &QPushButton::clicked, this, [this, t] { addRow(Table(t)); });
        connect(remove, &QPushButton::clicked, this, [this, t] { removeSelectedRows(Table(t)); });
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        pageLayout->addLayout(buttons);
        tabs_->addTab(page, titles[t]);
    }
    // A rule names the frontends and pools as they stand in the other tabs, new ones included.
    connect(tabs_, &QTabWidget::currentChanged, this, [this] { refreshReferenceCompletions(); });
    layout->addWidget(tabs_, 1);

    addButtons(layout);
    setObject(loadBalancer, std::move(pointer));
}

void LoadBalancerEditor::setObject(const Json& loadBalancer, std::string pointer) {
    setShown(loadBalancer, std::move(pointer));
    setWindowTitle(tr("Load balancer %1").arg(displayNameOf(shown())));
    name_->setText(QString::fromStdString(shown().value("name", "")));
    const QString sku = QString::fromStdString(shown().value("sku", "Standard"));
    if (sku_->findData(sku) < 0) sku_->addItem(sku, sku); // shown as it is; the lints say what it means
    sku_->setCurrentIndex(sku_->findData(sku));
    for (int t = Frontends; t <= OutboundRules; ++t) {
        Json rows = shown().value(kKeys[t], Json::array());
        if (t == Pools && rows.is_array())
            for (Json& row : rows)
                if (row.is_object()) row = poolRow(row);
        tables_[t]->setRules(rows);
    }
    refreshReferenceCompletions();
}

bool LoadBalancerEditor::readyToApply() {
    // "Probed down" is this dialog's own column, not a key of the file: the dialog says when it
    // names a NIC that is not in the pool (newcomer: a typo there was dropped without a word).
    QList<QPair<QString, QString>> errors;
    const Json pools = tables_[Pools]->rules();
    for (std::size_t p = 0; p < pools.size(); ++p) {
        const Json members = pools[p].value("members", Json::array());
        for (const Json& id : pools[p].value(kDown, Json::array()))
            if (std::find(members.begin(), members.end(), id) == members.end())
                errors.append(
                    {QString::fromStdString(pointer()) + "/backendAddressPools/" + QString::number(p) + "/" +
                         kDown,
                     tr("\"%1\" is not a member of this pool")
                         .arg(QString::fromStdString(id.is_string() ? id.get<std::string>() : id.dump()))});
    }
    if (!errors.isEmpty()) showErrors(errors);
    return errors.isEmpty();
}

void LoadBalancerEditor::refreshReferenceCompletions() {
    const QStringList frontends = idsOf(tables_[Frontends]->rules());
    const QStringList pools = idsOf(tables_[Pools]->rules());
    tables_[Rules]->setCompletions(1, frontends);
    tables_[Rules]->setCompletions(2, pools);
    tables_[OutboundRules]->setCompletions(1, frontends);
    tables_[OutboundRules]->setCompletions(2, pools);
}

Json LoadBalancerEditor::result() const {
    Json out = shown();
    putText(out, "name", name_->text());
    out["sku"] = sku_->currentData().toString().toStdString();
    for (int t = Frontends; t <= OutboundRules; ++t) {
        Json rows = tables_[t]->rules();
        if (t == Pools)
            for (Json& row : rows)
                row = poolFromRow(row);
        // Outbound rules are optional in the file: an empty list is no list.
        if (t == OutboundRules && rows.empty() && !shown().contains(kKeys[t]))
            out.erase(kKeys[t]);
        else
            out[kKeys[t]] = rows;
    }
    return out;
}

void LoadBalancerEditor::addRow(Table which) {
    RuleTable* table = tables_[which];
    const Json frontends = tables_[Frontends]->rules();
    const Json pools = tables_[Pools]->rules();
    const Json firstFrontend = frontends.empty() ? Json("") : frontends.front().value("id", Json(""));
    const Json firstPool = pools.empty() ? Json("") : pools.front().value("id", Json(""));
    Json row;
    int focus = 0;
    switch (which) {
    case Frontends:
        row = {{"id", freshId(table, objectId().toStdString() + "-fe-")}};
        if (!choices_.subnets.isEmpty()) row["subnet"] = choices_.subnets.front().toStdString();
        focus = 3; // the address
        break;
    case Pools:
        row = {{"id", freshId(table, objectId().toStdString() + "-pool-")}, {"members", Json::array()}};
        focus = 2;
        break;
    case Rules:
        row = {{"name", "rule-" + std::to_string(table->rowCount() + 1)},
               {"frontendIPConfiguration", firstFrontend},
               {"backendAddressPool", firstPool},
               {"protocol", "Tcp"},
               {"frontendPort", 443},
               {"backendPort", 443}};
        break;
    case OutboundRules:
        row = {{"name", "outbound-" + std::to_string(table->rowCount() + 1)},
               {"frontendIPConfigurations", Json::array({firstFrontend})},
               {"backendAddressPool", firstPool},
               {"protocol", "All"}};
        break;
    }
    table->appendRule(row, true);
    table->fitColumns();
    table->setCurrentCell(table->rowCount() - 1, focus);
    refreshReferenceCompletions();
}

void LoadBalancerEditor::removeSelectedRows(Table which) {
    tables_[which]->removeSelectedRows();
    refreshReferenceCompletions();
}

void LoadBalancerEditor::showErrors(const QList<QPair<QString, QString>>& errors) {
    QStringList lines;
    for (int t = Frontends; t <= OutboundRules; ++t) {
        const QString rowsAt = QString::fromStdString(pointer()) + "/" + kKeys[t] + "/";
        QList<QPair<QString, QString>> mine;
        for (const auto& e : errors)
            if (e.first.startsWith(rowsAt)) mine.append(e);
        // A member's error (".../members/1/nic") marks the pool's members cell.
        for (auto& e : mine)
            if (t == Pools) e.first.replace(QRegularExpression("/members/\\d+(/.*)?$"), "/members");
        lines += tables_[t]->markErrors(rowsAt, mine, tabs_->tabText(t) + " — " + tr("row %1: %2"));
        if (!mine.isEmpty()) tabs_->setCurrentIndex(t);
    }
    const QString at = QString::fromStdString(pointer());
    for (const auto& [where, message] : errors) {
        bool inTable = false;
        for (const char* key : kKeys)
            inTable = inTable || where.startsWith(at + "/" + key + "/");
        if (!inTable) lines << (where.isEmpty() ? message : where + ": " + message);
    }
    finishErrors(lines);
}

} // namespace pathlight
