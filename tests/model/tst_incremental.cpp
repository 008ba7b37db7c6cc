// The incremental path against a full rebuild, after random edits of every kind a fix makes
// (property test, many seeds): the network rebuilt for the edit's scope traces every flow exactly
// as a network built from scratch, and fix verification, which re-traces only the flows whose
// dependencies the edit touches, reports exactly the changes a full re-trace finds.

#ifndef Q_MOC_RUN
#include "../bench/hub_spoke.h"
#include "../support/test_support.h"
#include "advice/fix_advisor.h"
#include "analysis/analysis.h"
#include "edit/topology_patch.h"
#include "io/topology_io.h"
#include "report/trace_json.h"
#endif

#include <QDir>

#include <map>
#include <random>
#include <set>

using namespace pathlight;
using namespace pathlight::test;

namespace {

// Seeds depend on the file's path inside the source tree, never on where the tree is checked out
// (a clean clone elsewhere must draw the same random edits).
unsigned pathSeed(const std::string& file) {
    return unsigned(file.size() - sourceDir().size());
}

std::vector<std::string> files() {
    std::vector<std::string> out;
    for (const char* folder : {"/resources/examples", "/tests/regressions/field"}) {
        QDir dir(QString::fromStdString(sourceDir() + folder));
        for (const auto& f : dir.entryList({"*.pathlight.json"}))
            out.push_back(dir.filePath(f).toStdString());
    }
    return out;
}

// Addresses worth routing somewhere: the file's own prefixes and VM addresses, the Internet.
std::vector<Ipv4Prefix> interestingPrefixes(const Topology& t) {
    std::vector<Ipv4Prefix> out = {Ipv4Prefix(), *Ipv4Prefix::parse("8.8.8.0/24"),
                                   *Ipv4Prefix::parse("20.118.99.224/32"), *Ipv4Prefix::parse("10.0.0.0/8")};
    for (const auto& v : t.vnets) {
        out.insert(out.end(), v.addressSpace.begin(), v.addressSpace.end());
        for (const auto& s : v.subnets)
            out.push_back(s.addressPrefix);
    }
    for (const auto& s : t.sites)
        out.insert(out.end(), s.addressSpace.begin(), s.addressSpace.end());
    for (const auto& vm : t.vms)
        for (const auto& n : vm.nics)
            for (const auto& c : n.ipConfigurations)
                out.push_back(Ipv4Prefix::hostRoute(c.privateIp));
    return out;
}

// One random edit of a kind fixes make, valid for t (or empty when t has nothing to edit).
Edit randomEdit(const Topology& t, std::mt19937& rng) {
    using K = EditStep::Kind;
    auto pick = [&](std::size_t n) { return std::size_t(rng() % n); };
    const auto prefixes = interestingPrefixes(t);
    std::vector<const Nic*> nics;
    std::vector<const Vm*> nvas;
    for (const auto& vm : t.vms) {
        for (const auto& n : vm.nics)
            nics.push_back(&n);
        if (vm.nva) nvas.push_back(&vm);
    }
    std::vector<const Subnet*> subnets;
    for (const auto& v : t.vnets)
        for (const auto& s : v.subnets)
            if (!s.isPlatformSubnet() || rng() % 3 == 0) subnets.push_back(&s);
    Edit edit;
    EditStep s;
    switch (rng() % 11) {
    case 0: { // a route into an existing table
        if (t.routeTables.empty()) break;
        const RouteTable& table = t.routeTables[pick(t.routeTables.size())];
        s.kind = K::AddRoute;
        s.target = table.id;
        s.index = int(table.routes.size());
        s.route.name = "random-" + std::to_string(rng() % 100000);
        s.route.addressPrefix = prefixes[pick(prefixes.size())];
        const NextHopType types[] = {NextHopType::Internet, NextHopType::None, NextHopType::VirtualAppliance,
                                     NextHopType::VnetLocal, NextHopType::VirtualNetworkGateway};
        s.route.nextHopType = types[pick(5)];
        if (s.route.nextHopType == NextHopType::VirtualAppliance) {
            if (nvas.empty()) return {};
            s.route.nextHopIpAddress =
                nvas[pick(nvas.size())]->nics.front().ipConfigurations.front().privateIp;
        }
        edit.steps.push_back(s);
        break;
    }
    case 1: { // a new table on a subnet
        if (subnets.empty()) break;
        const Subnet& subnet = *subnets[pick(subnets.size())];
        s.kind = K::AddRouteTable;
        s.routeTable.id = "rt-random-" + std::to_string(rng() % 100000);
        Route r;
        r.name = "r";
        r.addressPrefix = prefixes[pick(prefixes.size())];
        r.nextHopType = rng() % 2 ? NextHopType::Internet : NextHopType::None;
        s.routeTable.routes = {r};
        edit.steps.push_back(s);
        EditStep assoc;
        assoc.kind = K::SetSubnetRouteTable;
        assoc.target = subnet.id;
        assoc.text = s.routeTable.id;
        assoc.previousText = subnet.routeTable;
        edit.steps.push_back(assoc);
        break;
    }
    case 2:
    case 3: { // a rule in an existing NSG
        if (t.nsgs.empty()) break;
        const Nsg& nsg = t.nsgs[pick(t.nsgs.size())];
        s.kind = K::AddSecurityRule;
        s.target = nsg.id;
        s.index = int(nsg.securityRules.size());
        s.rule.name = "random-" + std::to_string(rng() % 100000);
        s.rule.direction = rng() % 2 ? Direction::Inbound : Direction::Outbound;
        std::set<int> used;
        for (const auto& r : nsg.securityRules)
            if (r.direction == s.rule.direction) used.insert(r.priority);
        do
            s.rule.priority = 100 + int(rng() % 400);
        while (used.count(s.rule.priority));
        s.rule.access = rng() % 2 ? Access::Allow : Access::Deny;
        const Protocol protocols[] = {Protocol::Tcp, Protocol::Tcp, Protocol::Any, Protocol::Udp,
                                      Protocol::Icmp};
        s.rule.protocol = protocols[pick(5)];
        // Exact prefixes on both sides too: fix verification re-traces only what such a rule
        // can match, and this is what checks it.
        const char* sources[] = {"*", "VirtualNetwork", "Internet", "10.0.0.0/8"};
        const int source = int(pick(6));
        s.rule.sourceAddressPrefixes = {source < 4 ? std::string(sources[source])
                                                   : prefixes[pick(prefixes.size())].toString()};
        s.rule.sourcePortRanges = {"*"};
        s.rule.destinationAddressPrefixes = {rng() % 2 ? std::string("*")
                                                       : prefixes[pick(prefixes.size())].toString()};
        const char* ports[] = {"*", "443", "1688", "3389", "80-90"};
        s.rule.destinationPortRanges = {ports[pick(5)]};
        edit.steps.push_back(s);
        break;
    }
    case 4: { // a new NSG on a NIC
        if (nics.empty()) break;
        const Nic& nic = *nics[pick(nics.size())];
        s.kind = K::AddNsg;
        s.nsg.id = "nsg-random-" + std::to_string(rng() % 100000);
        SecurityRule deny;
        deny.name = "deny";
        deny.priority = 100;
        deny.direction = rng() % 2 ? Direction::Inbound : Direction::Outbound;
        deny.access = Access::Deny;
        deny.protocol = Protocol::Any;
        deny.sourceAddressPrefixes = {"*"};
        deny.sourcePortRanges = {"*"};
        deny.destinationAddressPrefixes = {"*"};
        deny.destinationPortRanges = {"*"};
        s.nsg.securityRules = {deny};
        edit.steps.push_back(s);
        EditStep assoc;
        assoc.kind = K::SetNicNsg;
        assoc.target = nic.id;
        assoc.text = s.nsg.id;
        assoc.previousText = nic.nsg;
        edit.steps.push_back(assoc);
        break;
    }
    case 5:
    case 6: { // NIC flags
        if (nics.empty()) break;
        const Nic& nic = *nics[pick(nics.size())];
        s.target = nic.id;
        if (rng() % 2) {
            s.kind = K::SetNicIpForwarding;
            s.flag = !nic.enableIPForwarding;
            s.previousFlag = nic.enableIPForwarding;
        } else {
            s.kind = K::SetNicGuestDefaultGateway;
            s.flag = !nic.guestDefaultGateway.value_or(nic.primary);
            s.previousFlag = nic.guestDefaultGateway;
        }
        edit.steps.push_back(s);
        break;
    }
    case 7: { // NVA flags
        if (nvas.empty()) break;
        const Vm& vm = *nvas[pick(nvas.size())];
        s.target = vm.id;
        if (rng() % 2) {
            s.kind = K::SetNvaOsIpForwarding;
            s.flag = !vm.nva->osIpForwarding;
            s.previousFlag = vm.nva->osIpForwarding;
        } else {
            s.kind = K::SetNvaSnat;
            s.flag = !(vm.nva->snat && vm.nva->snat->enabled);
            s.createdObject = !vm.nva->snat;
            if (vm.nva->snat) s.previousFlag = vm.nva->snat->enabled;
        }
        edit.steps.push_back(s);
        break;
    }
    case 8: { // default outbound access
        if (subnets.empty()) break;
        const Subnet& subnet = *subnets[pick(subnets.size())];
        s.kind = K::SetSubnetDefaultOutbound;
        s.target = subnet.id;
        s.flag = !subnet.defaultOutboundAccess;
        s.previousFlag = subnet.defaultOutboundAccess;
        edit.steps.push_back(s);
        break;
    }
    case 9: { // forwarded traffic on a peering
        if (t.peerings.empty()) break;
        const Peering& p = t.peerings[pick(t.peerings.size())];
        s.kind = K::SetPeeringForwardedTraffic;
        s.target = p.id;
        s.flag = !p.allowForwardedTraffic;
        s.previousFlag = p.allowForwardedTraffic;
        edit.steps.push_back(s);
        break;
    }
    default: { // a community on a circuit's route filter
        for (const auto& c : t.circuits)
            if (c.microsoftPeering) {
                s.kind = K::AddRouteFilterCommunity;
                s.target = c.id;
                s.index = int(c.microsoftPeering->routeFilter.size());
                const char* communities[] = {"12076:51004", "12076:51006", "12076:5010"};
                s.text = communities[pick(3)];
                edit.steps.push_back(s);
                break;
            }
        break;
    }
    }
    return edit;
}

std::string traceText(const Trace& t) {
    return traceToJson(t).dump();
}

// Lints as comparable text: code, pointer and message arguments, in order.
std::string lintsText(const std::vector<Diagnostic>& lints) {
    std::string text;
    for (const auto& d : lints) {
        text += d.code + " " + d.pointer + " " + d.message.sourceText;
        for (const auto& a : d.message.args)
            text += " | " + a;
        text += "\n";
    }
    return text;
}

// A held network's ids still name the objects at their positions (networkPtr()'s contract).
bool positionsHold(const Network& network) {
    const Topology& t = network.topology();
    for (std::size_t i = 0; i < t.nsgs.size(); ++i)
        if (const ObjectRef* r = network.index().find(t.nsgs[i].id); !r || r->index != int(i)) return false;
    for (std::size_t i = 0; i < t.routeTables.size(); ++i)
        if (const ObjectRef* r = network.index().find(t.routeTables[i].id); !r || r->index != int(i))
            return false;
    for (std::size_t i = 0; i < t.vms.size(); ++i)
        if (const ObjectRef* r = network.index().find(t.vms[i].id); !r || r->index != int(i)) return false;
    for (std::size_t i = 0; i < t.vnets.size(); ++i)
        if (const ObjectRef* r = network.index().find(t.vnets[i].id); !r || r->index != int(i)) return false;
    return true;
}

void sameAsFresh(const Analysis& analysis, const std::shared_ptr<const EndpointCatalog>& catalog,
                 const std::string& where) {
    Analysis fresh(analysis.topology(), catalog);
    QVERIFY2(analysis.traces().size() == fresh.traces().size(), where.c_str());
    for (std::size_t i = 0; i < fresh.traces().size(); ++i)
        QVERIFY2(traceText(analysis.traces()[i]) == traceText(fresh.traces()[i]),
                 qPrintable(QString::fromStdString(where + ": flow " + fresh.traces()[i].flowId)));
}

} // namespace

