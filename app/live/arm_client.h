#pragma once
// Authenticated, read-only requests to Azure Resource Manager (../shared/spec/import.md input 4):
// GET and POST with a bearer token held in memory only, per-request timeouts, retries on
// throttling (429, honouring `Retry-After`) and on ARM's transient 5xx answers with exponential
// back-off, and paging (`nextLink` for REST lists, `$skipToken` for Resource Graph). The token is
// sent to the endpoint's origin only: an endpoint over plain http is refused unless it is a
// loopback address (tests), a `nextLink` to another origin is not followed, redirects are not
// followed. Asynchronous (Qt Network): nothing blocks the thread it runs on.

#include "common/message.h"
#include "topology/topology.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <string>

class QNetworkAccessManager;

namespace pathlight::live {

// Why a request gave no usable answer.
enum class ArmFailure {
    None,
    Unauthorized, // 401: the token is expired, malformed or for another audience
    Forbidden,    // 403: the token may not read this scope
    NotFound,     // 404
    Throttled,    // still 429 after every retry
    HttpStatus,   // any other status that is not 2xx (5xx after every retry)
    Timeout,      // no complete answer within the timeout
    Network,      // connection refused, DNS, TLS ...
    Malformed,    // a 2xx body that is not JSON
    TooLarge,     // a body over the size limit
    ForeignLink,  // a nextLink to another origin than the endpoint: not followed
    TooManyPages, // paging beyond the limit, or a page link repeated
    Canceled,     // cancel() was called
};

// One request's outcome. Texts from the server are untrusted: show them through visible().
struct ArmResponse {
    ArmFailure failure = ArmFailure::None;
    QString method;          // "GET", "POST"
    QUrl url;                // the request (never holds the token)
    int status = 0;          // HTTP status; 0 when there was no answer
    Json body;               // the parsed body of a 2xx answer
    std::string errorCode;   // ARM's {"error": {"code"}}, when the answer has one
    std::string errorDetail; // ARM's {"error": {"message"}}, or Qt's or the parser's text
    int attempts = 0;        // requests sent, retries included
    bool ok() const { return failure == ArmFailure::None; }
};

struct ArmClientSettings {
    QUrl endpoint{QStringLiteral("https://management.azure.com")}; // public cloud by default
    int timeoutMs = 60000;                                         // per attempt
    int maxRetries = 5;                                            // after 429 and 500/502/503/504
    int backoffMs = 1000;             // first back-off without Retry-After, doubled each time
    int maxWaitMs = 120000;           // the longest single wait a Retry-After may ask for
    qint64 maxBodyBytes = 64ll << 20; // as the file import's limit
    int maxPages = 2000;              // pages of one list or query
};

// Whether `endpoint` may receive a token: https, or http to a loopback address (127.0.0.0/8,
// ::1, localhost); a host, no user info, path, query or fragment. Empty when usable, else why not
// (context "LiveImport").
std::optional<Message> checkEndpoint(const QUrl& endpoint);

// The endpoint as typed ("management.usgovcloudapi.net" gets https://, a trailing "/" goes).
QUrl normalizeEndpoint(const QString& text);

// `text` as one ARM path segment, percent-encoded (a name from an answer stays one segment).
QString pathSegment(const QString& text);

class ArmClient : public QObject {
    Q_OBJECT
public:
    // `token` is the bearer token (without "Bearer "); it is kept in this object only and wiped
    // when it is destroyed. The endpoint must pass checkEndpoint (else every request fails with
    // Network and the reason).
    ArmClient(ArmClientSettings settings, QByteArray token, QObject* parent = nullptr);
    ~ArmClient() override;

    using Done = std::function<void(const ArmResponse&)>;
    // `page(response, hasMore)` per page, in order; the paging stops after a failed page (a link
    // not followed comes as a failed page after the last good one) or when `page` returns false.
    using Page = std::function<bool(const ArmResponse&, bool hasMore)>;

    // One request; `pathAndQuery` starts with "/" ("/subscriptions/x?api-version=..."), or is an
    // absolute URL on the endpoint's origin. `done` is called once, on this object's thread,
    // also after cancel() (with Canceled).
    void get(const QString& pathAndQuery, Done done);
    void post(const QString& pathAndQuery, const Json& body, Done done);

    // Every page of a REST list ({"value": [...], "nextLink": URL}).
    void getPages(const QString& pathAndQuery, Page page);
    // Every page of a Resource Graph query ({"data": [...], "$skipToken": T}): the body is sent
    // again with options.$skipToken set to the answer's.
    void postPages(const QString& pathAndQuery, const Json& body, Page page);

    // Aborts every request in flight or waiting to retry; their callbacks get Canceled.
    void cancel();
    bool canceled() const { return canceled_; }
    int inFlight() const { return inFlight_; }
    const ArmClientSettings& settings() const { return settings_; }

private:
    friend class ArmCall;
    void send(const QString& method, const QString& pathAndQuery, const QByteArray& body, Done done);
    void postPage(const QString& pathAndQuery, Json body, Page page, int number);
    void getPage(const QUrl& url, Page page, int number);
    QByteArray authorization() const;

signals:
    void canceling(); // to the requests in flight

private:
    ArmClientSettings settings_;
    QByteArray token_;
    QNetworkAccessManager* network_;
    bool canceled_ = false;
    int inFlight_ = 0;
};

} // namespace pathlight::live
