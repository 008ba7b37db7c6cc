#include "live/access_token.h"

#include "io/json_text.h"

#include <QStandardPaths>
#include <QTimer>

namespace pathlight::live {

std::optional<QByteArray> cleanToken(QByteArray text, Message* why) {
    text = text.trimmed();
    if (text.startsWith("Bearer ") || text.startsWith("bearer ")) text = text.mid(7).trimmed();
    auto refuse = [&](const char* reason) -> std::optional<QByteArray> {
        if (why) *why = Message{"LiveImport", reason, {}};
        text.fill('\0');
        return std::nullopt;
    };
    if (text.isEmpty()) return refuse(QT_TRANSLATE_NOOP("LiveImport", "the token is empty"));
    if (text.size() > 16384)
        return refuse(QT_TRANSLATE_NOOP("LiveImport", "the token is longer than 16,384 characters"));
    // A JWT is base64url parts joined by dots; RFC 6750's token68 allows these characters too.
    for (char c : text) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                             c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
        if (!allowed)
            return refuse(QT_TRANSLATE_NOOP("LiveImport",
                                            "the token holds characters a bearer token does not have (a "
                                            "space, a line break, quotes): paste the token alone"));
    }
    return text;
}

std::optional<QByteArray> tokenFromEnvironment(Message* why) {
    if (!qEnvironmentVariableIsSet(kTokenVariable)) {
        if (why)
            *why = Message{"LiveImport", QT_TRANSLATE_NOOP("LiveImport", "%1 is not set"), {kTokenVariable}};
        return std::nullopt;
    }
    return cleanToken(qgetenv(kTokenVariable), why);
}

QString azureCliProgram() {
    return QStandardPaths::findExecutable(QStringLiteral("az"));
}

AzureCliToken::AzureCliToken(QObject* parent) : QObject(parent) {}

AzureCliToken::~AzureCliToken() {
    token_.fill('\0');
    if (process_) {
        process_->disconnect(this);
        process_->kill();
        process_->waitForFinished(2000);
    }
}

void AzureCliToken::start(const QUrl& endpoint, int timeoutMs) {
    const QString program = azureCliProgram();
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            done({"LiveImport",
                  QT_TRANSLATE_NOOP("LiveImport",
                                    "the Azure CLI (az) is not installed or not on PATH: install it and "
                                    "run az login, or give the token in %1"),
                  {kTokenVariable}});
        });
        return;
    }
    process_ = new QProcess(this);
    // Only the token goes to stdout; az's warnings and errors go to stderr.
    process_->setProgram(program);
    process_->setArguments({"account", "get-access-token", "--resource",
                            endpoint.toString(QUrl::StripTrailingSlash) + "/", "--output", "json"});
    connect(process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done({"LiveImport",
                  QT_TRANSLATE_NOOP("LiveImport", "the Azure CLI could not be started: %1"),
                  {process_->errorString().toStdString()}});
    });
    connect(process_, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        QByteArray out = process_->readAllStandardOutput();
        const QByteArray err = process_->readAllStandardError().trimmed().left(600);
        if (status != QProcess::NormalExit || code != 0) {
            out.fill('\0');
            // az says what to do ("Please run 'az login' to setup account."): its words, shown.
            done({"LiveImport",
                  QT_TRANSLATE_NOOP("LiveImport",
                                    "az account get-access-token failed (exit %1): %2 — run az login "
                                    "with an account that has Reader on the subscription"),
                  {std::to_string(code), err.toStdString()}});
            return;
        }
        Json answer;
        const bool parsed =
            !parseJsonText(std::string_view(out.constData(), std::size_t(out.size())), answer);
        out.fill('\0');
        if (parsed && answer.is_object() && answer.contains("accessToken") &&
            answer["accessToken"].is_string()) {
            std::string& text = answer["accessToken"].get_ref<std::string&>();
            Message why;
            const auto token = cleanToken(QByteArray::fromStdString(text), &why);
            std::fill(text.begin(), text.end(), '\0');
            if (token) {
                token_ = *token;
                done({});
            } else {
                done(why);
            }
            return;
        }
        done({"LiveImport",
              QT_TRANSLATE_NOOP("LiveImport", "az account get-access-token gave no accessToken in its JSON"),
              {}});
    });
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
        if (finished_) return;
        done({"LiveImport",
              QT_TRANSLATE_NOOP("LiveImport", "az account get-access-token gave no answer in %1 s"),
              {std::to_string(timeoutMs / 1000)}});
    });
    process_->start(QIODevice::ReadOnly);
}

void AzureCliToken::cancel() {
    done({"LiveImport", QT_TRANSLATE_NOOP("LiveImport", "canceled"), {}});
}

void AzureCliToken::done(const Message& error) {
    if (finished_) return;
    finished_ = true;
    error_ = error;
    if (process_ && process_->state() != QProcess::NotRunning) {
        process_->disconnect(this);
        process_->kill();
    }
    emit finished();
}

} // namespace pathlight::live