class TestIncremental : public QObject {
    Q_OBJECT
private slots:
    // The document's path: a chain of random edits applied to one Analysis (routes rebuilt for
    // each edit's scope, only dependent flows traced again) equals, after every edit, an analysis
    // built from scratch for the same topology: traces, lints and fixes. Undoing the chain by the
    // inverses gives back the first version exactly.
    void analysisEditsEqualFreshAnalysis() {
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        int edits = 0;
        for (const std::string& file : files()) {
            LoadResult r = loadTopologyFromFile(file);
            QVERIFY(r.ok());
            const std::string original = topologyToText(*r.topology);
            Analysis analysis(*r.topology, catalog);
            std::vector<Edit> applied;
            for (unsigned seed = 1; seed <= 25; ++seed) {
                std::mt19937 rng(seed * 104729u + pathSeed(file));
                const Edit edit = randomEdit(analysis.topology(), rng);
                if (edit.empty()) continue;
                auto held = analysis.networkPtr(); // a view may still hold the previous network
                const std::string heldText = topologyToText(held->topology());
                const bool addsOrRemoves = editScope(analysis.topology(), edit).objectsAddedOrRemoved;
                if (!analysis.apply(edit).empty()) continue;
                applied.push_back(edit);
                ++edits;
                // A holder's network keeps its positions; an edit that adds or removes objects
                // goes to a copy, never under it.
                QVERIFY(positionsHold(*held));
                if (addsOrRemoves) QVERIFY(topologyToText(held->topology()) == heldText);
                Analysis fresh(analysis.topology(), catalog);
                const std::string where = file + " seed " + std::to_string(seed);
                QVERIFY2(analysis.traces().size() == fresh.traces().size(), where.c_str());
                for (std::size_t i = 0; i < fresh.traces().size(); ++i)
                    QVERIFY2(traceText(analysis.traces()[i]) == traceText(fresh.traces()[i]),
                             qPrintable(QString::fromStdString(where + " flow " + fresh.traces()[i].flowId)));
                QCOMPARE(lintsText(analysis.lints()), lintsText(fresh.lints()));
                for (const auto& t : fresh.traces()) {
                    const auto& mine = analysis.fixes(t.flowId);
                    const auto& theirs = fresh.fixes(t.flowId);
                    QCOMPARE(mine.size(), theirs.size());
                    for (std::size_t k = 0; k < mine.size(); ++k) {
                        QCOMPARE(mine[k].fixes.size(), theirs[k].fixes.size());
                        for (std::size_t j = 0; j < mine[k].fixes.size(); ++j) {
                            QCOMPARE(mine[k].fixes[j].fix.code, theirs[k].fixes[j].fix.code);
                            QCOMPARE(bool(mine[k].fixes[j].verification),
                                     bool(theirs[k].fixes[j].verification));
                            if (mine[k].fixes[j].verification)
                                QCOMPARE(mine[k].fixes[j].verification->changes.size(),
                                         theirs[k].fixes[j].verification->changes.size());
                        }
                    }
                }
            }
            for (auto it = applied.rbegin(); it != applied.rend(); ++it)
                QVERIFY(analysis.apply(invertEdit(*it)).empty());
            QVERIFY2(topologyToText(analysis.topology()) == original, file.c_str());
            sameAsFresh(analysis, catalog, file + " after undoing every edit");
            // Every fix the advisor proposes, applied and undone (what Apply and Undo do).
            std::vector<Edit> fixes;
            for (const auto& t : analysis.traces())
                for (const auto& list : analysis.proposedFixes(t.flowId))
                    for (const auto& fix : list)
                        if (fix.applicable()) fixes.push_back(fix.edit);
            for (const Edit& edit : fixes) {
                QVERIFY(analysis.apply(edit).empty());
                sameAsFresh(analysis, catalog, file + " after a fix");
                QVERIFY(analysis.apply(invertEdit(edit)).empty());
                sameAsFresh(analysis, catalog, file + " after undoing a fix");
                ++edits;
            }
        }
        qInfo("%d edits applied to analyses", edits);
        QVERIFY(edits > 100);
    }

