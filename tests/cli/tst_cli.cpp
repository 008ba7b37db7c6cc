// pathlight-cli end to end: the real binary, its exit codes and outputs.

#include "pathlight_version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
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

#ifndef Q_MOC_RUN
// A flow whose id holds a newline and an escape sequence, and no VM.
constexpr char kHostileIds[] = R"({"format": "pathlight.topology", "version": 1,
  "sites": [{"id": "s", "name": "S", "addressSpace": ["10.0.0.0/16"],
             "hosts": [{"id": "h1", "name": "h1", "ip": "10.0.0.1"}, {"id": "h2", "name": "h2", "ip": "10.0.0.2"}]}],
  "flows": [{"id": "a\nb\u001b[2J", "source": "h1", "destination": "h2", "protocol": "Tcp", "port": 22}]})";
#endif

QString example(const char* name) {
    return QStringLiteral(PATHLIGHT_SOURCE_DIR "/resources/examples/") + name + ".pathlight.json";
}

QString regression(const char* name) {
    return QStringLiteral(PATHLIGHT_SOURCE_DIR "/tests/regressions/") + name;
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
    // pathlight-cli import (import.md "Command line"): 0 and OUT written (the report too), 2 and
    // nothing written for unusable input, with the file and the reason.
    void importCommand() {
        QTemporaryDir dir;
        const QString corpus = PATHLIGHT_SOURCE_DIR "/../shared/data/azure-corpus/";
        const QString out = dir.filePath("out.pathlight.json");
        const QString report = dir.filePath("report.json");
        const Run ok = cli({"import", corpus + "arm-template/aqt__route-server.azuredeploy.json",
                            "--suggest-flows", "--report", report, "-o", out});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains("ROUTE_SERVER_IPS"), qPrintable(ok.out));
        QVERIFY(QFile::exists(out));
        QCOMPARE(cli({"check", out}).code, 0);
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray json = r.readAll();
        QVERIFY(json.contains("\"countsByType\"") && json.contains("\"inferred\""));
        // Unusable input: exit 2, the reason, nothing written.
        const QString none = dir.filePath("none.pathlight.json");
        const Run azbb = cli({"import", corpus + "arm-template/mspnp-ra__hub-spoke.azbb.json", "-o", none});
        QCOMPARE(azbb.code, 2);
        QVERIFY2(azbb.out.contains("BUILDING_BLOCKS"), qPrintable(azbb.out));
        QVERIFY(!QFile::exists(none));
        const Run broken = cli({"import", write(dir, "broken.json", "{\"value\": [}"), "-o", none});
        QCOMPARE(broken.code, 2);
        QVERIFY2(broken.err.contains("broken.json") && broken.err.contains("line 1"), qPrintable(broken.err));
        QVERIFY(!QFile::exists(none));
        QCOMPARE(cli({"import", corpus + "export", "-o"}).code, 2);                // -o needs a value
        QCOMPARE(cli({"import", "--context", "x=1", corpus, "-o", none}).code, 2); // unknown key
        // Never over an input: -o or --report naming one, or each other (breaker).
        const QString input = write(dir, "input.json", "[]");
        QCOMPARE(cli({"import", input, "-o", input}).code, 2);
        QCOMPARE(cli({"import", input, "-o", out, "--report", out}).code, 2);
        QCOMPARE(cli({"import", corpus + "rest-cli/VirtualNetworkList.2024-05-01.json", "--context",
                      "resourceGroup=a/b", "-o", none})
                     .code,
                 2);
        // A folder of exports imports as one network.
        QCOMPARE(cli({"import", corpus + "export", "-o", out}).code, 0);
    }

    // pathlight-cli diff: 0 when the two agree, 1 with the differences, 2 for unusable input.
    void diffCommand() {
        QTemporaryDir dir;
        const QString design = example("08-firewall-hub-private-endpoint");
        QCOMPARE(cli({"diff", design, design}).code, 0);
        QFile f(design);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        text.replace("\"ruleCollectionGroups\"", "\"ruleCollectionGroupsGone\"");
        const QString other = write(dir, "other.pathlight.json", text);
        const Run run = cli({"diff", design, other});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.out.contains("changed") && run.out.contains("delivered → denied"), qPrintable(run.out));
        const Run json = cli({"diff", design, other, "--json"});
        QCOMPARE(json.code, 1);
        QVERIFY(json.out.contains("\"otherVerdict\": \"denied\""));
        QCOMPARE(cli({"diff", design}).code, 2);
        QCOMPARE(cli({"diff", design, dir.filePath("missing.json")}).code, 2);
    }

    // --version in the usual form, and `ids` (what the bash completion reads): every flow or NIC
    // id of the file, one a line, in the file's order; exit 2 for a wrong kind or unusable file.
    void versionAndIds() {
        const Run version = cli({"--version"});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out, QStringLiteral("pathlight-cli " PATHLIGHT_VERSION "\n"));
        QVERIFY(cli({"--help"}).out.contains("ids FILE flows|nics"));
        for (const char* name : {"01-forced-tunneling-kms", "05-route-server-nva-forced-tunnel"}) {
            QFile file(example(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject topology = QJsonDocument::fromJson(file.readAll()).object();
            QStringList flows, nics;
            for (const auto& flow : topology["flows"].toArray())
                flows << flow.toObject()["id"].toString();
            for (const auto& vm : topology["vms"].toArray())
                for (const auto& nic : vm.toObject()["nics"].toArray())
                    nics << nic.toObject()["id"].toString();
            QVERIFY(!flows.isEmpty() && !nics.isEmpty());
            const Run listedFlows = cli({"ids", example(name), "flows"});
            QCOMPARE(listedFlows.code, 0);
            QCOMPARE(listedFlows.out, flows.join("\n") + "\n");
            const Run listedNics = cli({"ids", example(name), "nics"});
            QCOMPARE(listedNics.code, 0);
            QCOMPARE(listedNics.out, nics.join("\n") + "\n");
        }
        QTemporaryDir dir;
        // An id is a name from the file: shown, never obeyed (a newline cannot make two ids).
        const QString hostile = write(dir, "hostile.json", kHostileIds);
        const Run shown = cli({"ids", hostile, "flows"});
        QCOMPARE(shown.code, 0);
        QCOMPARE(shown.out.count('\n'), 1);
        QVERIFY2(!shown.out.contains('\x1b'), qPrintable(shown.out));
        QCOMPARE(cli({"ids", hostile, "nics"}).out, QString());
        QCOMPARE(cli({"ids", example("01-forced-tunneling-kms"), "vms"}).code, 2);
        QCOMPARE(cli({"ids", example("01-forced-tunneling-kms")}).code, 2);
        const Run broken = cli({"ids", write(dir, "broken.json", "{ nope"), "flows"});
        QCOMPARE(broken.code, 2);
        QVERIFY(broken.out.isEmpty() && broken.err.contains("broken.json"));
    }

    void checkExitCodes() {
        QTemporaryDir dir;
        QCOMPARE(cli({"check", example("01-forced-tunneling-kms")}).code, 0);
        const Run lint =
            cli({"check", write(dir, "lint.json", R"({"format": "pathlight.topology", "version": 1,
            "nsgs": [{"id": "n", "securityRules": [{"name": "r", "priority": 50, "direction": "Inbound", "access": "Allow", "protocol": "*",
            "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]}]})")});
        QCOMPARE(lint.code, 1);
        QVERIFY(lint.out.contains("/nsgs/0/securityRules/0/priority"));
        const Run invalid =
            cli({"check", write(dir, "bad.json", R"({"format": "pathlight.topology", "version": 1,
            "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "a", "addressPrefix": "10.0.0.0/33"}]}]})")});
        // A file that does not load is unusable input: exit 2, the reasons on stderr, stdout empty.
        QCOMPARE(invalid.code, 2);
        QVERIFY(
            invalid.err.contains("/vnets/0/subnets/0/addressPrefix: \"10.0.0.0/33\" is not an IPv4 prefix"));
        QVERIFY(invalid.out.isEmpty());
        const Run dangling =
            cli({"check", write(dir, "dangling.json", R"({"format": "pathlight.topology", "version": 1,
            "vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "a", "addressPrefix": "10.0.0.0/24", "nsg": "nope"}]}]})")});
        QCOMPARE(dangling.code, 2);
        QVERIFY(dangling.err.contains("nope"));
        const Run wrongType =
            cli({"check",
                 write(dir, "type.json", R"({"format": "pathlight.topology", "version": 1, "vnets": {}})")});
        QCOMPARE(wrongType.code, 2);
        QVERIFY(wrongType.err.contains("/vnets"));
        QCOMPARE(cli({"check", write(dir, "notjson.json", "{ nope")}).code, 2);
        QCOMPARE(
            cli({"check", write(dir, "v3.json", R"({"format": "pathlight.topology", "version": 3})")}).code,
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
        // A flow of the file that names nothing traceable: nothing on stdout, and the error names
        // the flow and where it is.
        QTemporaryDir dir;
        QFile in(example("01-forced-tunneling-kms"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray flows = doc["flows"].toArray();
        QJsonObject second = flows[1].toObject();
        second["destination"] = "nowhere.example";
        flows[1] = second;
        doc["flows"] = flows;
        const QString bad = dir.filePath("bad.pathlight.json");
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();
        const Run unusable = cli({"trace", bad});
        QCOMPARE(unusable.code, 2);
        QVERIFY(unusable.out.isEmpty());
        QVERIFY2(unusable.err.contains("flow " + second["id"].toString() + " (/flows/1): "),
                 qPrintable(unusable.err));
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
        // A NIC id holding a newline cannot fake an output line (breaker): it is shown made visible.
        {
            QTemporaryDir dir;
            QFile f(dir.filePath("nl.pathlight.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "{\"format\": \"pathlight.topology\", \"version\": 1, \"vnets\": [{\"id\": \"v\", "
                "\"addressSpace\": [\"10.0.0.0/16\"], \"subnets\": [{\"id\": \"s\", \"name\": \"default\", "
                "\"addressPrefix\": \"10.0.0.0/24\"}]}], \"vms\": [{\"id\": \"vm\", \"nics\": [{\"id\": "
                "\"n\\nfake line\", \"subnet\": \"s\", \"primary\": true, \"ipConfigurations\": [{\"name\": "
                "\"c\", \"privateIp\": \"10.0.0.4\", \"primary\": true}]}]}]}");
            f.close();
            const Run nl = cli({"routes", f.fileName(), "--nic", "n\nfake line"});
            QCOMPARE(nl.code, 0);
            QVERIFY2(!nl.out.split('\n').contains("fake line (subnet s)"), qPrintable(nl.out));
            QVERIFY(nl.out.split('\n').front().contains(QChar(0x240A))); // ␊
        }
        // In Japanese and Chinese the columns line up on a terminal, where CJK is two columns wide:
        // every prefix starts in the same terminal column.
        for (const char* lang : {"ja", "zh_TW"}) {
            const Run cjk = cli({"routes", example("05-route-server-nva-forced-tunnel"), "--nic",
                                 "nic-nva100", "--lang", lang});
            const auto columns = [](const QString& text) { // the test's own count: kana and CJK are wide
                int width = 0;
                for (const QChar c : text)
                    width += c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF ? 2 : 1;
                return width;
            };
            QSet<int> starts;
            for (const QString& line : cjk.out.split('\n')) {
                const int at = line.indexOf(QRegularExpression("\\b\\d+\\.\\d+\\.\\d+\\.\\d+/"));
                if (at > 0) starts << columns(line.left(at));
            }
            QVERIFY2(starts.size() == 1, qPrintable(QString(lang) + "\n" + cjk.out));
        }
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
        // Two error findings of one cause (an Application Gateway denied, by its instances): --all
        // fixes one, traces again and stops when the flow is delivered; the file stays valid (two
        // fixes proposed together took the same free priority).
        const Run probe =
            cli({"fix", example("03-appgw-probes-blocked"), "--flow", "f-probe", "--all", "-o", out});
        QCOMPARE(probe.code, 0);
        QCOMPARE(probe.out.count("applied "), 1);
        QVERIFY(probe.out.contains("f-probe is now delivered"));
        const Run checked = cli({"check", out});
        QVERIFY2(!checked.out.contains("NSG_PRIORITY_DUPLICATE"), qPrintable(checked.out));
        QCOMPARE(checked.code, 0);
        // From the Internet to a public IP: the NSG sees the private address, so the rule names
        // it; one fix delivers the flow (the public address in the rule changed nothing, and
        // --all applied it 16 times).
        const Run inbound = cli({"fix", regression("breaker/inbound-public-ip-no-rule.pathlight.json"),
                                 "--flow", "f", "--all", "-o", out});
        QCOMPARE(inbound.code, 0);
        QCOMPARE(inbound.out.count("applied "), 1);
        QVERIFY(inbound.out.contains("flow f is now delivered"));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains("10.0.1.4/32"));
        QVERIFY(!text.contains("20.0.0.9/32"));
        // A flow of any protocol: the rule's name is one Azure accepts (it was "Allow-*-1687").
        QFile kms(example("02-nsg-does-not-stop-kms"));
        QVERIFY(kms.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(kms.readAll()).object();
        QJsonArray flows = doc["flows"].toArray();
        for (int i = 0; i < flows.size(); ++i)
            if (flows[i].toObject()["id"] == "f-kms-1687") {
                QJsonObject f = flows[i].toObject();
                f["protocol"] = "*";
                flows[i] = f;
            }
        doc["flows"] = flows;
        const QString star = write(dir, "star.json", QJsonDocument(doc).toJson());
        QCOMPARE(cli({"fix", star, "--flow", "f-kms-1687", "--all", "-o", out}).code, 0);
        const Run named = cli({"check", out});
        QVERIFY2(!named.out.contains("AZURE_NAME_INVALID") && named.code == 0, qPrintable(named.out));
    }

    void traceJsonListsFixes() {
        const Run r = cli({"trace", example("03-appgw-probes-blocked"), "--flow", "f-probe", "--json"});
        const auto flow = QJsonDocument::fromJson(r.out.toUtf8()).object()["flows"].toArray()[0].toObject();
        const auto fixes = flow["fixes"].toArray();
        QVERIFY(!fixes.isEmpty());
        const auto fix = fixes[0].toObject();
        for (const char* key :
             {"code", "finding", "summary", "azureCli", "powerShell", "bicep", "terraform", "verification"})
            QVERIFY2(fix.contains(key), key);
        QCOMPARE(fix["finding"].toString(), QString("APPGW_INSTANCE_SOURCE"));
        QVERIFY(fix["azureCli"].toString().contains("--source-address-prefixes '10.8.48.0/24'"));
        QVERIFY2(fix["terraform"].toString().contains(
                     QRegularExpression("\n  source_address_prefix += \"10\\.8\\.48\\.0/24\"\n")),
                 qPrintable(fix["terraform"].toString()));
        QCOMPARE(fix["verification"].toObject()["targetDelivered"].toBool(), true);
    }

    // A firewall hop carries the rule that decided, or a null rule for the default deny, and a
    // DNAT's new destination (trace-contract.md "Additions").
    void traceJsonFirewallHops() {
        const QString file = regression("v2/t37-firewall-dnat.pathlight.json");
        Run r = cli({"trace", file, "--flow", "f37-dnat-single-vnet", "--json"});
        QCOMPARE(r.code, 0);
        auto hops = QJsonDocument::fromJson(r.out.toUtf8())
                        .object()["flows"]
                        .toArray()[0]
                        .toObject()["hops"]
                        .toArray();
        const auto fwHop = hops[1].toObject();
        QCOMPARE(fwHop["kind"].toString(), QString("firewall"));
        QCOMPARE(fwHop["translatedDestination"].toString(), QString("10.36.1.4"));
        QVERIFY(fwHop["translatedSource"].toString().startsWith("10.36.100."));
        const auto fw = fwHop["firewall"].toObject();
        QCOMPARE(fw["action"].toString(), QString("Dnat"));
        QCOMPARE(fw["ruleType"].toString(), QString("NatRule"));
        QVERIFY(!fw["rule"].toString().isEmpty());
        r = cli({"trace", regression("v2/t36-firewall-hybrid-hub-spoke.pathlight.json"), "--json"});
        QCOMPARE(r.code, 1);
        bool defaultDeny = false;
        for (const auto& flow : QJsonDocument::fromJson(r.out.toUtf8()).object()["flows"].toArray())
            for (const auto& hop : flow.toObject()["hops"].toArray())
                if (const auto f = hop.toObject()["firewall"].toObject();
                    !f.isEmpty() && f["rule"].isNull()) {
                    QCOMPARE(f["action"].toString(), QString("Deny"));
                    QCOMPARE(flow.toObject()["verdict"].toString(), QString("denied"));
                    defaultDeny = true;
                }
        QVERIFY(defaultDeny);
    }

    // --service-tags FILE (issue 17): a rule on Storage.WestEurope decides once the published file
    // is loaded; without it the decision is uncertain and says so; a bad file is refused (exit 2).
    void serviceTagsOption() {
        const QString file = regression("service-tags/storage-westeurope-nsg.pathlight.json");
        const QString tags =
            QStringLiteral(PATHLIGHT_SOURCE_DIR "/tests/data/service-tags/ServiceTags_Public_excerpt.json");
        const auto decision = [](const Run& r, const QString& flow) {
            for (const auto& f : QJsonDocument::fromJson(r.out.toUtf8()).object()["flows"].toArray())
                if (f.toObject()["id"].toString() == flow) return f.toObject();
            return QJsonObject();
        };
        Run without = cli({"trace", file, "--json"});
        QCOMPARE(without.code, 1);
        const QJsonObject unsure = decision(without, "to-storage");
        QCOMPARE(unsure["verdict"].toString(), QString("denied"));
        const QJsonObject nsg = unsure["hops"].toArray()[0].toObject()["nsg"].toArray()[0].toObject();
        QCOMPARE(nsg["uncertain"].toBool(), true);
        QCOMPARE(nsg["unresolvedTag"].toString(), QString("Storage.WestEurope"));
        QVERIFY(QJsonDocument(unsure).toJson().contains("SERVICE_TAG_UNRESOLVED"));
        Run with = cli({"trace", file, "--json", "--service-tags", tags});
        QCOMPARE(with.code, 1); // to-elsewhere stays denied
        QCOMPARE(decision(with, "to-storage")["verdict"].toString(), QString("delivered"));
        QCOMPARE(decision(with, "to-elsewhere")["verdict"].toString(), QString("denied"));
        QVERIFY(!with.out.contains("SERVICE_TAG_UNRESOLVED"));
        // check: the lint names the unresolved tag without the file, not with it.
        QVERIFY(cli({"check", file}).out.contains("SERVICE_TAG_UNRESOLVED"));
        QVERIFY(!cli({"--service-tags=" + tags, "check", file}).out.contains("SERVICE_TAG_UNRESOLVED"));
        // A file that is not a tag file, a missing one, a missing value: exit 2 with the reason.
        QTemporaryDir dir;
        Run bad = cli({"trace", file, "--service-tags", write(dir, "bad.json", "{\"value\": []}")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("SERVICE_TAGS_NOT_A_TAG_FILE"), qPrintable(bad.err));
        QCOMPARE(cli({"trace", file, "--service-tags", dir.filePath("none.json")}).code, 2);
        QCOMPARE(cli({"trace", file, "--service-tags"}).code, 2);
        // Breaker: /dev/zero and a FIFO are refused at once (not read without end, not waited on),
        // the option twice or without a value is said so.
        QVERIFY(cli({"trace", file, "--service-tags", "/dev/zero"}).err.contains("cannot read"));
        const QString fifo = dir.filePath("fifo.json");
        QCOMPARE(QProcess::execute("mkfifo", {fifo}), 0);
        QCOMPARE(cli({"trace", file, "--service-tags", fifo}).code, 2);
        QVERIFY(cli({"--service-tags", tags, "trace", file, "--service-tags", tags}).err.contains("twice"));
        QVERIFY(cli({"trace", file, "--service-tags", "--json"}).err.contains("needs a value"));
        // COMMAND --help: the commands, exit 0.
        QCOMPARE(cli({"trace", "--help"}).code, 0);
        // A user route on a service tag (azure-facts §1.3): routes lists the tag's prefixes with
        // the tag named in its own column; without the file the column is absent (no route).
        const QString route = regression("service-tags/storage-route-bypasses-nva.pathlight.json");
        const Run table = cli({"routes", route, "--nic", "nic-app", "--service-tags", tags});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains("Service tag"), qPrintable(table.out));
        QVERIFY2(
            table.out.contains(QRegularExpression("52\\.239\\.140\\.0/22 +Internet +Storage\\.WestEurope")),
            qPrintable(table.out));
        QVERIFY(!cli({"routes", route, "--nic", "nic-app"}).out.contains("Service tag"));
        const Run direct = cli({"trace", route, "--json", "--service-tags", tags});
        QCOMPARE(direct.code, 0);
        const QJsonArray hops = decision(direct, "to-storage")["hops"].toArray();
        QVERIFY(!QJsonDocument(hops).toJson().contains("10.0.2.4")); // past the NVA
        const Run unsureRoute = cli({"trace", route, "--json"});
        QVERIFY2(decision(unsureRoute, "to-storage")["uncertain"].toBool(), qPrintable(unsureRoute.out));
    }

    // Version 2 breaker cases: a DNAT to the firewall's own address is a loop, not a crash; two
    // flows' allow-rule fixes are verified each for its own flow; --all removes a deny and then
    // allows; a firewall name with a newline runs nothing in the fix scripts.
    void version2BreakerRegressions() {
        const Run loop = cli({"trace", regression("breaker/dnat-to-own-public-ip.pathlight.json")});
        QCOMPARE(loop.code, 1);
        QVERIFY2(loop.out.contains("ROUTING_LOOP"), qPrintable(loop.out));
        const Run crosstalk = cli(
            {"trace", regression("breaker/firewall-allow-verification-per-flow.pathlight.json"), "--json"});
        int verified = 0;
        for (const auto& flow : QJsonDocument::fromJson(crosstalk.out.toUtf8()).object()["flows"].toArray())
            for (const auto& fix : flow.toObject()["fixes"].toArray()) {
                const auto v = fix.toObject()["verification"].toObject();
                if (fix.toObject()["code"].toString() != "FIREWALL_ALLOW_RULE") continue;
                ++verified;
                QVERIFY(v["targetDelivered"].toBool());
                bool own = false;
                for (const auto& change : v["changes"].toArray())
                    own = own || change.toObject()["flow"].toString() == flow.toObject()["id"].toString();
                QVERIFY2(own, qPrintable(flow.toObject()["id"].toString()));
            }
        QVERIFY(verified >= 2);
        QTemporaryDir dir;
        const Run all = cli({"fix", regression("breaker/firewall-remove-deny-then-allow.pathlight.json"),
                             "--flow", "f-ssh", "--all", "-o", dir.filePath("out.json")});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains("FIREWALL_REMOVE_DENY_RULE") && all.out.contains("is now delivered"),
                 qPrintable(all.out));
        const Run hostile =
            cli({"trace", regression("hostile/firewall-name-newline.pathlight.json"), "--json"});
        int scripts = 0;
        for (const auto& flow : QJsonDocument::fromJson(hostile.out.toUtf8()).object()["flows"].toArray())
            for (const auto& fix : flow.toObject()["fixes"].toArray()) {
                const QString text = fix.toObject()["azureCli"].toString();
                if (text.isEmpty()) continue;
                ++scripts;
                QTemporaryDir sandbox;
                QProcess bash;
                bash.setWorkingDirectory(sandbox.path());
                bash.start("bash", {"-c", "az() { :; }\n" + text});
                QVERIFY(bash.waitForFinished(10000));
                QVERIFY2(QDir(sandbox.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(),
                         qPrintable(text));
            }
        QVERIFY(scripts > 0);
    }

    // The second breaker of version 2 (VNet-to-VNet, protocols to the Internet, firewall names,
    // script quoting), each kept in tests/regressions/{breaker,hostile}.
    void vnet2VnetBreakerRegressions() {
        auto check = [&](const char* file) { return cli({"check", regression(file)}); };
        QVERIFY(check("breaker/v2v-two-peers-same-space.pathlight.json").out.contains("VNET2VNET_OVERLAP"));
        QVERIFY(check("breaker/v2v-both-directions.pathlight.json").out.contains("VNET2VNET_DUPLICATE"));
        QVERIFY(check("breaker/fw-empty-names.pathlight.json").out.contains("FIREWALL_NAME_EMPTY"));
        QVERIFY(check("breaker/v2v-localprefixes-unrelated.pathlight.json")
                    .out.contains("/connections/0/localAddressPrefixes: unknown key"));
        const Run esp = cli({"trace", regression("breaker/fw-any-protocol.pathlight.json"), "--from",
                             "vm50-spoke1", "--to", "8.8.8.8", "--protocol", "Esp"});
        QVERIFY2(esp.out.contains("PROTOCOL_NOT_CARRIED") && !esp.out.contains("ICMP_UNSUPPORTED"),
                 qPrintable(esp.out));
        const Run chain =
            cli({"trace", regression("breaker/v2v-chain70-bgp.pathlight.json"), "--flow", "f0-63"});
        QVERIFY2(chain.out.contains("HOP_LIMIT") && !chain.out.contains("ROUTING_LOOP"),
                 qPrintable(chain.out));
        // Bidirectional marks never reach a script raw (LRM, RLM, ALM).
        const Run bidi = cli({"trace", regression("hostile/bidi-marks.pathlight.json"), "--json"});
        int scripts = 0;
        for (const auto& flow : QJsonDocument::fromJson(bidi.out.toUtf8()).object()["flows"].toArray())
            for (const auto& fix : flow.toObject()["fixes"].toArray())
                for (const char* key : {"azureCli", "powerShell", "bicep", "terraform"}) {
                    const QString text = fix.toObject()[key].toString();
                    scripts += !text.isEmpty();
                    for (const QChar mark : {QChar(0x200E), QChar(0x200F), QChar(0x061C), QChar(0x202E)})
                        QVERIFY2(!text.contains(mark), qPrintable(text));
                }
        QVERIFY(scripts > 0);
        // Nor the CLI's own text: each shows by its code.
        const Run shown = cli({"check", regression("hostile/bidi-marks.pathlight.json")});
        for (const QChar mark : {QChar(0x200E), QChar(0x200F), QChar(0x061C)})
            QVERIFY2(!shown.out.contains(mark) && !shown.err.contains(mark), qPrintable(shown.out));
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

    // Translated text carries no English the model built and no raw kind names: the words inside
    // sentences (what VirtualNetwork covers, the kind of source) and the kinds of hops and sources
    // are translated like the sentences; a fix's differential shows translated verdicts.
    void translatedTraceHasNoEnglishFragments() {
        QDir dir(QStringLiteral(PATHLIGHT_SOURCE_DIR "/resources/examples"));
        const QStringList raw = {"on-premises prefixes",
                                 "peered VNets",
                                 "UDR prefixes",
                                 "(siteEdge)",
                                 "(vm)",
                                 "(nva)",
                                 "(gateway)",
                                 "(internet)",
                                 "(private)",
                                 "(natGateway)",
                                 "(defaultOutboundAccess)",
                                 "(circuit)",
                                 "(site)",
                                 "(host)"};
        for (const QString& lang : {QString("ja"), QString("zh_TW")})
            for (const QString& f : dir.entryList({"*.pathlight.json"})) {
                const Run r = cli({"trace", dir.filePath(f), "--lang", lang});
                QVERIFY(!r.out.isEmpty());
                for (const QString& word : raw)
                    QVERIFY2(!r.out.contains(word), qPrintable(lang + " " + f + ": " + word));
            }
        QTemporaryDir tmp;
        // The reader's reasons too: a prefix's, a type's (they were English inside the sentence).
        const QString bad = write(tmp, "bad.json",
                                  R"({"format": "pathlight.topology", "version": 1, "title": 5,
                                      "vnets": [{"id": "v", "addressSpace": ["10.2.0.0/99"],
                                                 "subnets": [{"id": "s", "addressPrefix": "10.2.1.7/24"}]}]})");
        for (const QString& lang : {QString("ja"), QString("zh_TW")}) {
            const Run r = cli({"check", bad, "--lang", lang});
            QCOMPARE(r.code, 2);
            for (const char* word : {"prefix length", "host bits", "a string", "did you mean"})
                QVERIFY2(!r.err.contains(word), qPrintable(lang + ": " + r.err));
            QVERIFY(r.err.contains("10.2.1.0/24")); // the suggestion survives translation
        }
        const Run fixed = cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--all", "-o",
                               tmp.filePath("fixed.json"), "--lang", "ja"});
        QCOMPARE(fixed.code, 0);
        QVERIFY2(!fixed.out.contains("delivered") && !fixed.out.contains("rejected"), qPrintable(fixed.out));
        // A fix that is only explained says so.
        const Run explained = cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--apply",
                                   "AZURE_EGRESS_ALTERNATIVE", "-o", tmp.filePath("x.json")});
        QCOMPARE(explained.code, 2);
        QVERIFY2(explained.err.contains("explained, not applied"), qPrintable(explained.err));
    }

    // A name holding "%1".."%9" is printed as it is: every sentence fills its placeholders in one
    // arg() call, so a name can never be taken for the next placeholder (found by a breaker).
    void placeholdersInNamesArePrintedAsTheyAre() {
        const Run r = cli({"trace", regression("hostile/percent-placeholders-in-names.json")});
        QVERIFY2(r.out.contains("flow %1: vm1 → vm2 (Tcp 22)"), qPrintable(r.out));
        QVERIFY2(r.out.contains("NSG nsg%4 Inbound: %4 %5 allow (200) Deny"), qPrintable(r.out));
    }

    // shared/hostile/d1: a number beyond a double's range is an error with its place, exit 2.
    void numberOverflowIsUnusableInput() {
        for (const char* command : {"check", "trace", "format"}) {
            const Run r = cli({command, regression("hostile/d1-number-overflow-min.json")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("line 1, column 1") && r.err.contains("overflow"), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    // shared/hostile/injection-names: the scripts of trace --json run in a shell without running
    // anything the names carry.
    void injectedNamesStayQuoted() {
        const Run r = cli({"trace", regression("hostile/injection-names.pathlight.json"), "--json"});
        QCOMPARE(r.code, 1);
        const auto flows = QJsonDocument::fromJson(r.out.toUtf8()).object()["flows"].toArray();
        QCOMPARE(flows.size(), 1);
        int scripts = 0;
        for (const auto& fix : flows[0].toObject()["fixes"].toArray()) {
            const QString text = fix.toObject()["azureCli"].toString();
            if (text.isEmpty()) continue;
            ++scripts;
            QTemporaryDir dir;
            QProcess bash;
            bash.setWorkingDirectory(dir.path());
            bash.start("bash", {"-c", "az() { printf '%s\\n' \"$@\"; }\n" + text});
            QVERIFY(bash.waitForFinished(10000));
            QCOMPARE(bash.exitCode(), 0);
            QVERIFY2(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty(),
                     qPrintable(text));
            // The names reach az whole, as single arguments.
            const QString args = QString::fromUtf8(bash.readAllStandardOutput());
            QVERIFY2(args.contains("\nvnet-$(touch pwned-vnet-dollar)\n"), qPrintable(args));
            QVERIFY2(args.contains("rg-app;touch pwned-rg-semicolon;#\n"), qPrintable(args));
        }
        QVERIFY(scripts > 0);
        // Azure refuses these names: check says so.
        const Run check = cli({"check", regression("hostile/injection-names.pathlight.json")});
        QVERIFY(check.out.contains("AZURE_NAME_INVALID") &&
                check.out.contains("RESOURCE_GROUP_NAME_INVALID"));
    }

    // Names holding terminal escapes are shown, not obeyed.
    void terminalEscapesAreShownNotObeyed() {
        const QString file = regression("hostile/terminal-escapes.pathlight.json");
        for (const QStringList& args :
             {QStringList{"trace", file}, QStringList{"check", file},
              QStringList{"routes", file, "--nic", "n\u202e1"}, QStringList{"trace", file, "--json"}}) {
            QProcess p;
            p.start(QStringLiteral(PATHLIGHT_BINARY_DIR "/app/pathlight-cli"), args);
            QVERIFY(p.waitForFinished(60000));
            const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
            QVERIFY2(!out.isEmpty(), qPrintable(args.join(' ')));
            QVERIFY2(!out.contains('\x1b') && !out.contains('\x07') && !out.contains("\xc2\x9b") &&
                         !out.contains("\xe2\x80\xae"),
                     qPrintable(args.join(' ') + ": " + QString::fromUtf8(out)));
        }
        const Run text = cli({"trace", file});
        QVERIFY2(text.out.contains(QString::fromUtf8("vm␛]0;owned␇")), qPrintable(text.out));
    }

    // Found by a hostile-input review: an empty reference crashed the tracer; a newline in a
    // name faked a line; a FIFO blocked check and format replaced it; fix printed its report
    // before finding it could not write.
    void hostileReviewRegressions() {
        const Run empty =
            cli({"trace", regression("hostile/empty-subnet-reference.pathlight.json"), "--json"});
        QCOMPARE(empty.code, 2);
        QVERIFY(empty.err.contains("EMPTY_REF"));
        QVERIFY(empty.out.isEmpty());
        const Run newline = cli({"trace", regression("hostile/newline-in-rule-name.pathlight.json")});
        // The name carries "\n  verdict: delivered  (as expected)\n  all good": none of it starts a line.
        for (const QString& line : newline.out.split('\n'))
            QVERIFY2(!line.trimmed().startsWith("all good"), qPrintable(newline.out));
        QVERIFY(newline.out.contains(QString::fromUtf8("␊")));
        QTemporaryDir dir;
        const QString fifo = dir.filePath("pipe.pathlight.json");
        QCOMPARE(QProcess::execute("mkfifo", {fifo}), 0);
        const Run check = cli({"check", fifo});
        QCOMPARE(check.code, 2);
        QVERIFY(check.err.contains("not a regular file"));
        const Run format = cli({"format", example("01-forced-tunneling-kms"), "-o", fifo});
        QCOMPARE(format.code, 2);
        QVERIFY(!QFileInfo(fifo).isFile()); // still the FIFO
        const Run fix = cli({"fix", example("01-forced-tunneling-kms"), "--flow", "f-kms", "--all", "-o",
                             dir.filePath("missing/out.json")});
        QCOMPARE(fix.code, 2);
        QVERIFY2(fix.out.isEmpty(), qPrintable(fix.out));
    }

    // Saving as QSaveFile does: unique temporary, mode kept, symlinks followed, read-only refused.
    void formatSavesSafely() {
        QTemporaryDir dir;
        const QByteArray original = [] {
            QFile f(example("03-appgw-probes-blocked"));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        // A private file stays private.
        const QString secret = write(dir, "secret.pathlight.json", original);
        QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(cli({"format", secret}).code, 0);
        // Owner, group and others (0xF0FF; the "user" bits repeat the owner's for the current user).
        QCOMPARE(int(QFileInfo(secret).permissions() & 0xF0FF),
                 int(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // A symlinked document is written through: the link stays a link.
        const QString target = write(dir, "real.pathlight.json", original);
        const QString link = dir.filePath("link.pathlight.json");
        QVERIFY(QFile::link(target, link));
        QCOMPARE(
            cli({"fix", example("03-appgw-probes-blocked"), "--flow", "f-probe", "--all", "-o", link}).code,
            0);
        QVERIFY(QFileInfo(link).isSymLink());
        QFile real(target);
        QVERIFY(real.open(QIODevice::ReadOnly));
        QVERIFY(real.readAll() != original);
        // The old fixed temporary name is not followed: a planted link there changes nothing.
        const QString victim = write(dir, "victim.txt", "keep me");
        QVERIFY(QFile::link(victim, dir.filePath("out.pathlight.json.saving")));
        QCOMPARE(cli({"format", example("03-appgw-probes-blocked"), "-o", dir.filePath("out.pathlight.json")})
                     .code,
                 0);
        QFile v(victim);
        QVERIFY(v.open(QIODevice::ReadOnly));
        QCOMPARE(v.readAll(), QByteArray("keep me"));
        // Read-only is refused (even for root), and the file is untouched.
        const QString locked = write(dir, "locked.pathlight.json", "{}");
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        const Run refused = cli({"format", example("03-appgw-probes-blocked"), "-o", locked});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains("read-only"), qPrintable(refused.err));
        QFile l(locked);
        QVERIFY(l.open(QIODevice::ReadOnly));
        QCOMPARE(l.readAll(), QByteArray("{}"));
        // No temporary files are left behind.
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!name.contains("saving") || name.endsWith(".saving"), qPrintable(name));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
