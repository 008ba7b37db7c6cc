// The live import (app/live/live_import.h, pathlight-cli import --live) against a recorded Azure
// Resource Manager on 127.0.0.1, serving Resource Graph pages and REST lists built from the REST
// examples in ../shared/data (azure-rest-samples, azure-corpus/rest-cli). Done when: the live
// import of the recorded answers gives the same topology as the file import of the same answers.

#include "../support/arm_test_server.h"
#include "../support/recorded_arm_estate.h"
#include "catalog/service_tags.h"
#include "cli/cli_commands.h"
#include "cli/cli_import.h"
#include "io/topology_io.h"
#include "live/access_token.h"
#include "live/live_import.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>

using namespace pathlight;
using namespace pathlight::live;
using pathlight::test::ArmTestServer;
using pathlight::test::RecordedReply;
using namespace pathlight::test;

namespace {

ArmClientSettings settingsFor(const ArmTestServer& server) {
    ArmClientSettings s;
    s.endpoint = QUrl(server.endpoint());
    s.timeoutMs = 5000;
    s.backoffMs = 10;
    return s;
}

// A whole fetch, waited for; `onProgress` may cancel.
LiveFetch fetch(const ArmClientSettings& settings, const LiveScope& scope,
                std::function<void(LiveImport&, const LiveProgress&)> onProgress = {}) {
    LiveImport live(settings, "tok", scope);
    bool over = false;
    QObject::connect(&live, &LiveImport::finished, [&] { over = true; });
    if (onProgress)
        QObject::connect(&live, &LiveImport::progressed, [&](const LiveProgress& p) { onProgress(live, p); });
    live.start();
    if (!QTest::qWaitFor([&] { return over; }, 30000)) return {};
    return live.takeFetch();
}

bool hasNote(const std::vector<armimport::ImportNote>& notes, const std::string& code,
             const std::string& armId) {
    for (const auto& n : notes)
        if (n.code == code && n.kind == armimport::NoteKind::NotRead &&
            n.armId.find(armId) != std::string::npos)
            return true;
    return false;
}

// The file import of the same answers, written to files.
armimport::ImportResult importFiles(const QTemporaryDir& dir, const std::vector<Json>& bodies) {
    armimport::ImportOptions options;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        const QString path = dir.filePath(QString("answer-%1.json").arg(i));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray::fromStdString(bodies[i].dump(2)));
        options.inputs.push_back(path.toStdString());
    }
    return armimport::importAzureFiles(options);
}

struct CliRun {
    int code;
    QString out, err;
};

