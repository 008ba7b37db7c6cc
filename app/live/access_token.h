#pragma once
// Where a live import's bearer token comes from (../shared/spec/import.md input 4): the Azure CLI
// (`az account get-access-token`, run by Pathlight as a process with an argument list, never a
// shell), the AZURE_ACCESS_TOKEN environment variable, or text pasted in the window. The token is
// held in memory only: never written to a file, a log, a setting or a report.

#include "common/message.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <optional>

namespace pathlight::live {

enum class TokenSource { AzureCli, Environment, Pasted };

// The environment variable read for TokenSource::Environment.
inline constexpr const char* kTokenVariable = "AZURE_ACCESS_TOKEN";

// A token as given: surrounding white space and a leading "Bearer " are dropped. nullopt (and
// `why`) for an empty token or one with characters no bearer token has (a header must not carry
// a line break or a space).
std::optional<QByteArray> cleanToken(QByteArray text, Message* why = nullptr);

// AZURE_ACCESS_TOKEN, cleaned; nullopt (and why) when unset or unusable.
std::optional<QByteArray> tokenFromEnvironment(Message* why = nullptr);

// The Azure CLI's path on PATH, or empty when it is not installed.
QString azureCliProgram();

// Runs `az account get-access-token --resource ENDPOINT/ --output json` and reads its
// `accessToken`. Asynchronous; `finished` comes once, with the token or why not (context
// "LiveImport"). cancel() kills the process.
class AzureCliToken : public QObject {
    Q_OBJECT
public:
    explicit AzureCliToken(QObject* parent = nullptr);
    ~AzureCliToken() override;
    void start(const QUrl& endpoint, int timeoutMs = 120000);
    void cancel();
    // The token after a success (wiped when this object goes).
    const QByteArray& token() const { return token_; }
    const Message& error() const { return error_; }
    bool ok() const { return !token_.isEmpty(); }

signals:
    void finished();

private:
    void done(const Message& error);
    QProcess* process_ = nullptr;
    QByteArray token_;
    Message error_;
    bool finished_ = false;
};

} // namespace pathlight::live
