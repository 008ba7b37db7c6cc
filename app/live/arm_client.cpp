#include "live/arm_client.h"

#include "io/json_text.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

namespace pathlight::live {

namespace {

bool isLoopback(const QString& host) {
    if (host.compare("localhost", Qt::CaseInsensitive) == 0) return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == "http" ? 80 : 443) == b.port(b.scheme() == "http" ? 80 : 443);
}

// Seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"), in milliseconds from now.
std::optional<qint64> retryAfterMs(const QByteArray& header) {
    const QByteArray text = header.trimmed();
    if (text.isEmpty()) return std::nullopt;
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    if (number) return seconds < 0 ? 0 : seconds * 1000;
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid()) return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

// ARM's error body: {"error": {"code": "...", "message": "..."}} (also nested under "odata.error"
// by some providers: only the common form is read).
void readArmError(const QByteArray& bytes, ArmResponse& r) {
    Json body;
    if (parseJsonText(std::string_view(bytes.constData(), std::size_t(bytes.size())), body)) return;
    const Json* error = body.is_object() && body.contains("error") ? &body["error"] : nullptr;
    if (!error || !error->is_object()) return;
    if (error->contains("code") && (*error)["code"].is_string()) r.errorCode = (*error)["code"];
    if (error->contains("message") && (*error)["message"].is_string()) {
        std::string text = (*error)["message"];
        if (text.size() > 400) text = text.substr(0, 400) + "…";
        r.errorDetail = text;
    }
}

} // namespace

std::optional<Message> checkEndpoint(const QUrl& endpoint) {
    const char* context = "LiveImport";
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return Message{context,
                       QT_TRANSLATE_NOOP("LiveImport", "the endpoint %1 is not a URL with a host"),
                       {endpoint.toString().toStdString()}};
    if (!endpoint.userInfo().isEmpty() || (!endpoint.path().isEmpty() && endpoint.path() != "/") ||
        endpoint.hasQuery() || endpoint.hasFragment())
        return Message{context,
                       QT_TRANSLATE_NOOP("LiveImport",
                                         "the endpoint %1 must be a scheme and a host only, such as "
                                         "https://management.azure.com"),
                       {endpoint.toString(QUrl::RemoveUserInfo).toStdString()}};
    const QString scheme = endpoint.scheme().toLower();
    if (scheme == "https") return std::nullopt;
    if (scheme == "http" && isLoopback(endpoint.host())) return std::nullopt;
    return Message{context,
                   QT_TRANSLATE_NOOP("LiveImport",
                                     "the endpoint %1 is not https: Pathlight sends a token over plain "
                                     "http only to this machine (127.0.0.1, ::1, localhost)"),
                   {endpoint.toString().toStdString()}};
}

QUrl normalizeEndpoint(const QString& text) {
    QString t = text.trimmed();
    while (t.endsWith('/'))
        t.chop(1);
    if (!t.contains("://")) t = "https://" + t;
    return QUrl(t, QUrl::StrictMode);
}

QString pathSegment(const QString& text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// One request and its retries.
class ArmCall : public QObject {
public:
    ArmCall(ArmClient* client, QString method, QUrl url, QByteArray body, ArmClient::Done done)
        : QObject(client), client_(client), body_(std::move(body)), done_(std::move(done)) {
        response_.method = std::move(method);
        response_.url = std::move(url);
        connect(client, &ArmClient::canceling, this, &ArmCall::cancel);
        wait_.setSingleShot(true);
        connect(&wait_, &QTimer::timeout, this, &ArmCall::attempt);
        timeout_.setSingleShot(true);
        connect(&timeout_, &QTimer::timeout, this, [this] {
            timedOut_ = true;
            if (reply_) reply_->abort();
        });
    }

    void attempt() {
        if (client_->canceled_) return finish(ArmFailure::Canceled);
        // The token goes to the endpoint's origin only, and over http only on this machine.
        if (const auto bad = checkEndpoint(client_->settings_.endpoint)) {
            response_.errorDetail = bad->english();
            return finish(ArmFailure::Network);
        }
        if (!response_.url.isValid() || !sameOrigin(response_.url, client_->settings_.endpoint))
            return finish(ArmFailure::ForeignLink);
        ++response_.attempts;
        QNetworkRequest request(response_.url);
        request.setRawHeader("Authorization", client_->authorization());
        request.setRawHeader("Accept", "application/json");
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Pathlight"));
        // A redirect could carry the token elsewhere: none is followed.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        if (response_.method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply_ = client_->network_->post(request, body_);
        } else {
            reply_ = client_->network_->get(request);
        }
        timedOut_ = tooLarge_ = false;
        connect(reply_, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
            if (received > client_->settings_.maxBodyBytes && reply_) {
                tooLarge_ = true;
                reply_->abort();
            }
        });
        connect(reply_, &QNetworkReply::finished, this, &ArmCall::answered);
        timeout_.start(client_->settings_.timeoutMs);
    }

