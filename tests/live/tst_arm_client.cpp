// The Azure Resource Manager client (app/live/arm_client.h) against a recorded server on
// 127.0.0.1: the token's header, paging by nextLink and $skipToken, throttling, errors, timeouts,
// cancel, and where a token may not go.

#include "../support/arm_test_server.h"
#include "live/access_token.h"
#include "live/arm_client.h"
#include "live/live_import.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pathlight;
using namespace pathlight::live;
using pathlight::test::ArmTestServer;
using pathlight::test::RecordedReply;

namespace {

RecordedReply json(const Json& body, int status = 200) {
    return {status, QByteArray::fromStdString(body.dump()), {}, false};
}

Json armError(const char* code, const char* message) {
    return {{"error", {{"code", code}, {"message", message}}}};
}

ArmClientSettings fast(const ArmTestServer& server) {
    ArmClientSettings s;
    s.endpoint = QUrl(server.endpoint());
    s.timeoutMs = 5000;
    s.backoffMs = 10;
    return s;
}

// One request, waited for.
ArmResponse get(ArmClient& client, const QString& path) {
    std::optional<ArmResponse> out;
    client.get(path, [&](const ArmResponse& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000)) return {};
    return *out;
}

} // namespace

class TestArmClient : public QObject {
    Q_OBJECT
private slots:
    // The token goes in the Authorization header, never in the URL; a 2xx body is parsed.
    void bearerToken() {
        ArmTestServer server;
        QVERIFY(server.listening());
        server.on("GET", "/subscriptions/s1", {json({{"subscriptionId", "s1"}})});
        ArmClient client(fast(server), "tok.en");
        const ArmResponse r = get(client, "/subscriptions/s1?api-version=2022-12-01");
        QVERIFY(r.ok());
        QVERIFY(r.body["subscriptionId"] == "s1");
        QCOMPARE(server.received().size(), std::size_t(1));
        QCOMPARE(server.received()[0].authorization, QByteArray("Bearer tok.en"));
        QVERIFY(!server.received()[0].target.contains("tok.en"));
        QCOMPARE(server.received()[0].target, QByteArray("/subscriptions/s1?api-version=2022-12-01"));
    }

    // REST lists: nextLink is followed on the endpoint; a link elsewhere is not (the token stays).
    void nextLinkPaging() {
        ArmTestServer server;
        const QString next = server.endpoint() + "/list?api-version=1&$skiptoken=p2";
        server.on("GET", "/list", {json({{"value", {2}}})}, "skiptoken=p2");
        server.on("GET", "/list", {json({{"value", {1}}, {"nextLink", next.toStdString()}})});
        server.on("GET", "/elsewhere",
                  {json({{"value", {1}}, {"nextLink", "https://attacker.example/list?$skiptoken=p2"}})});
        ArmClient client(fast(server), "t");
        std::vector<std::pair<Json, bool>> pages;
        bool over = false;
        client.getPages("/list?api-version=1", [&](const ArmResponse& r, bool more) {
            pages.emplace_back(r.ok() ? r.body["value"][0] : Json("failed"), more);
            over = !more;
            return true;
        });
        QTRY_VERIFY(over);
        QCOMPARE(pages.size(), std::size_t(2));
        QVERIFY(pages[0].first == Json(1));
        QVERIFY(pages[0].second);
        QVERIFY(pages[1].first == Json(2));
        QVERIFY(server.received()[1].target.contains("skiptoken=p2"));
        // A foreign link: the first page, then a ForeignLink failure; nothing sent elsewhere.
        std::vector<ArmFailure> failures;
        over = false;
        client.getPages("/elsewhere?api-version=1", [&](const ArmResponse& r, bool more) {
            failures.push_back(r.failure);
            over = !more;
            return true;
        });
        QTRY_VERIFY(over);
        QCOMPARE(failures, (std::vector<ArmFailure>{ArmFailure::None, ArmFailure::ForeignLink}));
        QCOMPARE(server.count("/elsewhere"), 1);
        // An absolute URL on another origin is refused before anything is sent.
        const std::size_t before = server.received().size();
        QCOMPARE(get(client, "https://attacker.example/x").failure, ArmFailure::ForeignLink);
        QCOMPARE(server.received().size(), before);
    }

