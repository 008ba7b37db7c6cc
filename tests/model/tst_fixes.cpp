// The fix advisor: every finding code with a fix turns its flow into `delivered`, edits invert
// exactly, the differential catches harm, and the scripts say what they should.

#ifndef Q_MOC_RUN
#include "../support/script_safety.h"
#include "../support/test_support.h"
#include "advice/fix_advisor.h"
#include "advice/script_quote.h"
#include "analysis/analysis.h"
#include "common/ascii.h"
#include "validation/lints.h"
#endif

#include <QDir>
#include <QFile>
#include <QProcess>

#include <set>

using namespace pathlight;
using namespace pathlight::test;

namespace {

Topology example(const std::string& name) {
    LoadResult r = loadTopologyFromFile(sourceDir() + "/resources/examples/" + name + ".pathlight.json");
    if (!r.ok()) throw std::runtime_error("example does not load");
    return std::move(*r.topology);
}

Trace flow(const Network& n, const std::string& id) {
    return traceFlow(n, FlowSpec::fromFlow(*n.index().flow(id)));
}

// The first applicable fix of the first error finding.
std::optional<Fix> firstFix(const std::vector<std::pair<const Finding*, std::vector<Fix>>>& all,
                            std::string* code = nullptr) {
    for (const auto& [finding, fixes] : all) {
        if (finding->severity != Severity::Error) continue;
        for (const auto& f : fixes)
            if (f.applicable()) {
                if (code) *code = finding->code;
                return f;
            }
    }
    return std::nullopt;
}

// Checks that the flow's first fix delivers it and that applying then inverting is exact.
void checkFixDelivers(Topology t, const std::string& flowId, const char* expectedFix) {
    auto n = network(t);
    const Trace before = flow(*n, flowId);
    QVERIFY2(before.verdict != Verdict::Delivered, flowId.c_str());
    const auto all = fixesForTrace(*n, before);
    std::string findingCode;
    const std::optional<Fix> fix = firstFix(all, &findingCode);
    QVERIFY2(fix, qPrintable(QString::fromStdString(flowId) + ": no fix; " + describe(before)));
    QCOMPARE(fix->code, std::string(expectedFix));
    QCOMPARE(fix->finding, findingCode);
    const FixVerification v = verifyEdit(*n, fix->edit, before);
    QVERIFY2(v.error.empty(), v.error.english().c_str());
    QVERIFY2(v.targetDelivered,
             qPrintable(QString::fromStdString(flowId + " still not delivered after " + fix->code)));
    QCOMPARE(v.brokenCount(), 0);
    // Apply + invert gives back the same file.
    const std::string original = topologyToText(t);
    Topology edited = t;
    QVERIFY(applyEdit(edited, fix->edit).empty());
    QVERIFY(topologyToText(edited) != original);
    QVERIFY(applyEdit(edited, invertEdit(fix->edit)).empty());
    QCOMPARE(topologyToText(edited), original);
    // A fix has its commands: Azure scripts for Azure changes, OS commands for guest steps.
    if (fix->guestStep)
        QVERIFY(!fix->linuxCommand.empty() && !fix->windowsCommand.empty());
    else
        QVERIFY(!fix->azureCli.empty() && !fix->powerShell.empty() && !fix->bicep.empty());
    // The same case with hostile names everywhere: the same fix, and every script of every
    // finding keeps the names inside its literals (issue: command injection in fix scripts).
    QString problems;
    for (const std::string& suffix : hostileSuffixes()) {
        auto hostile = network(hostileCopy(t, suffix));
        const Trace attacked = flow(*hostile, flowId);
        const auto attackedFixes = fixesForTrace(*hostile, attacked);
        const std::optional<Fix> same = firstFix(attackedFixes);
        QVERIFY2(same && same->code == expectedFix, qPrintable(describe(attacked)));
        for (const auto& [finding, fixes] : attackedFixes)
            for (const auto& f : fixes)
                problems += scriptProblems(f);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

Vm& vm(Topology& t, const char* id) {
    for (auto& v : t.vms)
        if (v.id == id) return v;
    throw std::runtime_error("no vm");
}

} // namespace

class TestFixes : public QObject {
    Q_OBJECT
private slots:
    void exampleFlowsAreFixed_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("flowId");
        QTest::addColumn<QString>("fix");
        QTest::newRow("KMS routes") << "01-forced-tunneling-kms"
                                    << "f-kms" << fixcode::kDirectRoutesToInternet;
        QTest::newRow("SUSE routes") << "01-forced-tunneling-kms"
                                     << "f-suse" << fixcode::kDirectRoutesToInternet;
        QTest::newRow("NSG allow") << "02-nsg-does-not-stop-kms"
                                   << "f-kms-1687" << fixcode::kNsgAllowRule;
        QTest::newRow("NSG allow above LKM deny") << "02-nsg-does-not-stop-kms"
                                                  << "f-kms-lkm-denied" << fixcode::kNsgAllowRule;
        QTest::newRow("App Gateway subnet") << "03-appgw-probes-blocked"
                                            << "f-probe" << fixcode::kAllowAppGwSubnet;
        QTest::newRow("guest route") << "04-secondary-nic-no-gateway"
                                     << "f-secondary" << fixcode::kGuestRouteSecondaryNic;
        QTest::newRow("client route") << "06-vpn-bgp-forced-tunnel"
                                      << "f-rdp-in" << fixcode::kClientRouteToInternet;
        QTest::newRow("KMS under VPN") << "06-vpn-bgp-forced-tunnel"
                                       << "f-kms" << fixcode::kDirectRoutesToInternet;
        QTest::newRow("route filter") << "07-arc-microsoft-peering"
                                      << "f-agentserviceapi" << fixcode::kAddRouteFilterCommunity;
    }
    // The field cases' fixes (../shared/field/README.md): NO_ROUTE between two spokes of one hub
    // routes both sides through the hub's gateway (09); asymmetric replies from a secondary NIC get
    // the guest route (14); an NVA without SNAT gets SNAT (15).
    void fieldFlowsAreFixed_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("flowId");
        QTest::addColumn<QString>("fix");
        QTest::newRow("spoke to spoke") << "09-spoke-to-spoke-gateway-transit"
                                        << "f-91-92" << fixcode::kRouteThroughHub;
        QTest::newRow("secondary NIC reply") << "14-secondary-nic-inbound"
                                             << "f-client-nic2" << fixcode::kGuestRouteSecondaryNic;
        QTest::newRow("App Gateway v2 listener reply")
            << "05-appgw-v2-er-default-route"
            << "f-client-agw" << fixcode::kAppGwDefaultRouteInternet;
        QTest::newRow("NVA SNAT") << "15-nva-no-snat-internet"
                                  << "f-pub-web" << fixcode::kEnableNvaSnat;
    }
    void fieldFlowsAreFixed() {
        QFETCH(QString, file);
        QFETCH(QString, flowId);
        QFETCH(QString, fix);
        LoadResult r = loadTopologyFromFile(sourceDir() + "/tests/regressions/field/" + file.toStdString() +
                                            ".pathlight.json");
        QVERIFY(r.ok());
        checkFixDelivers(std::move(*r.topology), flowId.toStdString(), fix.toLatin1().constData());
    }

