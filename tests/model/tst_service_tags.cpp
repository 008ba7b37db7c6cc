// Service tags from Microsoft's published file (trace-contract SERVICE_TAG_UNRESOLVED, azure-facts
// §4.2, azure-facts-2 §15 "use the service tag, e.g. Storage.WestEurope, in an allow rule above the
// deny"). The oracle data is a verbatim excerpt of ServiceTags_Public.json (tests/data/service-tags,
// SOURCE.md says where from).

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "catalog/service_tags.h"
#include "security/firewall_evaluator.h"
#include "validation/lints.h"

#include <fstream>
#include <set>
#include <sstream>
#endif

using namespace pathlight;
using namespace pathlight::test;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::shared_ptr<const ServiceTagDatabase> excerpt() {
    static const auto db = [] {
        const std::string path = sourceDir() + "/tests/data/service-tags/ServiceTags_Public_excerpt.json";
        return parseServiceTagsText(readFile(path), path).database;
    }();
    return db;
}

std::shared_ptr<const Network> networkWithTags(const std::string& body,
                                               std::shared_ptr<const ServiceTagDatabase> tags) {
    EndpointCatalog catalog = EndpointCatalog::builtIn();
    catalog.setServiceTags(std::move(tags));
    return Network::build(std::make_shared<const Topology>(load(body)),
                          std::make_shared<const EndpointCatalog>(std::move(catalog)));
}

// A West Europe VM whose NSG allows Storage.WestEurope on 443 (priority 100) above a deny of the
// Internet (200): the pattern Microsoft recommends for service traffic (azure-facts-2 §15).
const char* const kNsgCase = R"(
  "vnets": [{"id": "v", "region": "westeurope", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "s", "addressPrefix": "10.0.1.0/24", "nsg": "nsg"}]}],
  "nsgs": [{"id": "nsg", "securityRules": [
     {"name": "allow-storage", "priority": 100, "direction": "Outbound", "access": "Allow", "protocol": "Tcp",
      "sourceAddressPrefixes": ["*"], "sourcePortRanges": ["*"],
      "destinationAddressPrefixes": ["Storage.WestEurope"], "destinationPortRanges": ["443"]},
     {"name": "deny-internet", "priority": 200, "direction": "Outbound", "access": "Deny", "protocol": "*",
      "sourceAddressPrefixes": ["*"], "sourcePortRanges": ["*"],
      "destinationAddressPrefixes": ["Internet"], "destinationPortRanges": ["*"]}]}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}])";

// A spoke whose default route leads to a hub firewall; one network rule allows Storage.WestEurope.
const char* const kFirewallCase = R"(
  "vnets": [{"id": "hub", "region": "westeurope", "addressSpace": ["10.40.0.0/16"], "subnets": [
              {"id": "afws", "name": "AzureFirewallSubnet", "addressPrefix": "10.40.1.0/26"}]},
            {"id": "spoke", "region": "westeurope", "addressSpace": ["10.41.0.0/16"], "subnets": [
              {"id": "work", "addressPrefix": "10.41.0.0/24", "routeTable": "rt"}]}],
  "peerings": [{"id": "p", "vnets": ["hub", "spoke"], "allowForwardedTraffic": true}],
  "routeTables": [{"id": "rt", "routes": [{"name": "default", "addressPrefix": "0.0.0.0/0",
                   "nextHopType": "VirtualAppliance", "nextHopIpAddress": "10.40.1.4"}]}],
  "firewalls": [{"id": "fw", "vnet": "hub", "privateIp": "10.40.1.4", "publicIps": ["20.70.0.1"],
     "policy": {"ruleCollectionGroups": [{"name": "g", "priority": 200, "ruleCollections": [
       {"name": "net", "priority": 100, "ruleCollectionType": "FirewallPolicyFilterRuleCollection",
        "action": "Allow", "rules": [{"name": "allow-storage", "ruleType": "NetworkRule",
          "ipProtocols": ["TCP"], "sourceAddresses": ["10.41.0.0/16"],
          "destinationAddresses": ["Storage.WestEurope"], "destinationPorts": ["443"]}]}]}]}}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "work", "ipConfigurations": [{"privateIp": "10.41.0.4"}]}]}])";

