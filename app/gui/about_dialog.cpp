#include "gui/about_dialog.h"

#include "pathlight_version.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <nlohmann/json.hpp>
#include <qcustomplot.h>

// Last: it defines PACKAGE_* macros of its own.
#include <graphviz/graphviz_version.h>

namespace pathlight {

namespace {

struct Library {
    const char* name;
    QString version;
    const char* licence; // as Debian's copyright file of the library's package states it
    const char* home;
};

// A document of Microsoft Learn that Pathlight's model follows (azure-facts.md, azure-facts-2.md
// list every one with the revision read; these are the ones most of the model rests on).
struct Source {
    const char* title; // the page's own title, as Microsoft publishes it (not translated)
    const char* path;  // below https://learn.microsoft.com/
};

constexpr Source kSources[] = {
    {"Virtual network traffic routing", "azure/virtual-network/virtual-networks-udr-overview"},
    {"Azure network security groups overview", "azure/virtual-network/network-security-groups-overview"},
    {"How network security groups filter network traffic",
     "azure/virtual-network/network-security-group-how-it-works"},
    {"What is IP address 168.63.129.16?", "azure/virtual-network/what-is-ip-address-168-63-129-16"},
    {"Azure service tags overview", "azure/virtual-network/service-tags-overview"},
    {"Application security groups", "azure/virtual-network/application-security-groups"},
    {"Create, change, or delete a virtual network peering",
     "azure/virtual-network/virtual-network-manage-peering"},
    {"Create, change, or delete a network interface",
     "azure/virtual-network/virtual-network-network-interface"},
    {"IP flow verify overview", "azure/network-watcher/ip-flow-verify-overview"},
    {"Azure Instance Metadata Service", "azure/virtual-machines/instance-metadata-service"},
    {"Azure ExpressRoute: Routing requirements", "azure/expressroute/expressroute-routing"},
    {"ExpressRoute NAT requirements", "azure/expressroute/expressroute-nat"},
    {"Asymmetric routing with multiple network paths", "azure/expressroute/expressroute-asymmetric-routing"},
    {"About forced tunneling for site-to-site configurations",
     "azure/vpn-gateway/about-site-to-site-tunneling"},
    {"VPN Gateway FAQ", "azure/vpn-gateway/vpn-gateway-vpn-faq"},
    {"Configure VPN gateway transit for virtual network peering",
     "azure/vpn-gateway/vpn-gateway-peering-gateway-transit"},
    {"Azure Route Server FAQ", "azure/route-server/route-server-faq"},
    {"Default outbound access in Azure", "azure/virtual-network/ip-services/default-outbound-access"},
    {"What is Azure NAT Gateway?", "azure/nat-gateway/nat-overview"},
    {"Source Network Address Translation (SNAT) for outbound connections",
     "azure/load-balancer/load-balancer-outbound-connections"},
    {"Application Gateway infrastructure configuration",
     "azure/application-gateway/configuration-infrastructure"},
    {"Configure Azure Firewall rules", "azure/firewall/rule-processing"},
    {"Azure Firewall SNAT private IP address ranges", "azure/firewall/snat-private-range"},
    {"Azure Load Balancer health probes", "azure/load-balancer/load-balancer-custom-probe-overview"},
    {"What is a private endpoint?", "azure/private-link/private-endpoint-overview"},
    {"Windows activation fails in forced tunneling scenario",
     "troubleshoot/azure/virtual-machines/windows/custom-routes-enable-kms-activation"},
    {"Connected Machine agent network requirements", "azure/azure-arc/servers/network-requirements"},
};

QTextBrowser* page(const QString& html) {
    auto* browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setHtml(html);
    return browser;
}

QString link(const QString& url, const QString& text) {
    return QString("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}

} // namespace

QDialog* showAboutDialog(QWidget* parent) {
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName("aboutDialog");
    dialog->setWindowTitle(QApplication::translate("About", "About Pathlight"));
    auto* tabs = new QTabWidget;

    const QString about =
        QString("<h2>Pathlight %1</h2>").arg(PATHLIGHT_VERSION) + "<p>" +
        QApplication::translate(
            "About", "Traces flows through hybrid Azure networks: the route at every hop, each NSG "
                     "decision, the source address the destination sees, and what is wrong.") +
        "</p><p>" +
        QApplication::translate("About", "Built with Qt %1, running on Qt %2.")
            .arg(QT_VERSION_STR, qVersion()) +
        "</p>";
    tabs->addTab(page(about), "Pathlight");

    const QString nlohmannVersion = QString("%1.%2.%3")
                                        .arg(NLOHMANN_JSON_VERSION_MAJOR)
                                        .arg(NLOHMANN_JSON_VERSION_MINOR)
                                        .arg(NLOHMANN_JSON_VERSION_PATCH);
    const Library libraries[] = {
        {"Qt", qVersion(), "LGPL-3 or GPL-2", "https://www.qt.io/"},
        {"QCustomPlot", QCUSTOMPLOT_VERSION_STR, "GPL-3+", "https://www.qcustomplot.com/"},
        {"JSON for Modern C++ (nlohmann/json)", nlohmannVersion, "MIT (Expat)",
         "https://github.com/nlohmann/json"},
        {"Graphviz (cgraph, gvc)", PACKAGE_VERSION, "EPL-1.0", "https://graphviz.org/"},
    };
    QString table =
        "<p>" + QApplication::translate("About", "Pathlight uses these libraries, under their licences:") +
        "</p><table cellpadding=\"4\"><tr><th align=\"left\">" + QApplication::translate("About", "Library") +
        "</th><th align=\"left\">" + QApplication::translate("About", "Version") +
        "</th><th align=\"left\">" + QApplication::translate("About", "Licence") + "</th></tr>";
    for (const Library& l : libraries)
        table +=
            QString("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(link(l.home, l.name), l.version.toHtmlEscaped(), QString(l.licence).toHtmlEscaped());
    table +=
        "</table><p>" +
        QApplication::translate("About", "The licences' full texts are in /usr/share/doc/PACKAGE/copyright "
                                         "on Debian (libqt6core6, libqcustomplot2.1-qt6, "
                                         "nlohmann-json3-dev, libgvc6).") +
        "</p>";
    tabs->addTab(page(table), QApplication::translate("About", "Libraries"));

    QString sources =
        "<p>" +
        QApplication::translate("About", "What Pathlight says about Azure follows Microsoft Learn "
                                         "documentation; the model rests mostly on these pages:") +
        "</p><ul>";
    for (const Source& s : kSources) {
        const QString url = QString("https://learn.microsoft.com/%1").arg(s.path);
        sources += "<li>" + link(url, s.title) + "</li>";
    }
    sources += "</ul>";
    tabs->addTab(page(sources), QApplication::translate("About", "Sources"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    dialog->resize(640, 520);
    dialog->show();
    return dialog;
}

} // namespace pathlight