    // One path for every change (edit/change.h): a typed change (a fix) and a patch (an inspector
    // edit) apply all or nothing, report what they reached, invert exactly, and give the same file
    // through the analysis as through applyChange on a plain topology.
    void changesOfBothFormsTakeOnePath() {
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        LoadResult r =
            loadTopologyFromFile(sourceDir() + "/resources/examples/01-forced-tunneling-kms.pathlight.json");
        QVERIFY(r.ok());
        const std::string original = topologyToText(*r.topology);
        Analysis analysis(*r.topology, catalog);
        Edit fix;
        for (const auto& list : analysis.proposedFixes("f-kms"))
            for (const auto& f : list)
                if (f.applicable() && fix.empty()) fix = f.edit;
        QVERIFY(!fix.empty());
        Json renamed = topologyToJson(analysis.topology());
        renamed["vms"][0]["name"] = "renamed";
        const Change changes[] = {Change::typed(fix),
                                  Change::patched(makePatch(topologyToJson(analysis.topology()), renamed))};
        for (const Change& change : changes) {
            Analysis::ChangeReport report;
            QVERIFY(analysis.apply(change, &report).empty());
            QCOMPARE(report.drawingKept, change.isTyped()); // a name is drawn; a route is not
            sameAsFresh(analysis, catalog, change.isTyped() ? "typed change" : "patch");
            Topology plain = *r.topology;
            QVERIFY(applyChange(plain, change).empty());
            QCOMPARE(topologyToText(plain), topologyToText(analysis.topology()));
            QVERIFY(analysis.apply(change.inverse()).empty());
            QCOMPARE(topologyToText(analysis.topology()), original);
        }
        // Refused, whole: nothing changes, the errors say where.
        Json invalid = topologyToJson(analysis.topology());
        invalid["vnets"][0]["addressSpace"][0] = "10.1.0.0/33";
        const auto errors =
            analysis.apply(Change::patched(makePatch(topologyToJson(analysis.topology()), invalid)));
        QVERIFY(!errors.empty());
        QCOMPARE(errors.front().pointer, std::string("/vnets/0/addressSpace/0"));
        Edit missing = fix;
        missing.steps.back().target = "no-such-object";
        const auto refused = analysis.apply(Change::typed(missing));
        QCOMPARE(refused.size(), std::size_t(1));
        QCOMPARE(refused.front().code, std::string("EDIT_REFUSED"));
        QCOMPARE(topologyToText(analysis.topology()), original);
    }

