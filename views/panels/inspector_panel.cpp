#include "panels/inspector_panel.h"

#include "io/topology_io.h"
#include "trace/network.h"

namespace pathlight {

namespace {

// Finds the object with this id anywhere in the canonical JSON of the topology.
const Json* findById(const Json& j, const std::string& id) {
    if (j.is_object()) {
        auto it = j.find("id");
        if (it != j.end() && it->is_string() && it->get<std::string>() == id) return &j;
        for (auto c = j.begin(); c != j.end(); ++c)
            if (c.key() != "layout")
                if (const Json* f = findById(c.value(), id)) return f;
    } else if (j.is_array()) {
        for (const auto& c : j)
            if (const Json* f = findById(c, id)) return f;
    }
    return nullptr;
}

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

InspectorPanel::InspectorPanel(QWidget* parent) : QTextBrowser(parent) {
    setOpenLinks(false);
    setPlaceholderText(
        tr("Select an object on the canvas to see its settings and, for a VM, its effective routes."));
}

void InspectorPanel::showObject(const std::shared_ptr<const Network>& network, const QString& id) {
    if (!network || id.isEmpty()) {
        clear();
        return;
    }
    const std::string key = id.toStdString();
    const Json doc = topologyToJson(network->topology());
    QString html = "<h3>" + id.toHtmlEscaped() + "</h3>";
    if (const Json* obj = findById(doc, key))
        html += "<pre>" + QString::fromStdString(obj->dump(2)).toHtmlEscaped() + "</pre>";
    if (const Vm* vm = network->index().vm(key))
        for (const auto& nic : vm->nics)
            if (const SubnetRoutes* routes = network->subnetRoutes(nic.subnet)) {
                html += "<h4>" +
                        tr("Effective routes of %1").arg(QString::fromStdString(nic.id)).toHtmlEscaped() +
                        "</h4>";
                html += routesTable(*routes);
            }
    setHtml(html);
}

} // namespace pathlight
