#include "text/message_text.h"

#include "trace/source_kind.h"

#include <QCoreApplication>

namespace pathlight {

std::string visibleName(const std::string& value) {
    // Names, ids and addresses are data, never layout: a newline in one would fake a line of
    // output (a verdict that is not there), so each control character shows as its picture;
    // Unicode's line breaks (U+0085, U+2028, U+2029) likewise, and its direction controls
    // (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), which reorder what follows them, by
    // their code.
    std::string out;
    out.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto b = static_cast<unsigned char>(value[i]);
        const auto next = [&](std::size_t k) {
            return i + k < value.size() ? static_cast<unsigned char>(value[i + k]) : 0;
        };
        if (b < 0x20 || b == 0x7F) {
            out += QString(QChar(char16_t(b == 0x7F ? 0x2421 : 0x2400 + b))).toStdString();
        } else if (b == 0xC2 && next(1) == 0x85) {
            out += "\u2424"; // NEL: symbol for newline
            ++i;
        } else if (b == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
            out += "\u2424";
            i += 2;
        } else if (b == 0xE2 && ((next(1) == 0x80 && ((next(2) >= 0xAA && next(2) <= 0xAE) ||
                                                      next(2) == 0x8E || next(2) == 0x8F)) ||
                                 (next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9))) {
            const unsigned code = 0x2000u + ((next(1) & 0x3Fu) << 6) + (next(2) & 0x3Fu);
            out += QString("[U+%1]").arg(code, 4, 16, QChar('0')).toUpper().toStdString();
            i += 2;
        } else if (b == 0xD8 && next(1) == 0x9C) { // U+061C ARABIC LETTER MARK (breaker)
            out += "[U+061C]";
            ++i;
        } else {
            out += value[i];
        }
    }
    return out;
}

QString visible(const std::string& value) {
    return QString::fromStdString(visibleName(value));
}

QString shortLabel(const std::string& value, int maxChars) {
    const QString text = visible(value);
    if (text.size() <= maxChars || maxChars < 3) return text;
    const int head = (maxChars - 1) / 2, tail = maxChars - 1 - head;
    return text.left(head) + QChar(0x2026) + text.right(tail);
}

QString elideLongWords(const QString& text, int maxChars) {
    if (maxChars < 3) return text;
    QString result;
    result.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        const qsizetype length = end - start;
        if (length > maxChars) {
            const int head = (maxChars - 1) / 2, tail = maxChars - 1 - head;
            result += text.mid(start, head) + QChar(0x2026) + text.mid(end - tail, tail);
        } else {
            result += text.mid(start, length);
        }
        while (end < text.size() && text[end].isSpace())
            result += text[end++];
        start = end;
    }
    return result;
}

namespace {
ObjectNamer& namer() {
    static ObjectNamer current;
    return current;
}
} // namespace

void setObjectNamer(ObjectNamer n) {
    namer() = std::move(n);
}