private:
    void answered() {
        timeout_.stop();
        QNetworkReply* reply = std::exchange(reply_, nullptr);
        reply->deleteLater();
        if (client_->canceled_) return finish(ArmFailure::Canceled);
        if (timedOut_) return finish(ArmFailure::Timeout);
        if (tooLarge_) return finish(ArmFailure::TooLarge);
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            response_.errorDetail = reply->errorString().toStdString();
            return finish(ArmFailure::Network);
        }
        response_.status = status.toInt();
        const QByteArray bytes = reply->readAll();
        if (bytes.size() > client_->settings_.maxBodyBytes) return finish(ArmFailure::TooLarge);
        const int s = response_.status;
        if (s == 429 || s == 500 || s == 502 || s == 503 || s == 504) {
            if (response_.attempts <= client_->settings_.maxRetries) {
                // Retry-After when ARM gives it (throttling, ARM's documented contract), else
                // exponential back-off from backoffMs.
                qint64 ms = qint64(client_->settings_.backoffMs) << std::min(response_.attempts - 1, 16);
                const auto after = retryAfterMs(reply->rawHeader("Retry-After"));
                if (after) ms = *after;
                // A server asking for longer than the longest wait is not waited for: the
                // request fails now, saying it was throttled (breaker: a far-off date hung).
                if (!after || *after <= client_->settings_.maxWaitMs) {
                    wait_.start(int(std::min<qint64>(ms, client_->settings_.maxWaitMs)));
                    return;
                }
            }
            readArmError(bytes, response_);
            return finish(s == 429 ? ArmFailure::Throttled : ArmFailure::HttpStatus);
        }
        if (s >= 200 && s < 300) {
            if (bytes.trimmed().isEmpty()) return finish(ArmFailure::None);
            if (const auto e = parseJsonText(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                             response_.body)) {
                response_.body = Json();
                response_.errorDetail = "line " + std::to_string(e->line) + ", column " +
                                        std::to_string(e->column) + ": " + e->what;
                return finish(ArmFailure::Malformed);
            }
            return finish(ArmFailure::None);
        }
        readArmError(bytes, response_);
        if (response_.errorDetail.empty()) response_.errorDetail = reply->errorString().toStdString();
        finish(s == 401   ? ArmFailure::Unauthorized
               : s == 403 ? ArmFailure::Forbidden
               : s == 404 ? ArmFailure::NotFound
                          : ArmFailure::HttpStatus);
    }

    void cancel() {
        if (finished_) return;
        wait_.stop();
        timeout_.stop();
        if (reply_) {
            reply_->abort(); // answered() follows and finishes with Canceled
            return;
        }
        finish(ArmFailure::Canceled);
    }

    void finish(ArmFailure failure) {
        if (finished_) return;
        finished_ = true;
        response_.failure = failure;
        --client_->inFlight_;
        auto done = std::move(done_);
        const ArmResponse response = std::move(response_);
        deleteLater();
        done(response);
    }

    ArmClient* client_;
    QByteArray body_;
    ArmClient::Done done_;
    ArmResponse response_;
    QNetworkReply* reply_ = nullptr;
    QTimer wait_, timeout_;
    bool timedOut_ = false, tooLarge_ = false, finished_ = false;
};