    // Lints re-run only the sections a change can reach (validation/lints.h LintInput): a rule
    // name, a route name and an NSG name made invalid by scoped patches, and a refused patch
    // whose half-read objects must not show, each give the lints of a fresh analysis.
    void lintsFollowScopedChanges() {
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        LoadResult r = loadTopologyFromFile(
            sourceDir() + "/resources/examples/05-route-server-nva-forced-tunnel.pathlight.json");
        QVERIFY(r.ok());
        Analysis analysis(*r.topology, catalog);
        QVERIFY(!analysis.topology().nsgs.empty() && !analysis.topology().routeTables.empty());
        const std::size_t before = analysis.lints().size();
        const auto patchWith = [&](auto change) {
            const Json was = topologyToJson(analysis.topology());
            Json now = was;
            change(now);
            return makePatch(was, now);
        };
        const TopologyPatch steps[] = {
            patchWith([](Json& j) { j["nsgs"][0]["securityRules"][0]["name"] = "bad name!"; }),
            patchWith([](Json& j) { j["routeTables"][0]["routes"][0]["name"] = "-bad"; }),
            patchWith([](Json& j) { j["nsgs"][0]["name"] = "also bad?"; }),
            patchWith([](Json& j) {
                j["layout"]["no-such-box"] = {{"x", 1}, {"y", 2}};
            }),
        };
        for (const TopologyPatch& patch : steps) {
            PatchScope scope;
            QVERIFY(analysis.applyPatch(patch.forward, &scope).empty());
            QVERIFY(!scope.everything);
            Analysis fresh(analysis.topology(), catalog);
            QCOMPARE(lintsText(analysis.lints()), lintsText(fresh.lints()));
        }
        QCOMPARE(analysis.lints().size(), before + 4);
        // A patch whose second object the reader refuses changes neither the first nor the lints.
        const std::string text = topologyToText(analysis.topology());
        const TopologyPatch refused = patchWith([](Json& j) {
            j["nsgs"][0]["securityRules"][0]["name"] = "fine";
            j["routeTables"][0]["routes"][0]["addressPrefix"] = "10.0.0.1/8";
        });
        QVERIFY(!analysis.applyPatch(refused.forward).empty());
        QCOMPARE(topologyToText(analysis.topology()), text);
        QCOMPARE(analysis.lints().size(), before + 4);
        for (auto it = std::rbegin(steps); it != std::rend(steps); ++it)
            QVERIFY(analysis.applyPatch(it->backward).empty());
        QCOMPARE(analysis.lints().size(), before);
    }