int terminalWidth(const QString& text) {
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B) continue;
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
            (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padToColumns(const QString& text, int columns) {
    return text + QString(std::max(0, columns - terminalWidth(text)), ' ');
}

QString objectLabel(const std::string& id, int maxChars) {
    return shortLabel(namer() ? namer()(id) : id, maxChars);
}

QString objectText(const std::string& id) {
    return visible(namer() ? namer()(id) : id);
}

QString displayText(const Message& message) {
    const QString pattern = QCoreApplication::translate(message.context, message.sourceText);
    std::vector<std::string> args;
    args.reserve(message.args.size());
    for (const auto& a : message.args) {
        if (Message::isTerm(a)) { // a word of the model's, translated like the sentence
            const auto [context, text] = Message::termParts(a);
            std::vector<std::string> own;
            for (const auto& o : Message::termArgs(a))
                own.push_back(visibleName(o));
            const std::string shown =
                Message::fill(QCoreApplication::translate(context.c_str(), text.c_str()).toStdString(), own);
            // A catalog name may be a file's own endpoint's name: shown made visible, like any name.
            args.push_back(context == "Catalog" ? visibleName(shown) : shown);
        } else if (Message::isObject(a)) {
            const std::string id = Message::objectId(a);
            args.push_back(visibleName(namer() ? namer()(id) : id));
        } else {
            args.push_back(visibleName(a));
        }
    }
    return QString::fromStdString(Message::fill(pattern.toStdString(), args));
}

namespace {
// Marked here for lupdate: the words displayTerm translates (context "Term").
[[maybe_unused]] const char* const kAzureWords[] = {
    QT_TRANSLATE_NOOP("Term", "Default"),
    QT_TRANSLATE_NOOP("Term", "User"),
    QT_TRANSLATE_NOOP("Term", "VirtualNetworkGateway"),
    QT_TRANSLATE_NOOP("Term", "Connected"),
    QT_TRANSLATE_NOOP("Term", "Active"),
    QT_TRANSLATE_NOOP("Term", "Invalid"),
    QT_TRANSLATE_NOOP("Term", "Inbound"),
    QT_TRANSLATE_NOOP("Term", "Outbound"),
    QT_TRANSLATE_NOOP("Term", "Allow"),
    QT_TRANSLATE_NOOP("Term", "Deny"),
    // Pathlight's own next hops beyond Azure's (a circuit to its site, a site's Internet edge).
    QT_TRANSLATE_NOOP("Term", "Site"),
    QT_TRANSLATE_NOOP("Term", "InternetEdge"),
};
// The built-in catalog's names (model/catalog/endpoints.json), marked for lupdate;
// tst_languages checks that this list and the catalog agree.
[[maybe_unused]] const char* const kCatalogNames[] = {
    QT_TRANSLATE_NOOP("Catalog", "Azure KMS (Windows activation)"),
    QT_TRANSLATE_NOOP("Catalog", "Azure platform address (DNS, DHCP, health probes, VM agent)"),
    QT_TRANSLATE_NOOP("Catalog", "Azure Instance Metadata Service"),
    QT_TRANSLATE_NOOP("Catalog", "SUSE public cloud update infrastructure (Azure)"),
    QT_TRANSLATE_NOOP("Catalog", "Red Hat Update Infrastructure (Azure)"),
    QT_TRANSLATE_NOOP("Catalog", "Microsoft Entra ID (Arc agent sign-in)"),
    QT_TRANSLATE_NOOP("Catalog", "Microsoft Entra ID (login.windows.net)"),
    QT_TRANSLATE_NOOP("Catalog", "Microsoft Entra ID (pas.windows.net)"),
    QT_TRANSLATE_NOOP("Catalog", "Azure Resource Manager"),
    QT_TRANSLATE_NOOP("Catalog", "Arc hybrid identity service (global discovery)"),
    QT_TRANSLATE_NOOP("Catalog", "Arc hybrid identity service (East Asia)"),
    QT_TRANSLATE_NOOP("Catalog", "Arc guest configuration (East Asia)"),
    QT_TRANSLATE_NOOP("Catalog", "Arc guest configuration agent service (global)"),
};
} // namespace

QString catalogNameText(const std::string& name) {
    return visible(QCoreApplication::translate("Catalog", name.c_str()).toStdString());
}

QString displayTerm(const char* azureWord) {
    return QCoreApplication::translate("Term", azureWord);
}

QString displayNextHopType(const std::string& type) {
    if (type == "Site" || type == "InternetEdge") return displayTerm(type.c_str());
    return visible(type);
}

QString displaySeverity(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Severity", "error");
    case Severity::Warning:
        return QCoreApplication::translate("Severity", "warning");
    case Severity::Info:
        return QCoreApplication::translate("Severity", "info");
    }
    return {};
}

QString displayVerdict(Verdict verdict) {
    switch (verdict) {
    case Verdict::Delivered:
        return QCoreApplication::translate("Verdict", "delivered");
    case Verdict::Denied:
        return QCoreApplication::translate("Verdict", "denied");
    case Verdict::Rejected:
        return QCoreApplication::translate("Verdict", "rejected");
    case Verdict::NoRoute:
        return QCoreApplication::translate("Verdict", "no-route");
    case Verdict::Dropped:
        return QCoreApplication::translate("Verdict", "dropped");
    case Verdict::Loop:
        return QCoreApplication::translate("Verdict", "loop");
    case Verdict::Asymmetric:
        return QCoreApplication::translate("Verdict", "asymmetric");
    }
    return {};
}

QString displaySourceKind(SourceKind kind) {
    return displayText(Message{"", "%1", {sourceKindTerm(kind)}});
}