ArmClient::ArmClient(ArmClientSettings settings, QByteArray token, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), token_(std::move(token)),
      network_(new QNetworkAccessManager(this)) {
    // No proxy from the environment or a cache on disk: what is sent and kept is only this.
    network_->setCache(nullptr);
    network_->setCookieJar(nullptr);
}

ArmClient::~ArmClient() {
    token_.fill('\0');
}

QByteArray ArmClient::authorization() const {
    return "Bearer " + token_;
}

void ArmClient::send(const QString& method, const QString& pathAndQuery, const QByteArray& body, Done done) {
    ++inFlight_;
    QUrl url = pathAndQuery.startsWith('/')
                   ? QUrl::fromEncoded(
                         settings_.endpoint.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8() +
                         pathAndQuery.toUtf8())
                   : QUrl(pathAndQuery, QUrl::StrictMode);
    auto* call = new ArmCall(this, method, url, body, std::move(done));
    QTimer::singleShot(0, call, &ArmCall::attempt);
}

void ArmClient::get(const QString& pathAndQuery, Done done) {
    send("GET", pathAndQuery, {}, std::move(done));
}

void ArmClient::post(const QString& pathAndQuery, const Json& body, Done done) {
    send("POST", pathAndQuery, QByteArray::fromStdString(body.dump()), std::move(done));
}

void ArmClient::cancel() {
    if (canceled_) return;
    canceled_ = true;
    emit canceling();
}

void ArmClient::getPages(const QString& pathAndQuery, Page page) {
    getPage(QUrl::fromEncoded(
                settings_.endpoint.toString(QUrl::FullyEncoded | QUrl::StripTrailingSlash).toUtf8() +
                pathAndQuery.toUtf8()),
            std::move(page), 1);
}

void ArmClient::getPage(const QUrl& url, Page page, int number) {
    const QString text = url.toString(QUrl::FullyEncoded);
    send("GET", text, {}, [this, page = std::move(page), number, text](const ArmResponse& r) {
        if (!r.ok()) {
            page(r, false);
            return;
        }
        QString next;
        if (r.body.is_object() && r.body.contains("nextLink") && r.body["nextLink"].is_string())
            next = QString::fromStdString(r.body["nextLink"].get<std::string>());
        if (next.isEmpty()) {
            page(r, false);
            return;
        }
        if (!page(r, true)) return;
        const QUrl nextUrl(next, QUrl::StrictMode);
        ArmResponse stop;
        stop.method = "GET";
        stop.url = nextUrl;
        if (!nextUrl.isValid() || !sameOrigin(nextUrl, settings_.endpoint))
            stop.failure = ArmFailure::ForeignLink;
        else if (number >= settings_.maxPages || next == text)
            stop.failure = ArmFailure::TooManyPages;
        if (!stop.ok()) {
            page(stop, false);
            return;
        }
        getPage(nextUrl, page, number + 1);
    });
}

void ArmClient::postPages(const QString& pathAndQuery, const Json& body, Page page) {
    postPage(pathAndQuery, body, std::move(page), 1);
}

void ArmClient::postPage(const QString& pathAndQuery, Json body, Page page, int number) {
    post(pathAndQuery, body,
         [this, pathAndQuery, body, page = std::move(page), number](const ArmResponse& r) {
             if (!r.ok()) {
                 page(r, false);
                 return;
             }
             std::string token;
             if (r.body.is_object())
                 for (const char* key : {"$skipToken", "skipToken"})
                     if (r.body.contains(key) && r.body[key].is_string()) token = r.body[key];
             if (token.empty()) {
                 page(r, false);
                 return;
             }
             if (!page(r, true)) return;
             const Json* options = body.contains("options") ? &body["options"] : nullptr;
             if (number >= settings_.maxPages ||
                 (options && options->contains("$skipToken") && (*options)["$skipToken"] == token)) {
                 ArmResponse stop;
                 stop.method = "POST";
                 stop.url = r.url;
                 stop.failure = ArmFailure::TooManyPages;
                 page(stop, false);
                 return;
             }
             Json next = body;
             next["options"]["$skipToken"] = token;
             postPage(pathAndQuery, std::move(next), page, number + 1);
         });
}

} // namespace pathlight::live