CliRun cli(const QStringList& args) {
    QString out, err;
    QTextStream o(&out), e(&err);
    const int code = commandImport(args, {o, e});
    o.flush();
    e.flush();
    return {code, out, err};
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestLiveImport : public QObject {
    Q_OBJECT
private slots:
    void init() { qunsetenv(kTokenVariable); }

    // Done when: the same topology as the file import of the same recorded answers, with the
    // second page of each list read and no request for the Virtual WAN hub's connections.
    void sameTopologyAsFileImport() {
        ArmTestServer server;
        QVERIFY(server.listening());
        const Estate e = estate(server.endpoint());
        record(server, e);
        LiveFetch fetched = fetch(settingsFor(server), {{QString::fromStdString(kSub)}, {}});
        QVERIFY(fetched.errors.empty());
        QCOMPARE(fetched.documents.size(), std::size_t(4));
        QVERIFY(fetched.notes.empty());
        QCOMPARE(server.count(kGraph), 2);
        QCOMPARE(server.count(kBgp), 2);
        QCOMPARE(server.count(QByteArray::fromStdString(kRg + "virtualHubs/virtualHub1/bgpConnections")), 0);
        for (const auto& r : server.received())
            QCOMPARE(r.authorization, QByteArray("Bearer tok"));
        // The query names the mapper's types, the subscription, and pages of 1,000.
        const Json query = Json::parse(server.received()[1].body.toStdString());
        QVERIFY(query["subscriptions"] == Json::array({kSub}));
        QVERIFY(query["options"]["$top"] == 1000);
        QVERIFY(query["query"].get<std::string>().find("microsoft.network/virtualhubs") != std::string::npos);
        const armimport::ImportResult live = importFetched(std::move(fetched));
        QVERIFY(live.ok());
        QTemporaryDir dir;
        const armimport::ImportResult files = importFiles(dir, {e.graph1, e.graph2, e.bgp1, e.bgp2});
        QVERIFY(files.ok());
        QCOMPARE(QString::fromStdString(topologyToText(*live.topology)),
                 QString::fromStdString(topologyToText(*files.topology)));
        // Not an empty agreement: the second pages count.
        const Topology& t = *live.topology;
        QCOMPARE(t.vnets.size(), std::size_t(1));
        QCOMPARE(t.routeServers.size(), std::size_t(1));
        QCOMPARE(t.routeServers[0].peers.size(), std::size_t(1)); // conn1's 192.168.1.5 matches no NIC
        QCOMPARE(t.gateways.size(), std::size_t(1));
        QCOMPARE(t.connections.size(), std::size_t(1));
        QCOMPARE(live.report.files.size(), std::size_t(4));
        QCOMPARE(live.report.resources.size(), files.report.resources.size());
    }

    // A resource group the token may not read is a note, the rest is imported; one that does
    // not exist is a note too; only readable groups reach the query.
    void deniedResourceGroup() {
        ArmTestServer server;
        const Estate e = estate(server.endpoint());
        record(server, e);
        const LiveScope scope{{QString::fromStdString(kSub)}, {"rg1", "rg-denied", "rg-gone"}};
        LiveFetch fetched = fetch(settingsFor(server), scope);
        QVERIFY(fetched.errors.empty());
        QVERIFY(hasNote(fetched.notes, "ACCESS_DENIED", "/resourceGroups/rg-denied"));
        QVERIFY(!hasNote(fetched.notes, "ACCESS_DENIED", "/resourceGroups/rg1"));
        bool gone = false;
        for (const auto& n : fetched.notes)
            gone =
                gone || (n.code == "NOT_FOUND" && n.message.english().find("rg-gone") != std::string::npos);
        QVERIFY(gone);
        QByteArray graphBody;
        for (const auto& r : server.received())
            if (r.path() == kGraph && graphBody.isEmpty()) graphBody = r.body;
        const std::string query = Json::parse(graphBody.toStdString())["query"];
        QVERIFY2(query.find("resourceGroup in~ ('rg1')") != std::string::npos, query.c_str());
        const armimport::ImportResult result = importFetched(std::move(fetched));
        QVERIFY(result.ok());
        QCOMPARE(result.report.count(armimport::NoteKind::NotRead), std::size_t(2));
        QCOMPARE(result.topology->vnets.size(), std::size_t(1));
    }

    // An expired token: the error names it and what to do; nothing else is asked.
    void expiredToken() {
        ArmTestServer server;
        server.on(
            "GET", QByteArray::fromStdString("/subscriptions/" + kSub),
            {json(armError("ExpiredAuthenticationToken",
                           "The access token expiry UTC time '12/1/2026 9:56:21 AM' is earlier than current "
                           "UTC time"),
                  401)});
        const LiveFetch fetched = fetch(settingsFor(server), {{QString::fromStdString(kSub)}, {}});
        QCOMPARE(fetched.errors.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(fetched.errors[0].code), "TOKEN_REFUSED");
        const std::string text = fetched.errors[0].message.english();
        QVERIFY2(text.find("ExpiredAuthenticationToken") != std::string::npos &&
                     text.find("Reader role on the subscription") != std::string::npos,
                 text.c_str());
        QCOMPARE(server.count(kGraph), 0);
        QVERIFY(!importFetched(fetched).ok());
    }

    // A malformed Resource Graph page stops the import; a malformed or refused child list is a
    // note and the rest is imported.
    void malformedAnswers() {
        {
            ArmTestServer server;
            const Estate e = estate(server.endpoint());
            server.on("POST", kGraph, {{200, "{\"data\": [{\"id\": ", {}, false}});
            record(server, e);
            const LiveFetch fetched = fetch(settingsFor(server), {{QString::fromStdString(kSub)}, {}});
            QCOMPARE(fetched.errors.size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(fetched.errors[0].code), "MALFORMED_ANSWER");
            QVERIFY(fetched.errors[0].pointer.find("POST http://127.0.0.1") == 0);
        }
        ArmTestServer server;
        const Estate e = estate(server.endpoint());
        server.on("GET", kBgp, {{200, "<html>gateway error</html>", {}, false}});
        record(server, e);
        LiveFetch fetched = fetch(settingsFor(server), {{QString::fromStdString(kSub)}, {}});
        QVERIFY(fetched.errors.empty());
        QVERIFY(hasNote(fetched.notes, "MALFORMED_ANSWER", "virtualHubs/rs1"));
        const armimport::ImportResult result = importFetched(std::move(fetched));
        QVERIFY(result.ok());
        QCOMPARE(result.topology->routeServers.size(), std::size_t(1));
        QVERIFY(result.topology->routeServers[0].peers.empty());
    }

    // A server that does not answer: the configured timeout, about a second here.
    void slowServer() {
        ArmTestServer server;
        const Estate e = estate(server.endpoint());
        server.on("POST", kGraph, {{200, {}, {}, true}});
        record(server, e);
        ArmClientSettings settings = settingsFor(server);
        settings.timeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        const LiveFetch fetched = fetch(settings, {{QString::fromStdString(kSub)}, {}});
        QCOMPARE(fetched.errors.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(fetched.errors[0].code), "TIMEOUT");
        QVERIFY(clock.elapsed() >= 900 && clock.elapsed() < 5000);
    }

    // Cancel half-way (the first page read, the second not answered): finished at once, nothing
    // to import and no error.
    void cancelHalfWay() {
        ArmTestServer server;
        const Estate e = estate(server.endpoint());
        server.on("POST", kGraph, {{200, {}, {}, true}}, "\"$skipToken\":\"page2\"");
        record(server, e);
        QElapsedTimer clock;
        int resourcesWhenCanceled = -1;
        const LiveFetch fetched = fetch(settingsFor(server), {{QString::fromStdString(kSub)}, {}},
                                        [&](LiveImport& live, const LiveProgress& p) {
                                            if (p.resourcesRead > 0 && resourcesWhenCanceled < 0) {
                                                QCOMPARE(p.requestsLeft, 1); // the second page
                                                resourcesWhenCanceled = p.resourcesRead;
                                                clock.start();
                                                live.cancel();
                                            }
                                        });
        QCOMPARE(resourcesWhenCanceled, 4);
        QVERIFY(fetched.canceled);
        QVERIFY(fetched.documents.empty() && fetched.errors.empty());
        QVERIFY(clock.elapsed() < 2000);
        const armimport::ImportResult result = importFetched(fetched);
        QVERIFY(!result.ok() && result.errors.empty());
    }

    // pathlight-cli import --live: the file the file import writes (but the title), the report's
    // notes, exit 2 with the reason for a refused token or an insecure endpoint.
    void cliCommand() {
        ArmTestServer server;
        const Estate e = estate(server.endpoint());
        record(server, e);
        QTemporaryDir dir;
        const QString out = dir.filePath("live.pathlight.json");
        const QString report = dir.filePath("report.json");
        qputenv(kTokenVariable, "cli-token");
        const CliRun run = cli({"--live", "--subscription", QString::fromStdString(kSub), "--resource-group",
                                "rg1,rg-denied", "--endpoint", server.endpoint(), "--suggest-flows",
                                "--report", report, "-o", out});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains("rg-denied") && run.out.contains("ACCESS_DENIED"), qPrintable(run.out));
        QVERIFY(server.received().back().authorization == "Bearer cli-token");
        const QByteArray reportText = readFile(report);
        QVERIFY(reportText.contains("\"notRead\"") && !reportText.contains("cli-token"));
        // The file import of the same answers, through the same command.
        QStringList inputs;
        for (const Json* body : {&e.graph1, &e.graph2, &e.bgp1, &e.bgp2}) {
            const QString path = dir.filePath(QString("answer-%1.json").arg(inputs.size()));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray::fromStdString(body->dump()));
            inputs << path;
        }
        const QString fromFiles = dir.filePath("files.pathlight.json");
        QCOMPARE(cli(inputs + QStringList{"--suggest-flows", "-o", fromFiles}).code, 0);
        Json a = Json::parse(readFile(out).toStdString()), b = Json::parse(readFile(fromFiles).toStdString());
        QVERIFY(a["title"].get<std::string>().find(kSub) != std::string::npos);
        a.erase("title");
        b.erase("title");
        QCOMPARE(QString::fromStdString(a.dump(1)), QString::fromStdString(b.dump(1)));
        QVERIFY(!readFile(out).contains("cli-token"));
        // Refusals: exit 2, the reason, nothing written.
        const QString none = dir.filePath("none.pathlight.json");
        const CliRun insecure = cli({"--live", "--subscription", QString::fromStdString(kSub), "--endpoint",
                                     "http://management.azure.com", "-o", none});
        QCOMPARE(insecure.code, 2);
        QVERIFY2(insecure.err.contains("not https"), qPrintable(insecure.err));
        QCOMPARE(
            cli({"--live", "--subscription", "not-a-guid", "--endpoint", server.endpoint(), "-o", none}).code,
            2);
        QCOMPARE(cli({"--live", "--subscription", QString::fromStdString(kSub), "--resource-group", "rg'1",
                      "-o", none})
                     .code,
                 2);
        QCOMPARE(cli({"--live", inputs[0], "--subscription", QString::fromStdString(kSub), "-o", none}).code,
                 2);
        QCOMPARE(cli({inputs[0], "--subscription", QString::fromStdString(kSub), "-o", none}).code, 2);
        ArmTestServer refusing;
        refusing.on("GET", QByteArray::fromStdString("/subscriptions/" + kSub),
                    {json(armError("InvalidAuthenticationToken", "The access token is invalid."), 401)});
        const CliRun refused = cli({"--live", "--subscription", QString::fromStdString(kSub), "--endpoint",
                                    refusing.endpoint(), "--timeout", "2", "-o", none});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("TOKEN_REFUSED") && refused.err.contains("InvalidAuthenticationToken"),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(none));
        qunsetenv(kTokenVariable);
    }

    // pathlight-cli service-tags: the Service Tag Discovery API's answer written as a tag file that
    // --service-tags reads; an answer that is no tag list, or a refusal, writes nothing.
    void serviceTagsCommand() {
        ArmTestServer server;
        QFile excerpt(
            QStringLiteral(PATHLIGHT_SOURCE_DIR "/tests/data/service-tags/ServiceTags_Public_excerpt.json"));
        QVERIFY(excerpt.open(QIODevice::ReadOnly));
        Json answer = Json::parse(excerpt.readAll().toStdString());
        // The API's envelope around the published shape; changeNumber comes as a string.
        answer["name"] = "Public";
        answer["type"] = "Microsoft.Network/serviceTags";
        answer["changeNumber"] = "374";
        const QByteArray path = QByteArray::fromStdString(
            "/subscriptions/" + kSub + "/providers/Microsoft.Network/locations/westeurope/serviceTags");
        server.on("GET", path, {json(answer)});
        QTemporaryDir dir;
        const QString out = dir.filePath("tags.json");
        qputenv(kTokenVariable, "tags-token");
        const auto run = [](const QStringList& args) {
            QString o, e;
            QTextStream os(&o), es(&e);
            const int code = runCli(args, os, es);
            os.flush();
            es.flush();
            return CliRun{code, o, e};
        };
        const CliRun ok = run({"service-tags", "--subscription", QString::fromStdString(kSub), "--endpoint",
                               server.endpoint(), "-o", out});
        QVERIFY2(ok.code == 0, qPrintable(ok.out + ok.err));
        QVERIFY2(ok.out.contains("374"), qPrintable(ok.out));
        QVERIFY(server.received().back().authorization == "Bearer tags-token");
        const ServiceTagRead read = parseServiceTagsText(readFile(out).toStdString(), "tags.json");
        QVERIFY(read.database);
        QCOMPARE(read.database->changeNumber, std::int64_t(374));
        QVERIFY(read.database->find("Storage.WestEurope"));
        QVERIFY(!readFile(out).contains("tags-token"));
        // What is no tag list, a refusal, a bad region: exit 2, nothing written.
        ArmTestServer other;
        other.on("GET", path, {json(Json{{"value", Json::array()}})});
        const QString none = dir.filePath("none.json");
        QCOMPARE(run({"service-tags", "--subscription", QString::fromStdString(kSub), "--endpoint",
                      other.endpoint(), "-o", none})
                     .code,
                 2);
        ArmTestServer refusing;
        refusing.on("GET", path, {json(armError("AuthorizationFailed", "no access"), 403)});
        const CliRun denied = run({"service-tags", "--subscription", QString::fromStdString(kSub),
                                   "--endpoint", refusing.endpoint(), "-o", none});
        QCOMPARE(denied.code, 2);
        QVERIFY2(denied.err.contains("AuthorizationFailed"), qPrintable(denied.err));
        QCOMPARE(run({"service-tags", "--subscription", QString::fromStdString(kSub), "--location",
                      "West Europe", "--endpoint", server.endpoint(), "-o", none})
                     .code,
                 2);
        QVERIFY(!QFile::exists(none));
        qunsetenv(kTokenVariable);
    }

    // --token-from az runs `az account get-access-token` (a stand-in az on PATH here) with an
    // argument list, and sends what it prints as the token.
    void azureCliToken() {
        QTemporaryDir dir;
        const QString az = dir.filePath("az");
        {
            QFile f(az);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$(dirname \"$0\")/args\"\n"
                "printf '{\"accessToken\": \"from-az\", \"tokenType\": \"Bearer\"}\\n'\n");
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", dir.path().toUtf8() + ":" + path);
        ArmTestServer server;
        const Estate e = estate(server.endpoint());
        record(server, e);
        const CliRun run =
            cli({"--live", "--subscription", QString::fromStdString(kSub), "--endpoint", server.endpoint(),
                 "--token-from", "az", "-o", dir.filePath("out.pathlight.json")});
        qputenv("PATH", path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(server.received().front().authorization, QByteArray("Bearer from-az"));
        QCOMPARE(QString::fromUtf8(readFile(dir.filePath("args"))).split('\n', Qt::SkipEmptyParts),
                 (QStringList{"account", "get-access-token", "--resource", server.endpoint() + "/",
                              "--output", "json"}));
    }
};

QTEST_GUILESS_MAIN(TestLiveImport)
#include "tst_live_import.moc"