// A route table whose routes name service tags (azure-facts §1.3 "Service tags as UDR prefixes").
std::string udrCase(const std::string& routes) {
    return R"(
  "vnets": [{"id": "v", "region": "westeurope", "addressSpace": ["10.0.0.0/16"], "subnets": [
     {"id": "s", "addressPrefix": "10.0.1.0/24", "routeTable": "rt"}]}],
  "routeTables": [{"id": "rt", "routes": [)" +
           routes + R"(]}],
  "vms": [{"id": "vm", "nics": [{"id": "nic", "subnet": "s", "ipConfigurations": [{"privateIp": "10.0.1.4"}]}]}])";
}

std::string tagRoute(const char* name, const char* prefix, const char* nextHop) {
    return std::string(R"({"name": ")") + name + R"(", "addressPrefix": ")" + prefix +
           R"(", "nextHopType": ")" + nextHop + R"("})";
}

// T35's four tags over one prefix (the prefix is illustrative, as in azure-facts T35).
const char* const kTieTags = R"({"values": [
    {"name": "AzureCloud", "properties": {"addressPrefixes": ["20.38.0.0/16"]}},
    {"name": "Storage", "properties": {"addressPrefixes": ["20.38.0.0/16"]}},
    {"name": "AzureCloud.eastus", "properties": {"region": "eastus", "addressPrefixes": ["20.38.0.0/16"]}},
    {"name": "Storage.EastUS", "properties": {"region": "eastus", "addressPrefixes": ["20.38.0.0/16"]}}]})";

// In Storage.WestEurope (52.239.140.0/22 in the excerpt) and outside every tag of it.
const char* const kStorageAddress = "52.239.140.10";
const char* const kOtherAddress = "8.8.8.8";

} // namespace

class TestServiceTags : public QObject {
    Q_OBJECT
private slots:
    void readsThePublishedShape() {
        const auto db = excerpt();
        QVERIFY(db);
        QCOMPARE(db->cloud, std::string("Public"));
        QCOMPARE(db->changeNumber, std::int64_t(374));
        QCOMPARE(db->tags().size(), std::size_t(5));
        const ServiceTag* storage = db->find("Storage.WestEurope");
        QVERIFY(storage);
        // SOURCE.md: 97 IPv4 and 1 IPv6 prefix.
        QCOMPARE(storage->prefixes.size(), std::size_t(97));
        QCOMPARE(storage->ipv6Prefixes, std::size_t(1));
        QCOMPARE(storage->region, std::string("westeurope"));
        QCOMPARE(storage->systemService, std::string("AzureStorage"));
        for (const char* inside : {"52.239.140.10", "13.69.40.16", "13.69.40.31", "168.63.113.64"})
            QVERIFY2(storage->contains(*Ipv4Address::parse(inside)), inside);
        for (const char* outside :
             {"8.8.8.8", "13.69.40.32", "13.69.40.15", "52.239.139.255", "52.239.144.0"})
            QVERIFY2(!storage->contains(*Ipv4Address::parse(outside)), outside);
        // ARM compares names without case.
        QCOMPARE(db->find("storage.westeurope"), storage);
        QVERIFY(!db->find("Storage"));
        // Every published prefix answers contains() for its first and last address.
        for (const auto& tag : db->tags())
            for (const auto& p : tag.prefixes) {
                QVERIFY(tag.contains(p.first()));
                QVERIFY(tag.contains(p.last()));
            }
    }