    // Resource Graph: the body is sent again with options.$skipToken set to the answer's.
    void skipTokenPaging() {
        ArmTestServer server;
        server.on("POST", "/providers/Microsoft.ResourceGraph/resources", {json({{"data", {"b"}}})},
                  "\"$skipToken\":\"t2\"");
        server.on("POST", "/providers/Microsoft.ResourceGraph/resources",
                  {json({{"data", {"a"}}, {"$skipToken", "t2"}})});
        ArmClient client(fast(server), "t");
        std::vector<std::string> rows;
        bool over = false;
        const Json body = {{"subscriptions", {"s"}}, {"query", "Resources"}, {"options", {{"$top", 1}}}};
        client.postPages("/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01", body,
                         [&](const ArmResponse& r, bool more) {
                             if (r.ok()) rows.push_back(r.body["data"][0]);
                             over = !more;
                             return true;
                         });
        QTRY_VERIFY(over);
        QCOMPARE(rows, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(server.received().size(), std::size_t(2));
        const Json second = Json::parse(server.received()[1].body.toStdString());
        QVERIFY(second["options"]["$skipToken"] == "t2");
        QVERIFY(second["options"]["$top"] == 1);
        QVERIFY(second["query"] == "Resources");
    }

    // 429 with Retry-After: waited for, then the answer; without it, exponential back-off, and a
    // status still 429 after the retries is Throttled. 503 is retried too.
    void throttling() {
        ArmTestServer server;
        server.on("GET", "/slow", {{429, "{}", {{"Retry-After", "1"}}, false}, json({{"ok", true}})});
        server.on("GET", "/busy", {{429, "{}", {}, false}});
        server.on("GET", "/flaky", {json({}, 503), json({{"ok", true}})});
        ArmClientSettings settings = fast(server);
        settings.maxRetries = 2;
        ArmClient client(settings, "t");
        QElapsedTimer clock;
        clock.start();
        const ArmResponse slow = get(client, "/slow");
        QVERIFY(slow.ok());
        QCOMPARE(slow.attempts, 2);
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
        const ArmResponse busy = get(client, "/busy");
        QCOMPARE(busy.failure, ArmFailure::Throttled);
        QCOMPARE(busy.attempts, 3);
        QCOMPARE(server.count("/busy"), 3);
        QVERIFY(QString::fromStdString(failureMessage(busy, settings).english()).contains("throttled"));
        const ArmResponse flaky = get(client, "/flaky");
        QVERIFY(flaky.ok());
        QCOMPARE(flaky.attempts, 2);
        // A Retry-After beyond the longest wait is not waited for (a far-off date hung; breaker).
        server.on("GET", "/later", {{429, "{}", {{"Retry-After", "100000"}}, false}});
        clock.restart();
        const ArmResponse later = get(client, "/later");
        QCOMPARE(later.failure, ArmFailure::Throttled);
        QCOMPARE(later.attempts, 1);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    // 401, 403, 404 and a malformed body, each with ARM's code and a message saying what to do.
    void failures() {
        ArmTestServer server;
        server.on("GET", "/expired",
                  {json(armError("ExpiredAuthenticationToken", "The access token expiry UTC time is earlier"),
                        401)});
        server.on("GET", "/denied",
                  {json(armError("AuthorizationFailed", "does not have authorization"), 403)});
        server.on("GET", "/broken", {{200, "{\"value\": [", {}, false}});
        server.on("GET", "/moved", {{302, "{}", {{"Location", "https://attacker.example/"}}, false}});
        const ArmClientSettings settings = fast(server);
        ArmClient client(settings, "t");
        const ArmResponse expired = get(client, "/expired");
        QCOMPARE(expired.failure, ArmFailure::Unauthorized);
        QCOMPARE(expired.status, 401);
        QCOMPARE(QString::fromStdString(expired.errorCode), "ExpiredAuthenticationToken");
        const std::string text = failureMessage(expired, settings).english();
        QVERIFY2(text.find("ExpiredAuthenticationToken") != std::string::npos &&
                     text.find("Reader role on the subscription") != std::string::npos,
                 text.c_str());
        QCOMPARE(QString(failureCode(expired.failure)), "TOKEN_REFUSED");
        const ArmResponse denied = get(client, "/denied");
        QCOMPARE(denied.failure, ArmFailure::Forbidden);
        QVERIFY(failureMessage(denied, settings).english().find("Reader role") != std::string::npos);
        QCOMPARE(get(client, "/nothing-recorded").failure, ArmFailure::NotFound);
        const ArmResponse broken = get(client, "/broken");
        QCOMPARE(broken.failure, ArmFailure::Malformed);
        QVERIFY2(broken.errorDetail.find("line 1") != std::string::npos, broken.errorDetail.c_str());
        // A redirect is not followed (it could carry the token elsewhere).
        const ArmResponse moved = get(client, "/moved");
        QCOMPARE(moved.failure, ArmFailure::HttpStatus);
        QCOMPARE(moved.status, 302);
    }

    // A server that does not answer: Timeout after the configured time; cancel stops a request.
    void timeoutAndCancel() {
        ArmTestServer server;
        server.on("GET", "/silent", {{200, {}, {}, true}});
        ArmClientSettings settings = fast(server);
        settings.timeoutMs = 400;
        ArmClient client(settings, "t");
        QElapsedTimer clock;
        clock.start();
        const ArmResponse r = get(client, "/silent");
        QCOMPARE(r.failure, ArmFailure::Timeout);
        QVERIFY(clock.elapsed() >= 350 && clock.elapsed() < 3000);
        QVERIFY(failureMessage(r, settings).english().find("0.4 s") != std::string::npos);
        settings.timeoutMs = 60000;
        ArmClient patient(settings, "t");
        std::optional<ArmResponse> out;
        patient.get("/silent", [&](const ArmResponse& a) { out = a; });
        QTRY_COMPARE(server.count("/silent"), 2);
        clock.restart();
        patient.cancel();
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->failure, ArmFailure::Canceled);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(patient.inFlight(), 0);
        // After cancel, nothing more is sent.
        QCOMPARE(get(patient, "/silent").failure, ArmFailure::Canceled);
        QCOMPARE(server.count("/silent"), 2);
    }

    // A token goes over https, or over http to this machine only.
    void endpoints() {
        QVERIFY(!checkEndpoint(QUrl("https://management.azure.com")));
        QVERIFY(!checkEndpoint(QUrl("https://management.usgovcloudapi.net/")));
        QVERIFY(!checkEndpoint(QUrl("http://127.0.0.1:8080")));
        QVERIFY(!checkEndpoint(QUrl("http://[::1]:8080")));
        QVERIFY(!checkEndpoint(QUrl("http://localhost")));
        QVERIFY(checkEndpoint(QUrl("http://management.azure.com")));
        QVERIFY(checkEndpoint(QUrl("http://10.0.0.1")));
        QVERIFY(checkEndpoint(QUrl("https://management.azure.com/subscriptions")));
        QVERIFY(checkEndpoint(QUrl("https://user:pw@management.azure.com")));
        QVERIFY(checkEndpoint(QUrl("ftp://management.azure.com")));
        QCOMPARE(normalizeEndpoint("management.chinacloudapi.cn/"),
                 QUrl("https://management.chinacloudapi.cn"));
        // The client refuses to send over plain http to another machine.
        ArmClientSettings settings;
        settings.endpoint = QUrl("http://192.0.2.1");
        ArmClient client(settings, "t");
        const ArmResponse r = get(client, "/subscriptions/s");
        QCOMPARE(r.failure, ArmFailure::Network);
        QVERIFY(r.errorDetail.find("not https") != std::string::npos);
    }

    // Tokens as pasted or set: "Bearer " and white space dropped; a space or a line break inside
    // (a header injection) refused.
    void tokens() {
        QCOMPARE(cleanToken("  Bearer eyJ0eXAi.eyJhdWQi.c2ln\n").value_or("-"),
                 QByteArray("eyJ0eXAi.eyJhdWQi.c2ln"));
        QVERIFY(!cleanToken(""));
        QVERIFY(!cleanToken("abc\r\nX-Evil: 1"));
        QVERIFY(!cleanToken("a b"));
        Message why;
        QVERIFY(!cleanToken("\"quoted\"", &why));
        QVERIFY(!why.empty());
        qputenv(kTokenVariable, " tok ");
        QCOMPARE(tokenFromEnvironment().value_or("-"), QByteArray("tok"));
        qunsetenv(kTokenVariable);
        QVERIFY(!tokenFromEnvironment(&why));
    }
};

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_arm_client.moc"