QString displayHopKind(HopKind kind) {
    switch (kind) {
    case HopKind::Vm:
        return QCoreApplication::translate("HopKind", "VM");
    case HopKind::Nva:
        return QCoreApplication::translate("HopKind", "NVA");
    case HopKind::Gateway:
        return QCoreApplication::translate("HopKind", "gateway");
    case HopKind::Circuit:
        return QCoreApplication::translate("HopKind", "ExpressRoute circuit");
    case HopKind::Site:
        return QCoreApplication::translate("HopKind", "on-premises site");
    case HopKind::Host:
        return QCoreApplication::translate("HopKind", "on-premises host");
    case HopKind::Internet:
        return QCoreApplication::translate("HopKind", "Internet");
    case HopKind::NatGateway:
        return QCoreApplication::translate("HopKind", "NAT gateway");
    case HopKind::AppGateway:
        return QCoreApplication::translate("HopKind", "Application Gateway");
    case HopKind::Endpoint:
        return QCoreApplication::translate("HopKind", "endpoint");
    case HopKind::Platform:
        return QCoreApplication::translate("HopKind", "Azure platform");
    case HopKind::RouteServer:
        return QCoreApplication::translate("HopKind", "Route Server");
    case HopKind::Firewall:
        return QCoreApplication::translate("HopKind", "Azure Firewall");
    case HopKind::LoadBalancer:
        return QCoreApplication::translate("HopKind", "load balancer");
    case HopKind::PrivateEndpoint:
        return QCoreApplication::translate("HopKind", "private endpoint");
    }
    return {};
}

} // namespace pathlight

namespace pathlight {

QString displayObjectKind(ObjectKind kind) {
    const char* text = "";
    switch (kind) {
    case ObjectKind::Site:
        text = QT_TRANSLATE_NOOP("ObjectKind", "site");
        break;
    case ObjectKind::Host:
        text = QT_TRANSLATE_NOOP("ObjectKind", "host");
        break;
    case ObjectKind::Circuit:
        text = QT_TRANSLATE_NOOP("ObjectKind", "circuit");
        break;
    case ObjectKind::Vnet:
        text = QT_TRANSLATE_NOOP("ObjectKind", "VNet");
        break;
    case ObjectKind::Subnet:
        text = QT_TRANSLATE_NOOP("ObjectKind", "subnet");
        break;
    case ObjectKind::Peering:
        text = QT_TRANSLATE_NOOP("ObjectKind", "peering");
        break;
    case ObjectKind::Gateway:
        text = QT_TRANSLATE_NOOP("ObjectKind", "gateway");
        break;
    case ObjectKind::Connection:
        text = QT_TRANSLATE_NOOP("ObjectKind", "connection");
        break;
    case ObjectKind::RouteServer:
        text = QT_TRANSLATE_NOOP("ObjectKind", "Route Server");
        break;
    case ObjectKind::Vm:
        text = QT_TRANSLATE_NOOP("ObjectKind", "VM");
        break;
    case ObjectKind::Nic:
        text = QT_TRANSLATE_NOOP("ObjectKind", "NIC");
        break;
    case ObjectKind::AppGateway:
        text = QT_TRANSLATE_NOOP("ObjectKind", "Application Gateway");
        break;
    case ObjectKind::NatGateway:
        text = QT_TRANSLATE_NOOP("ObjectKind", "NAT gateway");
        break;
    case ObjectKind::Nsg:
        text = QT_TRANSLATE_NOOP("ObjectKind", "NSG");
        break;
    case ObjectKind::RouteTable:
        text = QT_TRANSLATE_NOOP("ObjectKind", "route table");
        break;
    case ObjectKind::Endpoint:
        text = QT_TRANSLATE_NOOP("ObjectKind", "endpoint");
        break;
    case ObjectKind::Flow:
        text = QT_TRANSLATE_NOOP("ObjectKind", "flow");
        break;
    case ObjectKind::Firewall:
        text = QT_TRANSLATE_NOOP("ObjectKind", "Azure Firewall");
        break;
    case ObjectKind::PrivateEndpoint:
        text = QT_TRANSLATE_NOOP("ObjectKind", "private endpoint");
        break;
    case ObjectKind::ApplicationSecurityGroup:
        text = QT_TRANSLATE_NOOP("ObjectKind", "application security group");
        break;
    case ObjectKind::LoadBalancer:
        text = QT_TRANSLATE_NOOP("ObjectKind", "load balancer");
        break;
    case ObjectKind::LoadBalancerFrontend:
        text = QT_TRANSLATE_NOOP("ObjectKind", "frontend");
        break;
    case ObjectKind::LoadBalancerPool:
        text = QT_TRANSLATE_NOOP("ObjectKind", "backend pool");
        break;
    }
    return QCoreApplication::translate("ObjectKind", text);
}

} // namespace pathlight