    void refusesWhatIsNotATagFile() {
        const auto codes = [](const std::string& text) {
            const auto read = parseServiceTagsText(text, "t.json");
            std::string out;
            for (const auto& d : read.errors)
                out += d.code + " " + d.pointer + ";";
            for (const auto& d : read.warnings)
                out += d.code + " " + d.pointer + ";";
            return std::pair{bool(read.database), out};
        };
        QCOMPARE(codes("{"), std::pair(false, std::string("SERVICE_TAGS_NOT_JSON t.json;")));
        QCOMPARE(codes("[]"), std::pair(false, std::string("SERVICE_TAGS_NOT_A_TAG_FILE t.json;")));
        QCOMPARE(codes(R"({"values": {}})"),
                 std::pair(false, std::string("SERVICE_TAGS_NOT_A_TAG_FILE t.json#/values;")));
        QCOMPARE(codes(R"({"values": []})"),
                 std::pair(false, std::string("SERVICE_TAGS_EMPTY t.json#/values;")));
        // One bad entry, one bad prefix, one duplicate: warned about, the rest kept.
        const auto mixed = codes(R"J({"values": [
            {"name": "A", "properties": {"addressPrefixes": ["20.0.0.0/8", "20.0.0.1/8", 7, "2603::/48"]}},
            {"name": "$(rm -rf /)", "properties": {"addressPrefixes": ["1.0.0.0/8"]}},
            {"name": "B"},
            {"name": "a", "properties": {"addressPrefixes": ["21.0.0.0/8"]}},
            {"name": "P", "properties": {"addressPrefixes": ["10.1.0.0/16", "0.0.0.0/0", "8.0.0.0/6"]}}]})J");
        QVERIFY(mixed.first);
        QCOMPARE(mixed.second,
                 std::string("SERVICE_TAG_BAD_PREFIX t.json#/values/0/properties/addressPrefixes/1;"
                             "SERVICE_TAG_BAD_PREFIX t.json#/values/0/properties/addressPrefixes/2;"
                             "SERVICE_TAG_BAD_ENTRY t.json#/values/1;"
                             "SERVICE_TAG_BAD_ENTRY t.json#/values/2;"
                             "SERVICE_TAG_DUPLICATE t.json#/values/3/name;"
                             "SERVICE_TAG_PRIVATE_PREFIX t.json#/values/4/properties/addressPrefixes/0;"
                             "SERVICE_TAG_PRIVATE_PREFIX t.json#/values/4/properties/addressPrefixes/1;"
                             "SERVICE_TAG_PRIVATE_PREFIX t.json#/values/4/properties/addressPrefixes/2;"));
        // A tag whose every prefix was refused is not known (rules on it stay uncertain); an
        // empty list is a tag that holds nothing.
        const auto refusedAll = parseServiceTagsText(R"J({"values": [
            {"name": "P", "properties": {"addressPrefixes": ["10.1.0.0/16"]}},
            {"name": "E", "properties": {"addressPrefixes": []}}]})J",
                                                     "t.json")
                                    .database;
        QVERIFY(refusedAll && !refusedAll->find("P") && refusedAll->find("E"));
        const auto tooLarge = parseServiceTagsText(std::string(2000, ' '), "big.json", 1000);
        QVERIFY(!tooLarge.database);
        QCOMPARE(tooLarge.errors.at(0).code, std::string("SERVICE_TAGS_TOO_LARGE"));
        // The Discovery API writes changeNumber as a string; a byte-order mark is skipped.
        const auto api = parseServiceTagsText("\xEF\xBB\xBF"
                                              R"({"changeNumber": "81", "cloud": "Public", "values": [
                {"name": "Sql", "properties": {"addressPrefixes": ["13.65.31.249/32"]}}]})",
                                              "api");
        QVERIFY(api.database);
        QCOMPARE(api.database->changeNumber, std::int64_t(81));
    }

    // Without a tag file the allow rule on Storage.WestEurope may or may not match: the deny that
    // follows decides, and the decision says it is uncertain. With the file, the flow is allowed.
    void nsgRuleOnATagDecidesOnceTheFileIsLoaded() {
        const auto without = networkWithTags(kNsgCase, nullptr);
        const Trace unsure = trace(*without, "vm", kStorageAddress, 443);
        QCOMPARE(unsure.verdict, Verdict::Denied);
        const NsgDecision& d = unsure.hops.at(0).nsg.at(0);
        QVERIFY(d.uncertain);
        QCOMPARE(d.unresolvedTag, std::string("Storage.WestEurope"));
        QCOMPARE(d.unresolvedRule, std::string("allow-storage"));
        QCOMPARE(d.rule, std::string("deny-internet"));
        QVERIFY2(hasFinding(unsure, "SERVICE_TAG_UNRESOLVED"), qPrintable(describe(unsure)));

        const auto with = networkWithTags(kNsgCase, excerpt());
        const Trace sure = trace(*with, "vm", kStorageAddress, 443);
        QCOMPARE(sure.verdict, Verdict::Delivered);
        QCOMPARE(sure.hops.at(0).nsg.at(0).rule, std::string("allow-storage"));
        QCOMPARE(sure.hops.at(0).nsg.at(0).matchedTag, std::string("Storage.WestEurope"));
        QVERIFY(!sure.hops.at(0).nsg.at(0).uncertain);
        QVERIFY(!hasFinding(sure, "SERVICE_TAG_UNRESOLVED"));
        // An address outside the tag is denied, with certainty.
        const Trace other = trace(*with, "vm", kOtherAddress, 443);
        QCOMPARE(other.verdict, Verdict::Denied);
        QVERIFY(!other.hops.at(0).nsg.at(0).uncertain);
        // Another port: the tag rule cannot match whatever its prefixes, so no uncertainty.
        const Trace port = trace(*without, "vm", kStorageAddress, 80);
        QCOMPARE(port.verdict, Verdict::Denied);
        QVERIFY(!port.hops.at(0).nsg.at(0).uncertain);
    }

    // An unresolved tag on a rule that would decide the same way changes nothing.
    void sameAccessIsCertain() {
        std::string body = kNsgCase;
        const auto at = body.find("\"access\": \"Allow\"");
        body.replace(at, 17, "\"access\": \"Deny\"");
        const auto n = networkWithTags(body, nullptr);
        const Trace t = trace(*n, "vm", kStorageAddress, 443);
        QCOMPARE(t.verdict, Verdict::Denied);
        QVERIFY(!t.hops.at(0).nsg.at(0).uncertain);
        QVERIFY(!hasFinding(t, "SERVICE_TAG_UNRESOLVED"));
    }

    void firewallNetworkRuleOnATag() {
        const auto without = networkWithTags(kFirewallCase, nullptr);
        const Trace unsure = trace(*without, "vm", kStorageAddress, 443);
        QCOMPARE(unsure.verdict, Verdict::Denied);
        bool uncertain = false;
        for (const auto& h : unsure.hops)
            if (h.firewall)
                uncertain = h.firewall->uncertain && h.firewall->unresolvedRule == "allow-storage";
        QVERIFY2(uncertain, qPrintable(describe(unsure)));
        QVERIFY(hasFinding(unsure, "SERVICE_TAG_UNRESOLVED"));

        const auto with = networkWithTags(kFirewallCase, excerpt());
        const Trace sure = trace(*with, "vm", kStorageAddress, 443);
        QCOMPARE(sure.verdict, Verdict::Delivered);
        QVERIFY(!hasFinding(sure, "SERVICE_TAG_UNRESOLVED"));
        QCOMPARE(trace(*with, "vm", kOtherAddress, 443).verdict, Verdict::Denied);
    }

    // A user route on Storage.WestEurope: its prefixes once the file is loaded; without it the
    // route routes nothing and a public destination's route is uncertain.
    void userRouteOnATag() {
        const std::string body = udrCase(tagRoute("storage-none", "Storage.WestEurope", "None"));
        const auto with = networkWithTags(body, excerpt());
        const Trace dropped = trace(*with, "vm", kStorageAddress, 443);
        QVERIFY2(dropped.verdict != Verdict::Delivered, qPrintable(describe(dropped)));
        QVERIFY(dropped.hops.at(0).route);
        QCOMPARE(dropped.hops.at(0).route->name, std::string("storage-none"));
        QCOMPARE(dropped.hops.at(0).route->serviceTag, std::string("Storage.WestEurope"));
        QVERIFY(!hasFinding(dropped, "SERVICE_TAG_UNRESOLVED"));
        QCOMPARE(trace(*with, "vm", kOtherAddress, 443).verdict, Verdict::Delivered);

        const auto without = networkWithTags(body, nullptr);
        const Trace unsure = trace(*without, "vm", kStorageAddress, 443);
        QCOMPARE(unsure.verdict, Verdict::Delivered); // by 0.0.0.0/0, as far as Pathlight knows
        QVERIFY(hasFinding(unsure, "SERVICE_TAG_UNRESOLVED"));
        QVERIFY(unsure.hops.at(0).route && unsure.hops.at(0).route->uncertain);
        // A private destination is in no service tag: certain.
        const Trace inside = trace(*without, "vm", "10.0.1.9", 443);
        QVERIFY(!hasFinding(inside, "SERVICE_TAG_UNRESOLVED"));
        // The file keeps the tag as written.
        const std::string written = topologyToText(load(body));
        QVERIFY(written.find("\"Storage.WestEurope\"") != std::string::npos);
    }

    // T35: on an exact tie an explicit prefix beats every tag; among tags the regional service
    // tag, then the service tag, then AzureCloud's regional tag, then AzureCloud.
    void userRouteTieBreaks() {
        const auto tags = parseServiceTagsText(kTieTags, "tie.json").database;
        QVERIFY(tags);
        const auto chosen = [&](const std::string& routes) {
            const auto n = networkWithTags(udrCase(routes), tags);
            const Trace t = trace(*n, "vm", "20.38.1.1", 443);
            return t.hops.at(0).route ? t.hops.at(0).route->name : std::string("-");
        };
        const std::string all = tagRoute("cloud", "AzureCloud", "None") + "," +
                                tagRoute("cloud-regional", "AzureCloud.eastus", "None") + "," +
                                tagRoute("storage", "Storage", "None") + "," +
                                tagRoute("storage-regional", "Storage.EastUS", "Internet");
        QCOMPARE(chosen(all), std::string("storage-regional"));
        QCOMPARE(chosen(tagRoute("cloud", "AzureCloud", "None") + "," +
                        tagRoute("storage", "Storage", "Internet")),
                 std::string("storage"));
        QCOMPARE(chosen(tagRoute("cloud", "AzureCloud", "None") + "," +
                        tagRoute("cloud-regional", "AzureCloud.eastus", "Internet")),
                 std::string("cloud-regional"));
        QCOMPARE(chosen(all + "," + tagRoute("explicit", "20.38.0.0/16", "None")), std::string("explicit"));
    }

    void lintsNameTheUnresolvedTags() {
        const auto codes = [](const std::string& body, std::shared_ptr<const ServiceTagDatabase> tags) {
            EndpointCatalog catalog = EndpointCatalog::builtIn();
            catalog.setServiceTags(std::move(tags));
            std::multiset<std::string> out;
            for (const auto& d : lintTopology(load(body), catalog))
                out.insert(d.code + " " + d.pointer);
            return out;
        };
        const auto nsgWithout = codes(kNsgCase, nullptr);
        QVERIFY(
            nsgWithout.count("SERVICE_TAG_UNRESOLVED /nsgs/0/securityRules/0/destinationAddressPrefixes/0"));
        QVERIFY(!codes(kNsgCase, excerpt())
                     .count("SERVICE_TAG_UNRESOLVED /nsgs/0/securityRules/0/destinationAddressPrefixes/0"));
        // A misspelt built-in tag stays NSG_ADDRESS_UNKNOWN (Azure refuses it).
        std::string typo = kNsgCase;
        typo.replace(typo.find("\"Internet\""), 10, "\"Internt\"");
        QVERIFY(codes(typo, nullptr)
                    .count("NSG_ADDRESS_UNKNOWN /nsgs/0/securityRules/1/destinationAddressPrefixes/0"));
        // Routes: the unresolved tag, and more than 25 tag routes in a table.
        QVERIFY(codes(udrCase(tagRoute("r", "Storage", "Internet")), nullptr)
                    .count("SERVICE_TAG_UNRESOLVED /routeTables/0/routes/0/addressPrefix"));
        std::string many;
        for (int i = 0; i < 26; ++i)
            many += (i ? "," : "") + tagRoute(("r" + std::to_string(i)).c_str(),
                                              ("Tag" + std::to_string(i)).c_str(), "Internet");
        QVERIFY(codes(udrCase(many), nullptr).count("ROUTE_SERVICE_TAG_LIMIT /routeTables/0/routes"));
        const auto fw = codes(kFirewallCase, nullptr);
        QVERIFY(fw.count(
            "SERVICE_TAG_UNRESOLVED /firewalls/0/policy/ruleCollectionGroups/0/ruleCollections/0/rules/0"));
        QVERIFY(!codes(kFirewallCase, excerpt())
                     .count("SERVICE_TAG_UNRESOLVED "
                            "/firewalls/0/policy/ruleCollectionGroups/0/ruleCollections/0/rules/0"));
    }
};

QTEST_GUILESS_MAIN(TestServiceTags)
#include "tst_service_tags.moc"