    // The patch path (the inspector, the rule and route editors, moves) is incremental too:
    // after random patches of the layout, of NSG rules, of routes and route table settings, of
    // BGP announcements, and of anything else, the analysis equals a fresh one; a patch the reader refuses
    // changes nothing.
    void patchesEqualFreshAnalysis() {
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        int patches = 0, scoped = 0, announced = 0;
        for (const std::string& file : files()) {
            LoadResult r = loadTopologyFromFile(file);
            QVERIFY(r.ok());
            Analysis analysis(*r.topology, catalog);
            for (unsigned seed = 1; seed <= 12; ++seed) {
                std::mt19937 rng(seed * 7919u + pathSeed(file));
                auto pick = [&](std::size_t n) { return std::size_t(rng() % n); };
                const Topology& t = analysis.topology();
                const Json before = topologyToJson(t);
                const std::string beforeText = topologyToText(t);
                Json after = before;
                switch (rng() % 6) {
                case 0: { // a move
                    if (t.vms.empty()) continue;
                    const Id& id = t.vms[pick(t.vms.size())].id;
                    after["layout"][id] = {{"x", double(rng() % 900)}, {"y", double(rng() % 600)}};
                    break;
                }
                case 1: { // an NSG rule's priority, access or ports
                    if (t.nsgs.empty()) continue;
                    const std::size_t n = pick(t.nsgs.size());
                    if (t.nsgs[n].securityRules.empty()) continue;
                    const std::size_t k = pick(t.nsgs[n].securityRules.size());
                    Json& rule = after["nsgs"][n]["securityRules"][k];
                    const auto field = rng() % 3;
                    if (field == 0)
                        rule["access"] = rule.value("access", "Allow") == "Allow" ? "Deny" : "Allow";
                    else if (field == 1)
                        rule["destinationPortRanges"] = Json::array({rng() % 2 ? "443" : "*"});
                    else
                        rule["priority"] = 100 + int(rng() % 3000);
                    break;
                }
                case 2: { // a route's next hop or prefix, or a table's BGP propagation
                    if (t.routeTables.empty()) continue;
                    const std::size_t n = pick(t.routeTables.size());
                    Json& table = after["routeTables"][n];
                    if (t.routeTables[n].routes.empty() || rng() % 3 == 0) {
                        table["disableBgpRoutePropagation"] = !t.routeTables[n].disableBgpRoutePropagation;
                        break;
                    }
                    Json& route = table["routes"][pick(t.routeTables[n].routes.size())];
                    if (rng() % 2) {
                        route["nextHopType"] = "Internet";
                        route.erase("nextHopIpAddress");
                    } else {
                        route["addressPrefix"] = rng() % 2 ? "0.0.0.0/0" : "10.0.0.0/8";
                    }
                    break;
                }
                case 4: { // what a site or an NVA announces over BGP (sometimes a prefix the reader refuses)
                    const std::string added[] = {"0.0.0.0/0",   "10.0.0.0/8",      "10.1.0.0/16",
                                                 "10.2.1.0/24", "192.168.10.0/24", "172.16.0.0/12",
                                                 "10.0.0.1/8"};
                    const std::string prefix = added[pick(std::size(added))];
                    std::vector<std::size_t> sites, nvas;
                    for (std::size_t i = 0; i < t.sites.size(); ++i)
                        if (t.sites[i].bgp) sites.push_back(i);
                    for (std::size_t i = 0; i < t.vms.size(); ++i)
                        if (t.vms[i].nva && t.vms[i].nva->bgp) nvas.push_back(i);
                    if (sites.empty() && nvas.empty()) continue;
                    if (!sites.empty() && (nvas.empty() || rng() % 2)) {
                        Json& bgp = after["sites"][sites[pick(sites.size())]]["bgp"];
                        const auto how = rng() % 3;
                        if (how == 0 && bgp.contains("advertise"))
                            bgp.erase("advertise"); // back to the site's address space
                        else if (how == 1 && bgp.contains("advertise") && !bgp["advertise"].empty())
                            bgp["advertise"].erase(pick(bgp["advertise"].size()));
                        else if (bgp.contains("advertise"))
                            bgp["advertise"].push_back(prefix);
                        else
                            bgp["advertise"] = Json::array({prefix});
                    } else {
                        Json& bgp = after["vms"][nvas[pick(nvas.size())]]["nva"]["bgp"];
                        if (rng() % 2)
                            bgp["defaultOriginate"] = !bgp.value("defaultOriginate", false);
                        else
                            bgp["advertise"].push_back(prefix);
                    }
                    break;
                }
                case 3: { // a flow's port: everything is recomputed
                    if (t.flows.empty()) continue;
                    after["flows"][pick(t.flows.size())]["port"] = 1 + int(rng() % 9000);
                    break;
                }
                default: { // refused: an access that is neither Allow nor Deny
                    if (t.nsgs.empty() || t.nsgs[0].securityRules.empty()) continue;
                    after["nsgs"][0]["securityRules"][0]["access"] = "Maybe";
                    const std::string was = topologyToText(t);
                    const TopologyPatch bad = makePatch(before, after);
                    const auto errors = analysis.applyPatch(bad.forward);
                    QVERIFY(!errors.empty());
                    QVERIFY(topologyToText(analysis.topology()) == was);
                    // The same errors, at the same places, as the whole file read again.
                    Topology whole = analysis.topology();
                    const auto reader = applyPatch(whole, bad.forward);
                    QCOMPARE(errors.size(), reader.size());
                    for (std::size_t k = 0; k < errors.size(); ++k) {
                        QCOMPARE(errors[k].pointer, reader[k].pointer);
                        QCOMPARE(errors[k].code, reader[k].code);
                    }
                    continue;
                }
                }
                const TopologyPatch patch = makePatch(before, after);
                if (patch.empty()) continue;
                const PatchScope scope = patchScope(t, patch.forward);
                scoped += !scope.everything;
                const std::string where = file + " patch seed " + std::to_string(seed);
                Topology whole = t; // the same patch, the whole file read again
                const auto reader = applyPatch(whole, patch.forward);
                const auto errors = analysis.applyPatch(patch.forward);
                QCOMPARE(errors.size(), reader.size());
                for (std::size_t k = 0; k < errors.size(); ++k)
                    QCOMPARE(errors[k].pointer, reader[k].pointer);
                // A route the reader refuses (a next hop IP left over), a prefix with host bits.
                if (!errors.empty()) continue;
                announced += !scope.everything && !scope.announcers.empty();
                QVERIFY2(topologyToText(analysis.topology()) == topologyToText(whole), where.c_str());
                ++patches;
                sameAsFresh(analysis, catalog, where);
                Analysis fresh(analysis.topology(), catalog);
                QCOMPARE(lintsText(analysis.lints()), lintsText(fresh.lints()));
                // And back.
                const auto back = analysis.applyPatch(patch.backward);
                QVERIFY2(back.empty(), qPrintable(QString::fromStdString(
                                           where + ": " + patch.backward.dump() + " " +
                                           (back.empty() ? std::string() : back[0].message.english()))));
                sameAsFresh(analysis, catalog, where + " undone");
                QVERIFY2(topologyToText(analysis.topology()) == beforeText, where.c_str());
            }
        }
        qInfo("%d patches applied, %d of them incrementally, %d to BGP announcements", patches, scoped,
              announced);
        QVERIFY(patches > 50 && scoped > 25 && announced > 10);
    }

