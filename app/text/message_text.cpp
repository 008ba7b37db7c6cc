#include "text/message_text.h"

#include <QCoreApplication>

namespace pathlight {

QString displayText(const Message& message) {
    const QString pattern = QCoreApplication::translate(message.context, message.sourceText);
    std::vector<std::string> args = message.args;
    return QString::fromStdString(Message::fill(pattern.toStdString(), args));
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

} // namespace pathlight
