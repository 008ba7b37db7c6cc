// pathlight-cli end to end: the real binary, its exit codes and outputs.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code;
    QString out, err;
};

Run cli(const QStringList& args) {
    QProcess p;
    // English unless a test asks otherwise, whatever the machine's locale.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LC_ALL", "C");
    env.insert("LANG", "C");
    env.insert("LANGUAGE", "");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PATHLIGHT_BINARY_DIR "/app/pathlight-cli"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString example(const char* name) {
    return QStringLiteral(PATHLIGHT_SOURCE_DIR "/resources/examples/") + name + ".pathlight.json";
}

QString write(QTemporaryDir& dir, const char* name, const QByteArray& text) {
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return f.fileName();
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void checkExitCodes() {
        QTemporaryDir dir;
        QCOMPARE(cli({"check", example("01-forced-tunneling-kms")}).code, 0);
        const Run lint =
            cli({"check", write(dir, "lint.json", R"({"format": "pathlight.topology", "version": 1,
            "nsgs": [{"id": "n", "securityRules": [{"name": "r", "priority": 50, "direction": "Inbound", "access": "Allow"}]}]})")});
        QCOMPARE(lint.code, 1);
        QVERIFY(lint.out.contains("/nsgs/0/securityRules/0/priority"));
        const Run invalid =
            cli({"check", write(dir, "bad.json", R"({"format": "pathlight.topology", "version": 1,
            "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "a", "addressPrefix": "10.0.0.0/33"}]}]})")});
        QCOMPARE(invalid.code, 1);
        QVERIFY(
            invalid.out.contains("/vnets/0/subnets/0/addressPrefix: \"10.0.0.0/33\" is not an IPv4 prefix"));
        QCOMPARE(cli({"check", write(dir, "notjson.json", "{ nope")}).code, 2);
        QCOMPARE(
            cli({"check", write(dir, "v2.json", R"({"format": "pathlight.topology", "version": 2})")}).code,
            2);
        QCOMPARE(cli({"check", dir.filePath("missing.json")}).code, 2);
        const Run warn =
            cli({"check",
                 write(dir, "warn.json", R"({"format": "pathlight.topology", "version": 1, "extra": 1})")});
        QCOMPARE(warn.code, 0);
        QVERIFY(warn.out.contains("unknown key"));
    }

    void traceExitCodes() {
        QCOMPARE(cli({"trace", example("02-nsg-does-not-stop-kms"), "--flow", "f-kms-1688"}).code, 0);
        QCOMPARE(cli({"trace", example("02-nsg-does-not-stop-kms"), "--flow", "f-kms-1687"}).code, 1);
        QCOMPARE(cli({"trace", example("02-nsg-does-not-stop-kms")}).code, 1); // some flow is not delivered
        const Run unknownFlow = cli({"trace", example("02-nsg-does-not-stop-kms"), "--flow", "nope"});
        QCOMPARE(unknownFlow.code, 2);
        QVERIFY(unknownFlow.out.isEmpty());
        QVERIFY(!unknownFlow.err.isEmpty());
        QCOMPARE(
            cli({"trace", example("02-nsg-does-not-stop-kms"), "--from", "vm-web", "--to", "no.such.host"})
                .code,
            2);
        QCOMPARE(cli({"trace", example("02-nsg-does-not-stop-kms"), "--bogus"}).code, 2);
        QCOMPARE(cli({"frobnicate"}).code, 2);
        QCOMPARE(cli({}).code, 2);
    }

    void adHocTrace() {
        const Run r = cli({"trace", example("01-forced-tunneling-kms"), "--from", "vm-win", "--to",
                           "kms.core.windows.net", "--port", "1688", "--json"});
        QCOMPARE(r.code, 1);
        const auto doc = QJsonDocument::fromJson(r.out.toUtf8());
        const auto flow = doc.object()["flows"].toArray()[0].toObject();
        QCOMPARE(flow["verdict"].toString(), QString("rejected"));
        QCOMPARE(flow["apparentSourceIp"].toString(), QString("203.0.113.10"));
        QStringList codes;
        for (const auto& f : flow["findings"].toArray())
            codes << f.toObject()["code"].toString();
        QVERIFY(codes.contains("FORCED_TUNNEL") && codes.contains("SOURCE_NOT_AZURE_PUBLIC"));
    }

    void humanTraceMentionsTheVerdictAndHops() {
        const Run r = cli({"trace", example("05-route-server-nva-forced-tunnel"), "--flow", "f-internet"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("verdict: delivered"));
        QVERIFY(r.out.contains("gw-onprem"));
        QVERIFY(r.out.contains("apparent source: 20.210.1.10"));
    }

    void routes() {
        const Run r =
            cli({"routes", example("05-route-server-nva-forced-tunnel"), "--nic", "nic-nva100", "--json"});
        QCOMPARE(r.code, 0);
        const auto obj = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(obj["nic"].toString(), QString("nic-nva100"));
        bool userDefault = false;
        for (const auto& row : obj["routes"].toArray()) {
            const auto o = row.toObject();
            for (const char* key : {"source", "state", "addressPrefix", "nextHopType", "nextHopIpAddress"})
                QVERIFY(o.contains(key));
            userDefault = userDefault || (o["source"] == "User" && o["addressPrefix"] == "0.0.0.0/0" &&
                                          o["state"] == "Active");
        }
        QVERIFY(userDefault);
        const Run text = cli({"routes", example("05-route-server-nva-forced-tunnel"), "--nic", "nic-nva100"});
        QVERIFY(text.out.contains("Next hop type"));
        QCOMPARE(cli({"routes", example("05-route-server-nva-forced-tunnel"), "--nic", "nope"}).code, 2);
    }

    void fixWritesTheFixedTopology() {
        QTemporaryDir dir;
        const QString out = dir.filePath("fixed.pathlight.json");
        const Run r = cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--all", "-o", out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("DIRECT_ROUTES_TO_INTERNET"));
        QVERIFY(r.out.contains("f-kms is now delivered"));
        QVERIFY(r.out.contains("f-kms-legacy: rejected → delivered"));
        QCOMPARE(cli({"trace", out, "--flow", "f-kms"}).code, 0);
        QCOMPARE(cli({"check", out}).code, 0);
        const Run one = cli({"fix", example("07-arc-microsoft-peering"), "--flow", "f-agentserviceapi",
                             "--apply", "ADD_ROUTE_FILTER_COMMUNITY", "-o", out});
        QCOMPARE(one.code, 0);
        QCOMPARE(cli({"trace", out, "--flow", "f-agentserviceapi"}).code, 0);
        QCOMPARE(
            cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--apply", "NOPE", "-o", out})
                .code,
            2);
        QCOMPARE(cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-web", "--all", "-o", out}).code,
                 2); // nothing to fix
        QCOMPARE(cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--all"}).code,
                 2); // no -o
        QCOMPARE(cli({"fix", example("01-forced-tunneling-kms"), "--flow", "nope", "--all", "-o", out}).code,
                 2);
    }

    void traceJsonListsFixes() {
        const Run r = cli({"trace", example("03-appgw-probes-blocked"), "--flow", "f-probe", "--json"});
        const auto flow = QJsonDocument::fromJson(r.out.toUtf8()).object()["flows"].toArray()[0].toObject();
        const auto fixes = flow["fixes"].toArray();
        QVERIFY(!fixes.isEmpty());
        const auto fix = fixes[0].toObject();
        for (const char* key :
             {"code", "finding", "summary", "azureCli", "powerShell", "bicep", "verification"})
            QVERIFY2(fix.contains(key), key);
        QCOMPARE(fix["finding"].toString(), QString("APPGW_INSTANCE_SOURCE"));
        QVERIFY(fix["azureCli"].toString().contains("--source-address-prefixes 10.8.48.0/24"));
        QCOMPARE(fix["verification"].toObject()["targetDelivered"].toBool(), true);
    }

    void formatIsCanonicalAndAtomic() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.pathlight.json");
        QCOMPARE(cli({"format", example("03-appgw-probes-blocked"), "-o", out}).code, 0);
        QFile a(out), b(example("03-appgw-probes-blocked"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void langPicksTheTextOutputsLanguage() {
        const Run ja = cli({"check", example("01-forced-tunneling-kms"), "--lang", "ja"});
        QCOMPARE(ja.code, 0);
        QVERIFY2(ja.out.contains("エラー") || ja.out.contains("警告"), qPrintable(ja.out));
        const Run zh = cli({"trace", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--lang=zh_TW"});
        QVERIFY2(zh.out.contains("判定") && zh.out.contains("目的地拒絕"), qPrintable(zh.out));
        // JSON stays English whatever the language.
        const Run json =
            cli({"trace", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--json", "--lang", "ja"});
        QVERIFY(json.out.contains("\"verdict\": \"rejected\""));
        const Run bad = cli({"check", example("01-forced-tunneling-kms"), "--lang", "xx"});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains("unknown language"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