    void incrementalEqualsFullRebuild() {
        const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
        int edits = 0, retracedLess = 0;
        // The examples, the field cases, and a small benchmark estate (hub with gateways and an
        // NVA, 12 spokes with 50-rule NSGs and 20-route tables) with 120 flows of mixed verdicts.
        std::vector<std::pair<std::string, Topology>> topologies;
        for (const std::string& file : files()) {
            LoadResult r = loadTopologyFromFile(file);
            QVERIFY(r.ok());
            topologies.emplace_back(file, std::move(*r.topology));
        }
        Topology estate = bench::hubAndSpoke(12, 100);
        std::mt19937 flowRng(42);
        for (int i = 0; i < 120; ++i) {
            Flow f;
            f.id = "f" + std::to_string(i);
            f.source = "spoke" + std::to_string(flowRng() % 12) + "-vm" + std::to_string(flowRng() % 4);
            f.destination = i % 3 == 0   ? bench::spokeVm(int(flowRng() % 12), int(flowRng() % 4)).toString()
                            : i % 3 == 1 ? Ipv4Address(8, 8, 8, 8).toString()
                                         : bench::onPremAddress(int(flowRng() % 100)).toString();
            f.port = i % 2 ? 443 : 1000 + int(flowRng() % 50);
            estate.flows.push_back(f);
        }
        topologies.emplace_back("benchmark estate", std::move(estate));
        std::map<std::string, std::unique_ptr<Analysis>> analyses;
        for (auto& [file, topology] : topologies) {
            analyses[file] = std::make_unique<Analysis>(topology, catalog);
            auto base = std::make_shared<const Topology>(std::move(topology));
            auto network = Network::build(base, catalog);
            std::vector<Trace> before;
            for (const auto& f : base->flows)
                before.push_back(traceFlow(*network, FlowSpec::fromFlow(f)));
            for (unsigned seed = 1; seed <= 60; ++seed) {
                std::mt19937 rng(seed * 7919u + pathSeed(file));
                const Edit edit = randomEdit(*base, rng);
                if (edit.empty()) continue;
                auto edited = std::make_shared<Topology>(*base);
                if (!applyEdit(*edited, edit).empty()) continue;
                ++edits;
                // The network rebuilt for the edit's scope equals one built from scratch.
                auto incremental = Network::rebuildAfterEdit(*network, edited, editScope(*base, edit));
                auto full = Network::build(edited, catalog);
                std::vector<FlowChange> expected;
                for (std::size_t i = 0; i < base->flows.size(); ++i) {
                    const FlowSpec spec = FlowSpec::fromFlow(base->flows[i]);
                    const Trace a = traceFlow(*incremental, spec), b = traceFlow(*full, spec);
                    QVERIFY2(traceText(a) == traceText(b),
                             qPrintable(QString::fromStdString(file + " seed " + std::to_string(seed) +
                                                               " flow " + spec.id)));
                    auto source = [](const Trace& t) {
                        return t.apparentSource ? t.apparentSource->toString() : std::string();
                    };
                    if (before[i].verdict != b.verdict || source(before[i]) != source(b))
                        expected.push_back(
                            {spec.id, before[i].verdict, b.verdict, source(before[i]), source(b)});
                    // Whatever changed depended on something the edit touched.
                    if (traceText(before[i]) != traceText(b)) {
                        const auto touched = touchedIds(*base, edit);
                        bool hit = false;
                        for (const auto& id : before[i].dependsOn)
                            hit = hit || std::binary_search(touched.begin(), touched.end(), id);
                        QVERIFY2(hit, qPrintable(QString::fromStdString(
                                          file + " seed " + std::to_string(seed) + ": flow " + spec.id +
                                          " changed without a touched dependency")));
                    }
                }
                // Verification through the incremental path reports exactly those changes.
                const FixVerification v =
                    verifyEdit(*network, edit, before.empty() ? Trace() : before[0], &before);
                QVERIFY(v.error.empty());
                QCOMPARE(v.changes.size(), expected.size());
                for (std::size_t k = 0; k < expected.size(); ++k) {
                    QCOMPARE(v.changes[k].flow, expected[k].flow);
                    QCOMPARE(v.changes[k].verdictAfter, expected[k].verdictAfter);
                    QCOMPARE(v.changes[k].sourceAfter, expected[k].sourceAfter);
                }
                // The analysis verifies in place and comes back to the same bytes.
                const FixVerification inPlace =
                    analyses.at(file)->verify(edit, before.empty() ? Trace() : before[0]);
                QCOMPARE(inPlace.changes.size(), expected.size());
                for (std::size_t k = 0; k < expected.size(); ++k) {
                    QCOMPARE(inPlace.changes[k].flow, expected[k].flow);
                    QCOMPARE(inPlace.changes[k].verdictAfter, expected[k].verdictAfter);
                }
                QCOMPARE(inPlace.targetDelivered, v.targetDelivered);
                QVERIFY(topologyToText(analyses.at(file)->topology()) == topologyToText(*base));
                const auto touched = touchedIds(*base, edit);
                for (const auto& t : before) {
                    bool hit = false;
                    for (const auto& id : t.dependsOn)
                        hit = hit || std::binary_search(touched.begin(), touched.end(), id);
                    retracedLess += !hit;
                }
            }
        }
        qInfo("%d random edits; %d flow re-traces skipped by the dependencies", edits, retracedLess);
        QVERIFY(edits > 300);
        QVERIFY(retracedLess > 0);
    }
};

QTEST_APPLESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