    // NO_ROUTE's alternative, a direct peering, is explained with its commands for both sides.
    void noRouteOffersADirectPeering() {
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/field/09-spoke-to-spoke-gateway-transit.pathlight.json");
        QVERIFY(r.ok());
        auto n = network(*r.topology);
        const Trace t = flow(*n, "f-91-92");
        const auto all = fixesForTrace(*n, t);
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].second.size(), std::size_t(2));
        const Fix& peering = all[0].second[1];
        QCOMPARE(peering.code, std::string(fixcode::kPeerDirectly));
        QVERIFY(!peering.applicable());
        QVERIFY(peering.azureCli.find("--vnet-name 'vnet-91'") != std::string::npos);
        QVERIFY(peering.azureCli.find("--vnet-name 'vnet-92'") != std::string::npos);
    }

    // A route table or NSG a fix creates is named after its id, and that name must be free in
    // Azure too (names are case-insensitive per resource group): "rt-snet-app" was the name of
    // another table, so the script would have rewritten that one (breaker, 2026-11-30).
    void createdResourcesTakeAFreeAzureName() {
        LoadResult r = loadTopologyFromFile(sourceDir() +
                                            "/tests/regressions/breaker/fix-name-collision.pathlight.json");
        QVERIFY(r.ok());
        auto n = network(*r.topology);
        const Trace t = flow(*n, "f-kms");
        bool created = false;
        for (const auto& [finding, fixes] : fixesForTrace(*n, t))
            for (const Fix& fix : fixes)
                for (const EditStep& step : fix.edit.steps)
                    if (step.kind == EditStep::Kind::AddRouteTable) {
                        created = true;
                        QCOMPARE(step.routeTable.name, std::string("rt-snet-app-2"));
                        QVERIFY(fix.azureCli.find("--name 'rt-snet-app-2'") != std::string::npos);
                        QVERIFY(fix.azureCli.find("--name 'rt-snet-app' ") == std::string::npos);
                    }
        QVERIFY(created);
    }

    void exampleFlowsAreFixed() {
        QFETCH(QString, file);
        QFETCH(QString, flowId);
        QFETCH(QString, fix);
        checkFixDelivers(example(file.toStdString()), flowId.toStdString(), fix.toLatin1().constData());
    }

    void everyFailingExampleFlowHasAFix() {
        QDir dir(QString::fromStdString(sourceDir() + "/resources/examples"));
        for (const auto& f : dir.entryList({"*.pathlight.json"})) {
            auto n = network(example(f.section('.', 0, 0).toStdString()));
            for (const auto& fl : n->topology().flows) {
                const Trace t = flow(*n, fl.id);
                if (t.verdict == Verdict::Delivered) continue;
                QVERIFY2(firstFix(fixesForTrace(*n, t)).has_value(),
                         qPrintable(f + " " + QString::fromStdString(fl.id)));
            }
        }
    }

    // A deny at priority 100 (the rule editor's default) leaves no number above it: the allow takes
    // 100 and the deny moves to 101. With 101 taken too, the fix explains what to do instead.
    void denyAtTheTopPriorityIsStillFixed() {
        Topology t = example("02-nsg-does-not-stop-kms");
        t.nsgs[0].securityRules[0].priority = 100;
        checkFixDelivers(t, "f-kms-1687", fixcode::kNsgMoveDenyRule);
        auto n = network(t);
        const std::optional<Fix> fix = firstFix(fixesForTrace(*n, flow(*n, "f-kms-1687")));
        QVERIFY(fix->azureCli.find("--priority 101") < fix->azureCli.find("--priority 100"));

        SecurityRule next = t.nsgs[0].securityRules[0];
        next.name = "Deny-Other";
        next.priority = 101;
        next.destinationPortRanges = {"9"};
        t.nsgs[0].securityRules.push_back(next);
        auto crowded = network(t);
        const auto all = fixesForTrace(*crowded, flow(*crowded, "f-kms-1687"));
        bool explained = false;
        for (const auto& [finding, fixes] : all)
            for (const auto& f : fixes)
                explained = explained || (f.code == fixcode::kNsgEditRule && !f.applicable());
        QVERIFY(explained);
    }

    // Breaker: a deny below 100 got an allow at priority 0 or 99 (Azure refuses both), and an NSG
    // at Azure's 1,000 rules got a 1,001st. Both are explained alternatives, with no edit.
    void noRuleIsAddedWhereAzureTakesNone() {
        const auto onlyExplained = [&](const Topology& t) {
            auto n = network(t);
            const Trace trace = flow(*n, "f-kms-1687"); // the findings the pairs point into
            bool explained = false, applicable = false;
            for (const auto& [finding, fixes] : fixesForTrace(*n, trace))
                for (const auto& f : fixes) {
                    if (finding->code != finding::kNsgDeny) continue;
                    explained = explained || (f.code == fixcode::kNsgEditRule && !f.applicable());
                    applicable = applicable || f.applicable();
                }
            return explained && !applicable;
        };
        for (const int priority : {0, 99}) {
            Topology t = example("02-nsg-does-not-stop-kms");
            t.nsgs[0].securityRules[0].priority = priority;
            QVERIFY2(onlyExplained(t), qPrintable(QString::number(priority)));
        }
        Topology full = example("02-nsg-does-not-stop-kms");
        for (int i = 0; full.nsgs[0].securityRules.size() < kNsgRuleLimit; ++i) {
            SecurityRule filler = full.nsgs[0].securityRules[0];
            filler.name = "filler-" + std::to_string(i);
            filler.priority = 1000 + i;
            filler.direction = Direction::Inbound;
            full.nsgs[0].securityRules.push_back(filler);
        }
        QVERIFY(onlyExplained(full));
    }

    // The analysis verifies a "move the deny, add an allow" fix against the flows the new allow
    // can match only (the move alone changes no decision), once per distinct edit; the result
    // equals the plain verification that copies the topology and re-traces every dependent flow.
    void movedDenyFixesVerifyAsAFullRecheckDoes() {
        Topology t = example("02-nsg-does-not-stop-kms");
        t.nsgs[0].securityRules[0].priority = 100;
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        Analysis analysis(t, catalog);
        int compared = 0;
        for (const Trace& trace : analysis.traces())
            for (const FindingFixes& list : analysis.fixes(trace.flowId))
                for (const VerifiedFix& v : list.fixes) {
                    if (!v.verification) continue;
                    const FixVerification full =
                        verifyEdit(analysis.network(), v.fix.edit, trace, &analysis.traces());
                    QCOMPARE(v.verification->targetDelivered, full.targetDelivered);
                    QCOMPARE(v.verification->changes.size(), full.changes.size());
                    for (std::size_t k = 0; k < full.changes.size(); ++k) {
                        QCOMPARE(v.verification->changes[k].flow, full.changes[k].flow);
                        QCOMPARE(v.verification->changes[k].verdictAfter, full.changes[k].verdictAfter);
                    }
                    compared += v.fix.code == fixcode::kNsgMoveDenyRule;
                }
        QVERIFY(compared > 0);
    }

    // The quoting itself, with the languages' own rules as oracles.
    void quotingPerLanguage() {
        QCOMPARE(shellQuote("rg-1"), std::string("'rg-1'"));
        QCOMPARE(shellQuote("a'b"), std::string("'a'\\''b'"));
        QCOMPARE(shellQuote("a\x1b[201~\x15"
                            "b\r"),
                 std::string("$'a\\x1B[201~\\x15b\\x0D'"));
        QCOMPARE(shellQuote("it's\n"), std::string("$'it\\x27s\\x0A'"));
        // No quote inside $'...': a POSIX sh without it (dash) reads '$' and one inert literal,
        // never a command (breaker, 2026-12-01: "rga\x01\\';touch PWNED #" ran touch under dash).
        {
            const QString marker = QDir::temp().filePath("pathlight-dash-quote-test");
            QFile::remove(marker);
            const std::string hostile = "rga\x01\\';touch " + marker.toStdString() + " #";
            for (const char* shell : {"/bin/sh", "/bin/bash", "/bin/dash"}) {
                if (!QFile::exists(shell)) continue;
                QProcess p;
                p.start(shell, {"-c", QString::fromStdString("printf %s " + shellQuote(hostile))});
                QVERIFY(p.waitForFinished(5000));
                QVERIFY2(!QFile::exists(marker), shell);
            }
        }
        // Bidirectional controls and marks, byte by byte: the same in every locale (breaker).
        QCOMPARE(shellQuote("vm-\xe2\x80\xaex\xe2\x80\x8f\xd8\x9c"),
                 std::string("$'vm-\\xE2\\x80\\xAEx\\xE2\\x80\\x8F\\xD8\\x9C'"));
        QCOMPARE(powerShellQuote("a\xe2\x80\x8e"), std::string("('a' + [char]0x200E + '')"));
        QCOMPARE(powerShellQuote("a'b\xe2\x80\x99"
                                 "c"),
                 std::string("'a''b\xe2\x80\x99\xe2\x80\x99"
                             "c'"));
        QCOMPARE(powerShellQuote("a\x1b"
                                 "b"),
                 std::string("('a' + [char]0x1B + 'b')"));
        QCOMPARE(bicepString("a'b${c}\\\n\x1b"), std::string("'a\\'b\\${c}\\\\\\n\\u{1B}'"));
        QCOMPARE(commentText("a\nresource x\xe2\x80\xae"), std::string("a resource x "));
        QVERIFY(isValidAzureResourceName("vnet-hub_01.a"));
        QVERIFY(!isValidAzureResourceName("-vnet") && !isValidAzureResourceName("a b") &&
                !isValidAzureResourceName("a.") && !isValidAzureResourceName(std::string(81, 'a')));
        QVERIFY(isValidResourceGroupName("rg(prod)-\xe6\x9d\xb1\xe4\xba\xac"));
        QVERIFY(!isValidResourceGroupName("rg.") && !isValidResourceGroupName("rg;x") &&
                !isValidResourceGroupName("rg\xe2\x80\x99"));
    }

    void variantsAreFixed() {
        Topology loop = example("05-route-server-nva-forced-tunnel");
        for (auto& v : loop.vnets)
            for (auto& s : v.subnets)
                s.routeTable.clear();
        loop.routeTables.clear();
        checkFixDelivers(loop, "f-internet", fixcode::kNvaSubnetDefaultRoute);

        Topology azure = example("05-route-server-nva-forced-tunnel");
        vm(azure, "vm-nva100").nics[0].enableIPForwarding = false;
        checkFixDelivers(azure, "f-internet", fixcode::kEnableNicIpForwarding);

        Topology guest = example("05-route-server-nva-forced-tunnel");
        vm(guest, "vm-nva100").nva->osIpForwarding = false;
        checkFixDelivers(guest, "f-internet", fixcode::kEnableOsIpForwarding);

        Topology noSnat = example("05-route-server-nva-forced-tunnel");
        vm(noSnat, "vm-nva100").nva->snat.reset();
        checkFixDelivers(noSnat, "f-internet", fixcode::kEnableNvaSnat);

        Topology privateSubnet = example("02-nsg-does-not-stop-kms");
        privateSubnet.vnets[0].subnets[0].defaultOutboundAccess = false;
        checkFixDelivers(privateSubnet, "f-kms-1688", fixcode::kEnableDefaultOutbound);
        // field/13: what Microsoft recommends comes first (a NAT gateway, explained with its
        // commands: Azure allocates its address), default outbound access second.
        auto n = network(privateSubnet);
        const Trace t = flow(*n, "f-kms-1688");
        bool seen = false;
        for (const auto& [finding, fixes] : fixesForTrace(*n, t))
            if (finding->code == finding::kNoEgress) {
                seen = true;
                QVERIFY(fixes.size() >= 2);
                QCOMPARE(fixes[0].code, std::string(fixcode::kAddNatGateway));
                QVERIFY(!fixes[0].applicable() &&
                        fixes[0].azureCli.find("nat gateway create") != std::string::npos);
                QCOMPARE(fixes[1].code, std::string(fixcode::kEnableDefaultOutbound));
            }
        QVERIFY(seen);
    }

    void pathlightOwnFindingsAreFixed() {
        // An NVA in the hub forwards traffic from another spoke into a peered VNet whose peering
        // refuses forwarded traffic (the source is outside the hub: azure-facts-2 §17.2).
        Topology hub = load(R"(
  "vnets": [{"id": "hub", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "fw-subnet", "addressPrefix": "10.0.1.0/24"}]},
            {"id": "branch", "addressSpace": ["10.2.0.0/16"], "subnets": [{"id": "app", "addressPrefix": "10.2.2.0/24", "routeTable": "rt"}]},
            {"id": "spoke", "addressSpace": ["10.1.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.1.1.0/24", "routeTable": "rt2"}]}],
  "peerings": [{"id": "p", "vnets": ["hub", "spoke"]}, {"id": "p2", "vnets": ["hub", "branch"], "allowForwardedTraffic": true}],
  "routeTables": [{"id": "rt", "routes": [{"name": "via-fw", "addressPrefix": "10.1.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4"}]},
                  {"id": "rt2", "routes": [{"name": "back-via-fw", "addressPrefix": "10.2.0.0/16", "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.0.1.4"}]}],
  "vms": [{"id": "fw", "nics": [{"id": "fw-nic", "subnet": "fw-subnet", "enableIPForwarding": true, "ipConfigurations": [{"privateIp": "10.0.1.4"}]}], "nva": {"osIpForwarding": true}},
          {"id": "client", "nics": [{"id": "c", "subnet": "app", "ipConfigurations": [{"privateIp": "10.2.2.4"}]}]},
          {"id": "server", "nics": [{"id": "srv", "subnet": "s", "ipConfigurations": [{"privateIp": "10.1.1.4"}]}]}],
  "flows": [{"id": "through-fw", "source": "client", "destination": "server", "port": 443}])");
        checkFixDelivers(hub, "through-fw", fixcode::kAllowForwardedTraffic);

        Topology open = load(R"(
  "vnets": [{"id": "v", "region": "eastus", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.1.0/24"}]}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4", "publicIp": "20.1.2.3"}]}]}],
  "flows": [{"id": "ssh", "source": "198.51.100.7", "destination": "20.1.2.3", "port": 22}])");
        checkFixDelivers(open, "ssh", fixcode::kNicNsgForPublicIp);
    }

    // Minimal and specific: KMS gets exactly three /32 routes with Microsoft's names, in a new
    // route table associated with the VM's subnet; the rest of the Internet path is unchanged.
    void kmsFixIsMinimal() {
        auto n = network(example("01-forced-tunneling-kms"));
        const Trace t = flow(*n, "f-kms");
        const std::optional<Fix> fix = firstFix(fixesForTrace(*n, t));
        QVERIFY(fix);
        QCOMPARE(fix->edit.steps.size(), std::size_t(2));
        const RouteTable& rt = fix->edit.steps[0].routeTable;
        QCOMPARE(rt.routes.size(), std::size_t(3));
        std::set<std::string> names;
        for (const auto& r : rt.routes) {
            QCOMPARE(r.addressPrefix.length(), 32);
            QCOMPARE(r.nextHopType, NextHopType::Internet);
            names.insert(r.name);
        }
        QVERIFY((names ==
                 std::set<std::string>{"DirectRouteToKMS", "DirectRouteToAZKMS01", "DirectRouteToAZKMS02"}));
        const FixVerification v = verifyEdit(*n, fix->edit, t);
        // Only the two KMS flows change; web browsing still leaves through on-premises.
        QCOMPARE(v.changes.size(), std::size_t(2));
        for (const auto& c : v.changes)
            QVERIFY(c.flow == "f-kms" || c.flow == "f-kms-legacy");

        // The scripts, as an administrator would run them (no resourceGroup in the file: a placeholder).
        QCOMPARE(
            fix->azureCli,
            std::string("az network route-table create --resource-group '<resource-group>' --name "
                        "'rt-snet-app' --location 'japaneast'\n"
                        "az network route-table route create --resource-group '<resource-group>' "
                        "--route-table-name 'rt-snet-app' --name 'DirectRouteToAZKMS01' --address-prefix "
                        "20.118.99.224/32 --next-hop-type Internet\n"
                        "az network route-table route create --resource-group '<resource-group>' "
                        "--route-table-name 'rt-snet-app' --name 'DirectRouteToAZKMS02' --address-prefix "
                        "40.83.235.53/32 --next-hop-type Internet\n"
                        "az network route-table route create --resource-group '<resource-group>' "
                        "--route-table-name 'rt-snet-app' --name 'DirectRouteToKMS' --address-prefix "
                        "23.102.135.246/32 --next-hop-type Internet\n"
                        "az network vnet subnet update --resource-group '<resource-group>' --vnet-name "
                        "'vnet-app' --name 'snet-app' --route-table 'rt-snet-app'\n"));
        QVERIFY(fix->powerShell.find("New-AzRouteTable -ResourceGroupName '<resource-group>' -Name "
                                     "'rt-snet-app' -Location 'japaneast'") != std::string::npos);
        QVERIFY(fix->powerShell.find("Add-AzRouteConfig -RouteTable $rt -Name 'DirectRouteToKMS' "
                                     "-AddressPrefix '23.102.135.246/32' -NextHopType Internet") !=
                std::string::npos);
        // The subnet's route table is set on the subnet as it is: Set-AzVirtualNetworkSubnetConfig
        // would reset its NSG and everything else it is not given (found by a breaker).
        QVERIFY(fix->powerShell.find("$subnet = Get-AzVirtualNetworkSubnetConfig -VirtualNetwork $vnet -Name "
                                     "'snet-app'\n$subnet.RouteTable = $rt\n$vnet | Set-AzVirtualNetwork") !=
                std::string::npos);
        QVERIFY(fix->powerShell.find("Set-AzVirtualNetworkSubnetConfig") == std::string::npos);
        QVERIFY(fix->powerShell.find("AzureRm") == std::string::npos); // the current Az module
        QVERIFY(fix->bicep.find("resource rt 'Microsoft.Network/routeTables@2023-09-01'") !=
                std::string::npos);
        QVERIFY(fix->bicep.find("nextHopType: 'Internet'") != std::string::npos);
    }

    // An existing route table is reused, names and existing routes do not collide, and the
    // file's resourceGroup is used.
    void reusesRouteTableAndAvoidsCollisions() {
        Topology t = example("01-forced-tunneling-kms");
        t.keys["resourceGroup"] = "rg-lab";
        RouteTable rt;
        rt.id = "rt-app";
        rt.name = "rt-app";
        Route taken;
        taken.name = "DirectRouteToKMS";
        taken.addressPrefix = *Ipv4Prefix::parse("10.99.0.0/16");
        taken.nextHopType = NextHopType::None;
        Route already;
        already.name = "kms1";
        already.addressPrefix = *Ipv4Prefix::parse("40.83.235.53/32");
        already.nextHopType = NextHopType::Internet;
        rt.routes = {taken, already};
        t.routeTables.push_back(rt);
        t.vnets[0].subnets[1].routeTable = "rt-app";
        auto n = network(t);
        const std::optional<Fix> fix = firstFix(fixesForTrace(*n, flow(*n, "f-kms")));
        QVERIFY(fix);
        QCOMPARE(fix->edit.steps.size(), std::size_t(2)); // two routes added, the third exists
        for (const auto& s : fix->edit.steps) {
            QCOMPARE(s.kind, EditStep::Kind::AddRoute);
            QCOMPARE(s.target, std::string("rt-app"));
            QVERIFY(s.route.name != "DirectRouteToKMS");
        }
        QVERIFY(fix->azureCli.find("--resource-group 'rg-lab' --route-table-name 'rt-app'") !=
                std::string::npos);
        QVERIFY(fix->azureCli.find("route-table create") == std::string::npos);
        QVERIFY(fix->bicep.find("'Microsoft.Network/routeTables/routes@2023-09-01'") != std::string::npos);
    }

    void nsgFixScripts() {
        auto n = network(example("02-nsg-does-not-stop-kms"));
        const std::optional<Fix> fix = firstFix(fixesForTrace(*n, flow(*n, "f-kms-1687")));
        QVERIFY(fix);
        QCOMPARE(fix->edit.steps[0].rule.priority, 199); // just above the denying rule at 200
        QCOMPARE(fix->azureCli, std::string("az network nsg rule create --resource-group '<resource-group>' "
                                            "--nsg-name 'nsg-deny-internet' --name 'Allow-Tcp-1687' "
                                            "--priority 199 --direction Outbound --access Allow --protocol "
                                            "'Tcp' --source-address-prefixes '10.2.1.4/32' "
                                            "--source-port-ranges '*' --destination-address-prefixes "
                                            "'20.118.99.224/32' --destination-port-ranges '1687'\n"));
        QVERIFY(fix->powerShell.find("Add-AzNetworkSecurityRuleConfig -NetworkSecurityGroup $nsg -Name "
                                     "'Allow-Tcp-1687' -Priority 199") != std::string::npos);
        QVERIFY(fix->bicep.find("name: 'nsg-deny-internet/Allow-Tcp-1687'") != std::string::npos);
    }

    void otherScripts() {
        Topology azure = example("05-route-server-nva-forced-tunnel");
        vm(azure, "vm-nva100").nics[0].enableIPForwarding = false;
        auto n = network(azure);
        const std::optional<Fix> fwd = firstFix(fixesForTrace(*n, flow(*n, "f-internet")));
        QVERIFY(fwd);
        QCOMPARE(fwd->azureCli,
                 std::string("az network nic update --resource-group '<resource-group>' --name "
                             "'nic-nva100' --ip-forwarding true\n"));
        QVERIFY(fwd->powerShell.find("$nic.EnableIPForwarding = $true") != std::string::npos);

        auto arc = network(example("07-arc-microsoft-peering"));
        const std::optional<Fix> filter = firstFix(fixesForTrace(*arc, flow(*arc, "f-agentserviceapi")));
        QVERIFY(filter);
        QVERIFY(filter->azureCli.find("az network route-filter rule update") != std::string::npos);
        QVERIFY(filter->azureCli.find("--add communities") != std::string::npos);
        QVERIFY(filter->azureCli.find("--add communities '12076:51004'") != std::string::npos);
        const auto all = fixesForTrace(*arc, flow(*arc, "f-agentserviceapi"));
        bool alternative = false;
        for (const auto& [f, fixes] : all)
            for (const auto& x : fixes)
                alternative = alternative || (x.code == fixcode::kProxyOrPrivateEndpoint && !x.applicable());
        QVERIFY(alternative);

        auto multi = network(example("04-secondary-nic-no-gateway"));
        const std::optional<Fix> guest = firstFix(fixesForTrace(*multi, flow(*multi, "f-secondary")));
        QVERIFY(guest && guest->guestStep);
        QVERIFY(guest->linuxCommand.find("ip rule add from 10.4.1.5/32 table 200") != std::string::npos);
        QVERIFY(guest->windowsCommand.find("-NextHop 10.4.1.1") != std::string::npos);
        QVERIFY(guest->azureCli.empty());
    }

    // Terraform beside the other scripts: HCL's quoting, labels that are identifiers, and text laid
    // out as terraform fmt leaves it, for every fix of every example and regression file.
    void terraformScripts() {
        QCOMPARE(hclString("a\"b\\c${x}%{y}$z%d\n\r\t\x1b\xe2\x80\xae"),
                 std::string("\"a\\\"b\\\\c$${x}%%{y}$z%d\\n\\r\\t\\u001B\\u202E\""));
        QCOMPARE(hclString("$${"), std::string("\"$$${\""));
        QCOMPARE(terraformLabel("rt-snet.app", "route_table"), std::string("rt_snet_app"));
        QCOMPARE(terraformLabel("$(touch x)", "route"), std::string("route"));
        QCOMPARE(terraformLabel("1st", "route"), std::string("route"));
        QCOMPARE(terraformLabel(std::string(65, 'a'), "route"), std::string("route"));
        QVERIFY(isTerraformIdentifier("_a-1") && !isTerraformIdentifier("a b") && !isTerraformIdentifier(""));

        // The layout check finds what terraform fmt would change.
        const std::string good = "# c\nresource \"azurerm_route\" \"r\" {\n  name           = \"x\"\n"
                                 "  address_prefix = \"y\"\n  rule {\n    a = 1\n  }\n}\n\nx = 1\n";
        QVERIFY2(terraformFormatProblems(good).isEmpty(), qPrintable(terraformFormatProblems(good)));
        for (const std::string& bad :
             {std::string(
                  "resource \"azurerm_route\" \"r\" {\n  name = \"x\"\n  address_prefix = \"y\"\n}\n"),
              std::string("resource \"azurerm_route\" \"r\" {\n  name  = \"x\"\n}\n"),
              std::string("resource \"azurerm_route\" \"r\" {\n    name = \"x\"\n}\n"),
              std::string("resource \"azurerm_route\" \"a b\" {\n  name = \"x\"\n}\n"),
              std::string("resource \"azurerm_route\" \"r\" {\n  name = \"x\"\n}\nx = 1\n"),
              std::string("resource \"azurerm_route\" \"r\" {\n  name = \"x\"\n"),
              std::string("resource \"azurerm_route\" \"r\" {\n  name = \"x\" \n}\n"),
              std::string("x = 1\n\n\ny = 2\n")})
            QVERIFY2(!terraformFormatProblems(bad).isEmpty(), bad.c_str());
        QCOMPARE(detail::outsideHclLiterals("a = \"${x}\"\n"), std::string("a = <INTERPOLATION>"));
        QCOMPARE(detail::outsideHclLiterals("a = \"$${pwned}\" # pwned\n"), std::string("a =   \n"));

        // The KMS fix: a route table, its routes and the association, by reference.
        auto kms = network(example("01-forced-tunneling-kms"));
        const std::optional<Fix> routes = firstFix(fixesForTrace(*kms, flow(*kms, "f-kms")));
        QVERIFY(routes);
        for (const char* expected :
             {"resource \"azurerm_route_table\" \"rt_snet_app\" {\n  name                = \"rt-snet-app\"\n",
              "  route_table_name    = azurerm_route_table.rt_snet_app.name\n",
              "resource \"azurerm_route\" \"DirectRouteToKMS\" {",
              "  address_prefix      = \"23.102.135.246/32\"\n  next_hop_type       = \"Internet\"\n",
              "data \"azurerm_subnet\" \"snet_app\" {",
              "  subnet_id      = data.azurerm_subnet.snet_app.id\n"
              "  route_table_id = azurerm_route_table.rt_snet_app.id\n"})
            QVERIFY2(routes->terraform.find(expected) != std::string::npos, routes->terraform.c_str());

        // Every fix of every file: Terraform wherever Bicep is, laid out as terraform fmt does.
        QString problems;
        std::set<std::string> codes;
        std::vector<std::string> files;
        for (const char* folder :
             {"/resources/examples", "/tests/regressions/field", "/tests/regressions/v2",
              "/tests/regressions/fixes", "/tests/regressions/breaker", "/tests/regressions/hostile"})
            for (const QString& name : QDir(QString::fromStdString(sourceDir() + folder))
                                           .entryList({"*.pathlight.json"}, QDir::Files))
                files.push_back(sourceDir() + folder + "/" + name.toStdString());
        for (const std::string& file : files) {
            LoadResult r = loadTopologyFromFile(file);
            if (!r.ok()) continue; // refused on purpose (tests/regressions/hostile)
            auto n = network(std::move(*r.topology));
            for (const Trace& t : traceUsableFlows(*n))
                for (const auto& [finding, fixes] : fixesForTrace(*n, t))
                    for (const Fix& fix : fixes) {
                        if (fix.terraform.empty()) continue;
                        codes.insert(fix.code);
                        if (const QString p = terraformFormatProblems(fix.terraform); !p.isEmpty())
                            problems += QString::fromStdString(file + " " + fix.code + ":\n") + p;
                        // Names stay inside strings: outside them only what Pathlight writes.
                        const std::string outside = detail::outsideHclLiterals(fix.terraform);
                        if (const std::string stray = detail::strayHclCode(outside); !stray.empty())
                            problems += QString::fromStdString(file + " " + fix.code + ": " + stray + "\n");
                    }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        // Route tables, NSG rules, NIC and subnet settings, NAT gateways, peerings, firewall rules.
        for (const char* code :
             {fixcode::kDirectRoutesToInternet, fixcode::kNsgAllowRule, fixcode::kEnableNicIpForwarding,
              fixcode::kAddNatGateway, fixcode::kEnableDefaultOutbound, fixcode::kRouteThroughHub,
              fixcode::kPeerDirectly, fixcode::kFirewallAllowRule})
            QVERIFY2(codes.count(code), code);
    }

    // The differential catches a deliberately harmful edit.
    void harmfulEditIsReported() {
        Topology t = example("01-forced-tunneling-kms");
        auto n = network(t);
        Edit harmful;
        EditStep table;
        table.kind = EditStep::Kind::AddRouteTable;
        table.routeTable.id = "rt-blackhole";
        Route drop;
        drop.name = "drop-everything";
        drop.addressPrefix = Ipv4Prefix();
        drop.nextHopType = NextHopType::None;
        table.routeTable.routes = {drop};
        harmful.steps.push_back(table);
        EditStep assoc;
        assoc.kind = EditStep::Kind::SetSubnetRouteTable;
        assoc.target = "snet-app";
        assoc.text = "rt-blackhole";
        harmful.steps.push_back(assoc);
        const FixVerification v = verifyEdit(*n, harmful, flow(*n, "f-kms"));
        QVERIFY(!v.targetDelivered);
        QVERIFY(v.brokenCount() >= 1);
        bool webBroken = false;
        for (const auto& c : v.changes)
            webBroken = webBroken || (c.flow == "f-web" && c.broken());
        QVERIFY(webBroken);
        QVERIFY(!v.safe());
    }

    void editsFailAtomically() {
        Topology t = example("01-forced-tunneling-kms");
        const std::string before = topologyToText(t);
        Edit edit;
        EditStep ok;
        ok.kind = EditStep::Kind::SetSubnetDefaultOutbound;
        ok.target = "snet-app";
        ok.flag = false;
        EditStep bad;
        bad.kind = EditStep::Kind::AddRoute;
        bad.target = "no-such-table";
        bad.index = 0;
        edit.steps = {ok, bad};
        QVERIFY(!applyEdit(t, edit).empty());
        QCOMPARE(topologyToText(t), before);
    }

    // A fix that sets what is already set changes nothing and is not offered (breaker, session 8).
    void editThatChangesNothingIsRecognised() {
        Topology t = example("01-forced-tunneling-kms");
        const std::string before = topologyToText(t);
        EditStep same;
        same.kind = EditStep::Kind::SetSubnetDefaultOutbound;
        same.target = "snet-app"; // default outbound access on, as Azure's default
        same.flag = true;
        same.previousFlag = true;
        QVERIFY(editChangesNothing(Edit{{same}}));
        QVERIFY(applyEdit(t, Edit{{same}}).empty());
        QCOMPARE(topologyToText(t), before); // what "changes nothing" promises
        EditStep absent = same;
        absent.previousFlag.reset(); // the key was absent: setting it writes the file
        QVERIFY(!editChangesNothing(Edit{{absent}}));
        EditStep snat;
        snat.kind = EditStep::Kind::SetNvaSnat;
        snat.flag = true;
        snat.previousFlag = true;
        snat.setsExclusions = true;
        snat.prefixes = snat.previousPrefixes = {Ipv4Prefix(Ipv4Address(10, 0, 0, 0), 8)};
        QVERIFY(editChangesNothing(Edit{{snat}}));
        snat.previousPrefixes.clear();
        QVERIFY(!editChangesNothing(Edit{{same, snat}}));
        EditStep route;
        route.kind = EditStep::Kind::AddRoute;
        QVERIFY(!editChangesNothing(Edit{{route}}));
    }

    // Names a fix creates never equal an existing one but for case (Azure compares names without
    // case: "Allow-Tcp-1687" would overwrite "allow-tcp-1687").
    void createdNamesDifferBeyondCase() {
        for (const char* file : {"rule-name-case", "route-name-case"}) {
            LoadResult r =
                loadTopologyFromFile(sourceDir() + "/tests/regressions/breaker/" + file + ".pathlight.json");
            QVERIFY(r.ok());
            auto n = network(*r.topology);
            int checked = 0;
            for (const auto& f : r.topology->flows) {
                const Trace t = traceFlow(*n, FlowSpec::fromFlow(f));
                for (const auto& [finding, fixes] : fixesForTrace(*n, t))
                    for (const auto& fix : fixes)
                        for (const auto& step : fix.edit.steps) {
                            std::vector<std::string> existing;
                            std::string name;
                            if (step.kind == EditStep::Kind::AddSecurityRule) {
                                for (const auto& rule : n->index().nsg(step.target)->securityRules)
                                    existing.push_back(rule.name);
                                name = step.rule.name;
                            } else if (step.kind == EditStep::Kind::AddRoute) {
                                for (const auto& route : n->index().routeTable(step.target)->routes)
                                    existing.push_back(route.name);
                                name = step.route.name;
                            } else {
                                continue;
                            }
                            ++checked;
                            for (const auto& e : existing)
                                QVERIFY2(asciiLower(e) != asciiLower(name),
                                         (std::string(file) + ": " + name).c_str());
                        }
            }
            QVERIFY2(checked > 0, file);
        }
    }

    // Forced tunnelling drawn from scratch (newcomer): a subnet's 0.0.0.0/0 goes to a VPN gateway
    // that has no default site, so NO_ROUTE at the gateway. Each connected site is offered as the
    // default site, the one with an Internet edge first; applied, the flow leaves through that
    // site's edge; undone (the editor's path, Analysis::apply), the file is byte for byte the same.
    void forcedTunnelGetsADefaultSite() {
        const std::string file =
            sourceDir() + "/tests/regressions/fixes/forced-tunnel-no-default-site.pathlight.json";
        LoadResult r = loadTopologyFromFile(file);
        QVERIFY(r.ok());
        checkFixDelivers(*r.topology, "f-internet", fixcode::kSetGatewayDefaultSite);

        auto n = network(*r.topology);
        const Trace before = flow(*n, "f-internet");
        QCOMPARE(before.verdict, Verdict::NoRoute);
        std::vector<Fix> offered;
        for (const auto& [finding, fixes] : fixesForTrace(*n, before))
            if (finding->code == finding::kNoRoute && finding->object == "gw-vpn") offered = fixes;
        QCOMPARE(offered.size(), std::size_t(2));
        const char* sites[] = {"site-hq", "site-branch"}; // the Internet edge first, then file order
        for (std::size_t i = 0; i < offered.size(); ++i) {
            const Fix& fix = offered[i];
            QCOMPARE(fix.code, std::string(fixcode::kSetGatewayDefaultSite));
            QVERIFY(fix.applicable());
            QCOMPARE(fix.edit.steps.size(), std::size_t(1));
            QCOMPARE(fix.edit.steps[0].kind, EditStep::Kind::SetGatewayDefaultSite);
            QCOMPARE(fix.edit.steps[0].target, std::string("gw-vpn"));
            QCOMPARE(fix.edit.steps[0].text, std::string(sites[i]));
            QVERIFY(fix.edit.steps[0].previousText.empty());
        }
        const Fix& best = offered[0];
        QVERIFY(best.azureCli.find("az network vnet-gateway update --resource-group 'rg-tunnel' --name "
                                   "'vpngw-app' --gateway-default-site \"$site_id\"") != std::string::npos);
        QVERIFY(best.azureCli.find("--name 'lng-hq'") != std::string::npos);
        QVERIFY(best.powerShell.find("Set-AzVirtualNetworkGatewayDefaultSite -VirtualNetworkGateway $gateway "
                                     "-GatewayDefaultSite $site") != std::string::npos);
        QVERIFY(best.bicep.find("gatewayDefaultSite") != std::string::npos);
        QVERIFY(best.terraform.find("default_local_network_gateway_id = "
                                    "data.azurerm_local_network_gateway.lng_hq.id") != std::string::npos);
        QVERIFY(scriptProblems(best).isEmpty());
        // The branch has no Internet access: offered, but verified not to deliver.
        QVERIFY(!verifyEdit(*n, offered[1].edit, before).targetDelivered);

        // Applied as the editor does, the flow goes through the site's edge; undone, nothing is left.
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        Analysis analysis(*r.topology, catalog);
        const std::string original = topologyToText(analysis.topology());
        QVERIFY(analysis.apply(best.edit).empty());
        QCOMPARE(analysis.topology().gateways[0].defaultSite, std::string("site-hq"));
        const Trace* after = analysis.trace("f-internet");
        QVERIFY(after);
        QCOMPARE(after->verdict, Verdict::Delivered);
        QVERIFY2(after->hops.size() >= 3 && after->hops[2].node == "site-hq", qPrintable(describe(*after)));
        QCOMPARE(after->hops[1].route->source, std::string("DefaultSite"));
        QCOMPARE(after->apparentSource->toString(), std::string("198.51.100.20"));
        QCOMPARE(analysis.trace("f-hq")->verdict, Verdict::Delivered); // the site's own prefix still wins
        // Retraced incrementally (only what depends on the gateway), as a fresh network traces it.
        auto fresh = network(analysis.topology());
        for (const Trace& kept : analysis.traces()) {
            const Trace again = flow(*fresh, kept.flowId);
            QCOMPARE(kept.verdict, again.verdict);
            QCOMPARE(kept.hops.size(), again.hops.size());
        }
        QVERIFY(analysis.apply(invertEdit(best.edit)).empty());
        QCOMPARE(topologyToText(analysis.topology()), original);
        QCOMPARE(analysis.trace("f-internet")->verdict, Verdict::NoRoute);
        // A step naming no site is refused whole.
        Edit wrong = best.edit;
        wrong.steps[0].text = "no-such-site";
        Topology untouched = *r.topology;
        QVERIFY(!applyEdit(untouched, wrong).empty());
        QCOMPARE(topologyToText(untouched), topologyToText(*r.topology));
    }

    // Without a site connected to the gateway there is none to choose: an explained alternative
    // (connect one, or learn 0.0.0.0/0 over BGP), no edit. A gateway that learned a route for the
    // address, or already has a default site, gets no such fix.
    void noConnectedSiteIsExplained() {
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/fixes/forced-tunnel-no-default-site.pathlight.json");
        QVERIFY(r.ok());
        Topology alone = *r.topology;
        alone.connections.clear();
        auto n = network(alone);
        const Trace t = flow(*n, "f-internet");
        bool explained = false;
        for (const auto& [finding, fixes] : fixesForTrace(*n, t))
            for (const auto& fix : fixes) {
                QVERIFY(fix.code != fixcode::kSetGatewayDefaultSite);
                if (fix.code == fixcode::kDefaultSiteAlternative) {
                    explained = true;
                    QCOMPARE(finding->code, std::string(finding::kNoRoute));
                    QVERIFY(!fix.applicable());
                }
            }
        QVERIFY(explained);

        Topology learned = *r.topology; // the head office announces 0.0.0.0/0 as a static prefix
        learned.sites[1].addressSpace.push_back(*Ipv4Prefix::parse("0.0.0.0/0"));
        auto m = network(learned);
        for (const auto& [finding, fixes] : fixesForTrace(*m, flow(*m, "f-internet")))
            for (const auto& fix : fixes)
                QVERIFY(fix.code != fixcode::kSetGatewayDefaultSite);
    }

    // A route fix never adds a second route for a prefix the table already routes (breaker):
    // every applicable fix of these files leaves a file without lint errors.
    void routeFixesNeverDuplicateAPrefix() {
        for (const char* file : {"kms-prefix-exists", "hub-prefix-exists", "nva-self-route"}) {
            LoadResult r =
                loadTopologyFromFile(sourceDir() + "/tests/regressions/fixes/" + file + ".pathlight.json");
            QVERIFY(r.ok());
            auto n = network(*r.topology);
            for (const auto& f : r.topology->flows) {
                const Trace t = traceFlow(*n, FlowSpec::fromFlow(f));
                for (const auto& [finding, fixes] : fixesForTrace(*n, t))
                    for (const auto& fix : fixes) {
                        if (!fix.applicable()) continue;
                        Topology fixed = *r.topology;
                        QVERIFY(applyEdit(fixed, fix.edit).empty());
                        for (const auto& d : lintTopology(fixed, EndpointCatalog::builtIn()))
                            QVERIFY2(d.code != "ROUTE_PREFIX_DUPLICATE",
                                     (std::string(file) + " " + f.id + " " + fix.code).c_str());
                    }
            }
        }
    }

    // The NVA is the destination: no "reply route through the NVA" on its own subnet, which would
    // point the NVA at itself.
    void noReplyRouteThroughTheNvaItself() {
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/tests/regressions/breaker/reply-crosses-stateful-nva-only.pathlight.json");
        QVERIFY(r.ok());
        for (const char* source : {"vm1", "vm2"}) {
            Flow toNva;
            toNva.id = std::string("to-nva-from-") + source;
            toNva.source = source;
            toNva.destination = "nva";
            toNva.port = 443;
            r.topology->flows.push_back(toNva);
        }
        auto n = network(*r.topology);
        for (const auto& f : r.topology->flows) {
            const Trace t = traceFlow(*n, FlowSpec::fromFlow(f));
            for (const auto& [finding, fixes] : fixesForTrace(*n, t))
                for (const auto& fix : fixes) {
                    QVERIFY2(!editChangesNothing(fix.edit) || !fix.applicable(), fix.code.c_str());
                    for (const auto& step : fix.edit.steps)
                        if (step.kind == EditStep::Kind::AddRoute && step.route.nextHopIpAddress)
                            QVERIFY2(t.hops.back().node != finding->object, fix.code.c_str());
                }
        }
    }
};

QTEST_APPLESS_MAIN(TestFixes)
#include "tst_fixes.moc"
