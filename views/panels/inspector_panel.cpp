#include "panels/inspector_panel.h"

#include "io/topology_io.h"
#include "io/topology_patch.h"
#include "trace/network.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pathlight {

namespace {

QString routesTable(const SubnetRoutes& routes) {
    QString html = "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr>";
    for (const QString& h :
         {InspectorPanel::tr("Source"), InspectorPanel::tr("State"), InspectorPanel::tr("Address prefix"),
          InspectorPanel::tr("Next hop type"), InspectorPanel::tr("Next hop IP")})
        html += "<th>" + h.toHtmlEscaped() + "</th>";
    html += "</tr>";
    for (const auto& r : routes.table()) {
        QStringList ips;
        for (const auto& ip : r.nextHopIps)
            ips << QString::fromStdString(ip.toString());
        const bool invalid = r.state == RouteState::Invalid;
        html += QString("<tr style='color:%1'>").arg(invalid ? "#999" : "#000");
        for (const QString& cell :
             {QString(toString(r.source)), QString(toString(r.state)),
              QString::fromStdString(r.prefix.toString()), QString(toString(r.nextHopType)), ips.join(", ")})
            html += "<td>" + cell.toHtmlEscaped() + "</td>";
        html += "</tr>";
    }
    return html + "</table>";
}

} // namespace

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), editor_(new QPlainTextEdit(this)),
      apply_(new QPushButton(tr("Apply"), this)), errors_(new QLabel(this)), routes_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    title_->setText(tr(
        "Select an object on the canvas to see and edit its settings and, for a VM, its effective routes."));
    title_->setWordWrap(true);
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setTabChangesFocus(true);
    errors_->setWordWrap(true);
    errors_->setStyleSheet("color: #b00020");
    errors_->hide();
    layout->addWidget(title_);
    layout->addWidget(editor_, 3);
    layout->addWidget(apply_, 0, Qt::AlignRight);
    layout->addWidget(errors_);
    layout->addWidget(routes_, 2);
    editor_->hide();
    apply_->hide();
    routes_->hide();
    apply_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    apply_->setToolTip(tr("Apply the edited settings as one undo step (Ctrl+Enter)"));
    connect(apply_, &QPushButton::clicked, this,
            [this] { emit applyRequested(id_, editor_->toPlainText()); });
}

void InspectorPanel::showErrors(const QStringList& errors) {
    errors_->setText(errors.join("\n"));
    errors_->setVisible(!errors.isEmpty());
}

QString InspectorPanel::toPlainText() const {
    return title_->text() + "\n" + editor_->toPlainText() + "\n" + errors_->text() + "\n" +
           routes_->toPlainText();
}

void InspectorPanel::showObject(const std::shared_ptr<const Network>& network, const QString& id) {
    id_ = id;
    showErrors({});
    const std::string key = id.toStdString();
    const Json doc = network ? topologyToJson(network->topology()) : Json();
    const std::string at = network && !id.isEmpty() ? pointerOf(doc, key) : std::string();
    const Json* obj = at.empty() ? nullptr : &doc[Json::json_pointer(at)];
    editor_->setVisible(obj);
    apply_->setVisible(obj);
    if (!obj) {
        id_.clear();
        title_->setText(tr("Select an object on the canvas to see and edit its settings and, for a VM, its "
                           "effective routes."));
        editor_->clear();
        routes_->hide();
        return;
    }
    title_->setText("<b>" + id.toHtmlEscaped() + "</b>");
    editor_->setPlainText(QString::fromStdString(obj->dump(2)));
    QString html;
    if (const Vm* vm = network->index().vm(key))
        for (const auto& nic : vm->nics)
            if (const SubnetRoutes* routes = network->subnetRoutes(nic.subnet)) {
                html += "<h4>" +
                        tr("Effective routes of %1").arg(QString::fromStdString(nic.id)).toHtmlEscaped() +
                        "</h4>";
                html += routesTable(*routes);
            }
    routes_->setHtml(html);
    routes_->setVisible(!html.isEmpty());
}

} // namespace pathlight
