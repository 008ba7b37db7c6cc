// Loading and saving format v1: every error class with its pointer, limits, round trip.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "../support/test_support.h"
#include "edit/object_factory.h"
#include "edit/topology_patch.h"
#include "io/json_text.h"
#include "topology/topology_index.h"
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <functional>
#include <optional>

#include <fstream>

using namespace pathlight;
using namespace pathlight::test;

namespace {
LoadResult loadBody(const std::string& body) {
    return loadTopologyFromText(doc(body));
}

bool hasError(const LoadResult& r, const std::string& pointer, const std::string& code,
              const std::string& text = {}) {
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error && d.pointer == pointer && d.code == code &&
            d.message.english().find(text) != std::string::npos)
            return true;
    return false;
}

const char* kSmall = R"(
  "title": "small",
  "vnets": [{"id": "v1", "name": "v1", "addressSpace": ["10.0.0.0/16"],
             "subnets": [{"id": "s1", "name": "s1", "addressPrefix": "10.0.1.0/24", "nsg": "n1", "futureKey": {"a": 1}}]}],
  "nsgs": [{"id": "n1", "name": "n1", "securityRules": [
     {"name": "r1", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "Tcp",
      "sourceAddressPrefixes": ["10.0.0.0/8"], "sourcePortRanges": ["*"],
      "destinationAddressPrefixes": ["*"], "destinationPortRanges": ["80", "1000-2000"]}]}],
  "vms": [{"id": "vm1", "name": "vm1", "os": "linux", "nics": [
     {"id": "nic1", "subnet": "s1", "ipConfigurations": [{"name": "c", "privateIp": "10.0.1.4", "primary": true}]}]}],
  "flows": [{"id": "f1", "source": "vm1", "destination": "8.8.8.8", "port": 53, "protocol": "Udp", "expect": "delivered"}],
  "layout": {"v1": {"x": 1, "y": 2, "w": 300, "h": 200}},
  "x-custom": [1, 2, 3]
)";
// `vnets` VNets, each with an ExpressRoute gateway linked to one circuit.
std::string linkedEstate(int vnets) {
    Json doc = Json::object();
    doc["circuits"] = Json::array({{{"id", "er"}, {"privatePeering", {{"enabled", true}}}}});
    for (int i = 0; i < vnets; ++i) {
        const std::string n = std::to_string(i);
        const std::string net = std::to_string(10 + i / 256) + "." + std::to_string(i % 256);
        doc["vnets"].push_back(
            {{"id", "v" + n},
             {"addressSpace", {net + ".0.0/16"}},
             {"subnets",
              {{{"id", "gs" + n}, {"name", "GatewaySubnet"}, {"addressPrefix", net + ".255.0/27"}}}}});
        doc["gateways"].push_back({{"id", "g" + n}, {"type", "ExpressRoute"}, {"vnet", "v" + n}});
        doc["connections"].push_back(
            {{"id", "c" + n}, {"type", "ExpressRoute"}, {"gateway", "g" + n}, {"circuit", "er"}});
    }
    const std::string text = doc.dump();
    return text.substr(1, text.size() - 2); // the members, as lint() takes them
}

} // namespace

class TestTopologyIo : public QObject {
    Q_OBJECT
private slots:
    void loadsAValidFile() {
        LoadResult r = loadBody(kSmall);
        QVERIFY2(r.ok(), errorsOf(r).c_str());
        QCOMPARE(r.topology->vnets.size(), std::size_t(1));
        QCOMPARE(r.topology->vnets[0].subnets[0].nsg, std::string("n1"));
        QCOMPARE(r.topology->flows[0].protocol, Protocol::Udp);
        QCOMPARE(r.topology->nsgs[0].securityRules[0].destinationPortRanges.size(), std::size_t(2));
    }

    // ARM's singular rule keys (sourceAddressPrefix, destinationPortRange, ...) are read with the
    // plural ones (the newcomer's rule otherwise matched everything); a bad value is reported at
    // the singular key's own pointer; the writer writes the plural.
    void singularSecurityRuleKeys() {
        const std::string rule = R"("nsgs": [{"id": "n", "securityRules": [{"name": "r", "priority": 100,
            "direction": "Inbound", "access": "Deny", "protocol": "Tcp", "sourceAddressPrefix": "10.9.0.0/16",
            "sourcePortRange": "*", "destinationAddressPrefix": "*", "destinationPortRange": "3389"}]}])";
        LoadResult r = loadBody(rule);
        QVERIFY2(r.ok(), errorsOf(r).c_str());
        QVERIFY(r.diagnostics.empty()); // no UNKNOWN_KEY
        const SecurityRule& sr = r.topology->nsgs[0].securityRules[0];
        QCOMPARE(sr.sourceAddressPrefixes, std::vector<std::string>{"10.9.0.0/16"});
        QCOMPARE(sr.destinationPortRanges, (std::vector<std::string>{"3389"}));
        QVERIFY(topologyToText(*r.topology).find("\"sourceAddressPrefixes\"") != std::string::npos);
        std::string bad = rule;
        bad.replace(bad.find("10.9.0.0/16"), 11, "10.9.0.1/16");
        LoadResult refused = loadBody(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.diagnostics.front().pointer,
                 std::string("/nsgs/0/securityRules/0/sourceAddressPrefix"));
        // Azure takes one of the two keys: both given, a list given empty, or no addresses at all
        // are refused where they are (they became "*", matching everything, without a word).
        const std::pair<std::string, std::string> refusals[] = {
            {R"("destinationPortRange": "3389")",
             R"("destinationPortRange": "3389", "destinationPortRanges": ["22"])"},
            {R"("sourceAddressPrefix": "10.9.0.0/16")", R"("sourceAddressPrefixes": [])"},
            {R"("sourceAddressPrefix": "10.9.0.0/16",)", ""},
            {R"("destinationPortRange": "3389")", R"("destinationPortRange": "")"},
            {R"("protocol": "Tcp", )", ""},
            {R"({"name": "r",)", R"({"name": "",)"},
        };
        const char* expected[][2] = {
            {"NSG_RULE_KEY_TWICE", "/nsgs/0/securityRules/0/destinationPortRange"},
            {"NSG_RULE_LIST_EMPTY", "/nsgs/0/securityRules/0/sourceAddressPrefixes"},
            {"NSG_RULE_ADDRESS_MISSING", "/nsgs/0/securityRules/0/sourceAddressPrefixes"},
            {"NSG_RULE_VALUE_EMPTY", "/nsgs/0/securityRules/0/destinationPortRange"},
            {"MISSING", "/nsgs/0/securityRules/0/protocol"},
            {"EMPTY_NAME", "/nsgs/0/securityRules/0/name"},
        };
        for (std::size_t i = 0; i < std::size(refusals); ++i) {
            std::string text = rule;
            text.replace(text.find(refusals[i].first), refusals[i].first.size(), refusals[i].second);
            const LoadResult no = loadBody(text);
            QVERIFY2(!no.ok(), text.c_str());
            QCOMPARE(no.diagnostics.front().code, std::string(expected[i][0]));
            QCOMPARE(no.diagnostics.front().pointer, std::string(expected[i][1]));
        }
        // A list of numbers is refused for its values, not also called empty.
        std::string numbers = rule;
        numbers.replace(numbers.find(R"("destinationPortRange": "3389")"), 29,
                        R"("destinationPortRanges": [80])");
        const LoadResult typed = loadBody(numbers);
        QVERIFY(!typed.ok());
        for (const auto& d : typed.diagnostics)
            QVERIFY2(d.code != "NSG_RULE_LIST_EMPTY", d.pointer.c_str());
    }

    void unknownKeysWarnAndSurviveRoundTrip() {
        LoadResult r = loadBody(kSmall);
        QVERIFY(r.ok());
        int warnings = 0;
        for (const auto& d : r.diagnostics)
            if (d.code == "UNKNOWN_KEY") {
                ++warnings;
                QVERIFY(d.pointer == "/vnets/0/subnets/0/futureKey" || d.pointer == "/x-custom");
            }
        QCOMPARE(warnings, 2);
        const std::string saved = topologyToText(*r.topology);
        const Json savedJson = Json::parse(saved);
        QCOMPARE(savedJson["vnets"][0]["subnets"][0]["futureKey"]["a"].get<int>(), 1);
        QCOMPARE(savedJson["x-custom"].size(), std::size_t(3));
        QCOMPARE(savedJson["layout"]["v1"]["w"].get<int>(), 300);
        // Saving what was loaded from a saved file gives the same bytes.
        LoadResult again = loadTopologyFromText(saved);
        QVERIFY(again.ok());
        QCOMPARE(topologyToText(*again.topology), saved);
    }

    void everyExampleRoundTrips() {
        QDir dir(QString::fromStdString(sourceDir() + "/resources/examples"));
        const auto files = dir.entryList({"*.pathlight.json"});
        QCOMPARE(files.size(), 8);
        for (const auto& f : files) {
            LoadResult r = loadTopologyFromFile(dir.filePath(f).toStdString());
            QVERIFY2(r.ok(), (f.toStdString() + ": " + errorsOf(r)).c_str());
            for (const auto& d : r.diagnostics)
                QVERIFY2(d.severity != Severity::Warning, d.message.english().c_str());
            const std::string once = topologyToText(*r.topology);
            LoadResult back = loadTopologyFromText(once);
            QVERIFY(back.ok());
            QCOMPARE(topologyToText(*back.topology), once);
            // Semantically the same document as the file on disk.
            std::ifstream in(dir.filePath(f).toStdString());
            QVERIFY(Json::parse(once) == Json::parse(in));
        }
    }

    // One object's JSON and pointer, and the ids along a pointer, read from the structures, agree
    // with the whole document's JSON for every object and every pointer of every example and
    // field case.
    void objectJsonAndPointerIdsAgreeWithTheDocument() {
        int objects = 0, pointers = 0;
        for (const char* folder : {"/resources/examples", "/tests/regressions/field"}) {
            QDir dir(QString::fromStdString(sourceDir() + folder));
            for (const auto& f : dir.entryList({"*.pathlight.json"}))
                for (const bool withUnknownKeys : {false, true}) {
                    LoadResult r = loadTopologyFromFile(dir.filePath(f).toStdString());
                    QVERIFY(r.ok());
                    if (withUnknownKeys) {
                        // Every object with an id also carries a key Pathlight does not know (kept).
                        Json marked = topologyToJson(*r.topology);
                        std::function<void(Json&)> mark = [&](Json& j) {
                            if (j.is_object() && j.contains("id")) j["x-note"] = "kept";
                            if (j.is_object() || j.is_array())
                                for (auto& child : j)
                                    mark(child);
                        };
                        for (auto& [key, value] : marked.items())
                            if (key != "layout") mark(value);
                        r = loadTopologyFromText(marked.dump());
                        QVERIFY(r.ok());
                    }
                    const Topology& t = *r.topology;
                    const Json doc = topologyToJson(t);
                    const TopologyIndex index(t);
                    const Json flat = doc.flatten();
                    for (const auto& [pointer, leaf] : flat.items()) {
                        (void)leaf;
                        for (Json::json_pointer p(pointer); !p.empty(); p = p.parent_pointer()) {
                            QVERIFY2(idsAlongPointer(t, p.to_string()) == idsAlongPointer(doc, p.to_string()),
                                     qPrintable(f + ": " + QString::fromStdString(p.to_string())));
                            ++pointers;
                            const Json& at = doc.at(p);
                            if (!at.is_object() || !at.contains("id") || !at["id"].is_string()) continue;
                            const ObjectJson one = objectToJson(t, index, at["id"].get<std::string>());
                            QCOMPARE(one.pointer, p.to_string());
                            QVERIFY(one.object == at);
                            ++objects;
                        }
                    }
                    QVERIFY(objectToJson(t, index, "no-such-id").pointer.empty());
                    QVERIFY(idsAlongPointer(t, "/vnets/99999/subnets/0").empty());
                    QVERIFY(idsAlongPointer(t, "/vnets/-1").empty());
                    QVERIFY(idsAlongPointer(t, "nonsense").empty());
                }
        }
        QVERIFY(objects > 100 && pointers > 1000);
    }

    void refusesWrongFormatAndVersion() {
        LoadResult notJson = loadTopologyFromText("{ this is not json");
        QVERIFY(!notJson.ok() && notJson.unusable);
        QCOMPARE(notJson.diagnostics[0].code, std::string("NOT_JSON"));
        LoadResult wrongFormat = loadTopologyFromText(R"({"format": "drawio", "version": 1})");
        QVERIFY(wrongFormat.unusable);
        QCOMPARE(wrongFormat.diagnostics[0].code, std::string("WRONG_FORMAT"));
        LoadResult wrongVersion = loadTopologyFromText(R"({"format": "pathlight.topology", "version": 3})");
        QVERIFY(wrongVersion.unusable);
        QCOMPARE(wrongVersion.diagnostics[0].code, std::string("WRONG_VERSION"));
        QVERIFY(wrongVersion.diagnostics[0].message.english().find("versions 1 and 2") != std::string::npos);
        QVERIFY(loadTopologyFromText(R"({"format": "pathlight.topology", "version": 2})").ok());
        QVERIFY(loadTopologyFromText(R"({"format": "pathlight.topology", "version": 0})").unusable);
        LoadResult array = loadTopologyFromText("[]");
        QVERIFY(array.unusable);
    }

    void errorsNameThePointer_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("bad prefix")
            << R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "a", "addressPrefix": "10.0.0.0/24"}, {"id": "b", "addressPrefix": "10.0.0.0/33"}]}])"
            << "/vnets/0/subnets/1/addressPrefix"
            << "BAD_PREFIX"
            << "\"10.0.0.0/33\" is not an IPv4 prefix";
        QTest::newRow("host bits")
            << R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.1/16"], "subnets": []}])"
            << "/vnets/0/addressSpace/0"
            << "BAD_PREFIX"
            << "host bits";
        QTest::newRow("bad address")
            << R"("sites": [{"id": "s", "addressSpace": [], "hosts": [{"id": "h", "ip": "192.168.1.300"}]}])"
            << "/sites/0/hosts/0/ip"
            << "BAD_ADDRESS"
            << "not an IPv4 address";
        QTest::newRow("missing id") << R"("nsgs": [{"name": "n"}])"
                                    << "/nsgs/0/id"
                                    << "MISSING"
                                    << "\"id\"";
        QTest::newRow("wrong type")
            << R"("vnets": [{"id": "v", "addressSpace": "10.0.0.0/16", "subnets": []}])"
            << "/vnets/0/addressSpace"
            << "TYPE"
            << "an array";
        QTest::newRow("object expected") << R"("vnets": [42])"
                                         << "/vnets/0"
                                         << "TYPE"
                                         << "expected an object";
        QTest::newRow("duplicate id")
            << R"("nsgs": [{"id": "x", "securityRules": []}], "routeTables": [{"id": "x", "routes": []}])"
            << "/routeTables/0/id"
            << "DUPLICATE_ID"
            << "/nsgs/0/id";
        QTest::newRow("dangling")
            << R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.0.0/24", "routeTable": "rt-missing"}]}])"
            << "/vnets/0/subnets/0/routeTable"
            << "DANGLING_REF"
            << "subnet \"s\" refers to routeTable \"rt-missing\", which does not exist";
        QTest::newRow("wrong kind")
            << R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.0.0/24", "nsg": "v"}]}])"
            << "/vnets/0/subnets/0/nsg"
            << "WRONG_KIND"
            << "but it is a vnet";
        QTest::newRow("bad enum")
            << R"("gateways": [{"id": "g", "type": "SdWan", "vnet": "v"}], "vnets": [{"id": "v", "addressSpace": [], "subnets": []}])"
            << "/gateways/0/type"
            << "BAD_VALUE"
            << "ExpressRoute, Vpn";
        QTest::newRow("bad port")
            << R"("nsgs": [{"id": "n", "securityRules": [{"name": "r", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*", "destinationPortRanges": ["70000"]}]}])"
            << "/nsgs/0/securityRules/0/destinationPortRanges/0"
            << "BAD_PORT"
            << "70000";
        QTest::newRow("bad rule prefix")
            << R"("nsgs": [{"id": "n", "securityRules": [{"name": "r", "priority": 100, "direction": "Inbound", "access": "Allow", "protocol": "*", "destinationAddressPrefix": "*", "sourceAddressPrefixes": ["10.0.0.1/8"]}]}])"
            << "/nsgs/0/securityRules/0/sourceAddressPrefixes/0"
            << "BAD_PREFIX"
            << "host bits";
        QTest::newRow("flow source")
            << R"("flows": [{"id": "f", "source": "nobody", "destination": "8.8.8.8"}])"
            << "/flows/0/source"
            << "DANGLING_REF"
            << "nobody";
        QTest::newRow("peering size")
            << R"("vnets": [{"id": "v", "addressSpace": [], "subnets": []}], "peerings": [{"id": "p", "vnets": ["v"]}])"
            << "/peerings/0/vnets"
            << "PEERING_VNETS"
            << "exactly two";
        QTest::newRow("out of range") << R"("sites": [{"id": "s", "addressSpace": [], "bgp": {"asn": -5}}])"
                                      << "/sites/0/bgp/asn"
                                      << "RANGE"
                                      << "out of range";
        QTest::newRow("no ip configuration")
            << R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": [{"id": "s", "addressPrefix": "10.0.0.0/24"}]}], "vms": [{"id": "vm", "nics": [{"id": "n", "subnet": "s", "ipConfigurations": []}]}])"
            << "/vms/0/nics/0/ipConfigurations"
            << "NO_IPCONFIG"
            << "at least one";
    }
    void errorsNameThePointer() {
        QFETCH(QString, body);
        QFETCH(QString, pointer);
        QFETCH(QString, code);
        QFETCH(QString, text);
        LoadResult r = loadBody(body.toStdString());
        QVERIFY(!r.ok());
        QVERIFY(!r.unusable);
        QVERIFY2(hasError(r, pointer.toStdString(), code.toStdString(), text.toStdString()),
                 errorsOf(r).c_str());
    }

    void nothingIsHalfLoaded() {
        LoadResult r = loadBody(
            R"("vnets": [{"id": "v", "addressSpace": ["10.0.0.0/16"], "subnets": []}, {"id": "w", "addressSpace": ["bad"], "subnets": []}])");
        QVERIFY(!r.topology.has_value());
    }

    void limitsRefuseHostileFiles() {
        LoadLimits tiny;
        tiny.maxBytes = 100;
        LoadResult big = loadTopologyFromText(doc(kSmall), tiny);
        QVERIFY(big.unusable);
        QCOMPARE(big.diagnostics[0].code, std::string("TOO_LARGE"));

        LoadLimits few;
        few.maxObjects = 5;
        LoadResult many = loadTopologyFromText(doc(kSmall), few);
        QVERIFY(many.unusable);
        QCOMPARE(many.diagnostics[0].code, std::string("TOO_MANY_OBJECTS"));

        // Deep nesting is refused without recursing to the bottom.
        std::string deep(100000, '[');
        LoadResult nested = loadTopologyFromText(deep);
        QVERIFY(nested.unusable);

        // 200,000 objects is the default limit.
        std::string body = R"("nsgs": [{"id": "n", "securityRules": [)";
        for (int i = 0; i < 200001; ++i)
            body += std::string(i ? "," : "") + "{}";
        body += "]}]";
        LoadResult huge = loadTopologyFromText(doc(body));
        QVERIFY(huge.unusable);
        QCOMPARE(huge.diagnostics[0].code, std::string("TOO_MANY_OBJECTS"));

        // Scalars count too (breaker, session 8): a flood of numbers in one array.
        std::string numbers = R"("title": [)";
        for (int i = 0; i < 2'000'001; ++i)
            numbers += i ? ",0" : "0";
        numbers += "]";
        LoadResult flood = loadTopologyFromText(doc(numbers));
        QVERIFY(flood.unusable);
        QCOMPARE(flood.diagnostics[0].code, std::string("TOO_MANY_VALUES"));
        LoadLimits fewValues;
        fewValues.maxValues = 3;
        QCOMPARE(loadTopologyFromText(doc(kSmall), fewValues).diagnostics.at(0).code,
                 std::string("TOO_MANY_VALUES"));
        QVERIFY(loadTopologyFromText(doc(kSmall)).ok());
    }

    // Keys are linear to read however many one object has (160,000 keys took 23 s: nlohmann's
    // ordered map searched for each), and unknown keys warn 100 times, then say how many more.
    void manyKeysReadInLinearTime() {
        std::string layout = "\"layout\": {";
        for (int i = 0; i < 150000; ++i) // under the 200,000-object limit
            layout += (i ? ",\"b" : "\"b") + std::to_string(i) + "\": {\"x\": 1, \"y\": 2}";
        layout += "}";
        QElapsedTimer timer;
        timer.start();
        const LoadResult big = loadTopologyFromText(doc(layout));
        QVERIFY(big.ok());
        QCOMPARE(big.topology->layout.size(), std::size_t(150000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        std::string unknown;
        for (int i = 0; i < 300; ++i)
            unknown += (i ? ",\"k" : "\"k") + std::to_string(i) + "\": 1";
        const LoadResult warned = loadTopologyFromText(doc(unknown));
        QVERIFY(warned.ok());
        QCOMPARE(warned.diagnostics.size(), std::size_t(101));
        QCOMPARE(warned.diagnostics.back().code, std::string("TOO_MANY_WARNINGS"));
        QCOMPARE(warned.topology->keys.size(), std::size_t(300)); // every unknown key is kept
        QCOMPARE(warned.topology->keys["k299"].get<int>(), 1);
    }

    // Azure links at most 100 VNets to one ExpressRoute circuit (Premium at 10 Gbps and over): a
    // file beyond that is refused before anything is routed (800 took 9 GB and aborted).
    void expressRouteVnetLinkLimit() {
        QVERIFY(loadTopologyFromText(doc(linkedEstate(100))).ok());
        const LoadResult over = loadTopologyFromText(doc(linkedEstate(101)));
        QVERIFY(!over.ok());
        QVERIFY(hasError(over, "/connections/100/circuit", "EXPRESSROUTE_VNET_LINK_LIMIT", "101 VNets"));
    }

    // One flow read as the file reader reads it (the window checks a flow before adding it).
    void aFlowObjectIsReadWithTheReadersChecks() {
        Flow flow;
        QVERIFY(
            readFlowObject(Json::parse(R"({"id": "f", "source": "a", "destination": "b", "protocol": "Udp",
                                               "port": 53})"),
                           "/flows/0", flow)
                .empty());
        QCOMPARE(flow.protocol, Protocol::Udp);
        QCOMPARE(flow.port, 53);
        const auto errors =
            readFlowObject(Json::parse(R"({"id": "g", "source": "a", "destination": "b", "port": 70000})"),
                           "/flows/1", flow);
        QVERIFY(!errors.empty());
        QCOMPARE(errors.front().pointer, std::string("/flows/1/port"));
        QCOMPARE(flow.id, std::string("f")); // unchanged on an error
    }

    // An operation whose target lies inside a value that holds nothing (a string) is refused, not
    // handed to the JSON library, which asserts (the fuzzer's "add" under "/format" aborted).
    void patchesIntoScalarsAreRefused() {
        Topology t = load(kSmall);
        const std::string original = topologyToText(t);
        for (const char* op : {"add", "replace", "copy", "move", "remove"}) {
            Json operation = {{"op", op}, {"path", "/format/er-lab"}, {"value", {{"x", 0}}}};
            if (std::string(op) == "copy" || std::string(op) == "move") operation["from"] = "/title";
            const auto errors = applyPatch(t, Json::array({operation}));
            QVERIFY2(!errors.empty(), op);
            QCOMPARE(errors.front().code, std::string("BAD_PATCH"));
            QCOMPARE(topologyToText(t), original);
        }
        QVERIFY(
            !patchLayout(t, Json::array({{{"op", "add"}, {"path", "/layout/a/x/y"}, {"value", 1}}})).empty());
    }

    // General edits as JSON patches: validated by the reader, exact inverses.
    void patchesEditAndInvert() {
        Topology t = load(kSmall);
        const std::string original = topologyToText(t);
        Json subnet = topologyToJson(t)["vnets"][0]["subnets"][0];
        subnet["addressPrefix"] = "10.0.2.0/24";
        const TopologyPatch change = replaceObjectPatch(t, "s1", subnet);
        QVERIFY(!change.empty());
        QVERIFY(applyPatch(t, change.forward).empty());
        QCOMPARE(t.vnets[0].subnets[0].addressPrefix.toString(), std::string("10.0.2.0/24"));
        QVERIFY(applyPatch(t, change.backward).empty());
        QCOMPARE(topologyToText(t), original);

        // An invalid edit is refused with the reader's pointer, and nothing changes.
        subnet["addressPrefix"] = "10.0.2.1/24";
        const auto errors = applyPatch(t, replaceObjectPatch(t, "s1", subnet).forward);
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].pointer, std::string("/vnets/0/subnets/0/addressPrefix"));
        QCOMPARE(topologyToText(t), original);

        // Removing an object someone refers to names the referrer.
        const auto dangling = applyPatch(t, removeObjectPatch(t, "n1").forward);
        QVERIFY(!dangling.empty());
        QCOMPARE(dangling[0].code, std::string("DANGLING_REF"));
        QCOMPARE(topologyToText(t), original);

        // Removing a VM (nobody refers to it) removes its layout too, and comes back exactly.
        const TopologyPatch remove = removeObjectPatch(t, "vm1");
        QVERIFY(applyPatch(t, remove.forward).empty() == false); // the flow refers to vm1
        Topology noFlow = t;
        noFlow.flows.clear();
        const std::string before = topologyToText(noFlow);
        const TopologyPatch removeVm = removeObjectPatch(noFlow, "vm1");
        QVERIFY(applyPatch(noFlow, removeVm.forward).empty());
        QVERIFY(noFlow.vms.empty());
        QVERIFY(applyPatch(noFlow, removeVm.backward).empty());
        QCOMPARE(topologyToText(noFlow), before);

        // Layout moves.
        const TopologyPatch move = setLayoutPatch(t, "vm1", 10, 20, 0, 0, false);
        QVERIFY(applyPatch(t, move.forward).empty());
        QCOMPARE(t.layout["vm1"]["x"].get<double>(), 10.0);
        QVERIFY(applyPatch(t, move.backward).empty());
        QCOMPARE(topologyToText(t), original);
        QCOMPARE(pointerOf(topologyToJson(t), "s1"), std::string("/vnets/0/subnets/0"));
        QVERIFY(pointerOf(topologyToJson(t), "nope").empty());
    }

    // The patches the window builds through the model (it builds no JSON itself): a rule set
    // replaced on that object alone equals the whole-document patch; layout boxes, an added flow
    // and the document's settings apply and invert exactly; a refused move says why.
    void windowPatchesApplyAndInvert() {
        for (const char* name : {"01-forced-tunneling-kms", "05-route-server-nva-forced-tunnel"}) {
            LoadResult r =
                loadTopologyFromFile(sourceDir() + "/resources/examples/" + name + ".pathlight.json");
            QVERIFY(r.ok());
            Topology t = *r.topology;
            const std::string original = topologyToText(t);
            // The patch's result, when it changes the topology and its inverse restores it exactly.
            auto roundTrip = [&](const TopologyPatch& p, const char* what) -> std::optional<Topology> {
                Topology edited = t;
                if (p.empty() || !applyPatch(edited, p.forward).empty()) return std::nullopt;
                const Topology result = edited;
                if (topologyToText(edited) == original || !applyPatch(edited, p.backward).empty() ||
                    topologyToText(edited) != original) {
                    qWarning("%s does not round-trip", what);
                    return std::nullopt;
                }
                return result;
            };
            for (const auto& nsg : t.nsgs) {
                Json object = nsgToJson(nsg);
                object["securityRules"].push_back({{"name", "added"},
                                                   {"priority", 4001},
                                                   {"direction", "Inbound"},
                                                   {"access", "Deny"},
                                                   {"protocol", "Tcp"},
                                                   {"sourceAddressPrefixes", {"10.9.0.0/16"}},
                                                   {"destinationAddressPrefixes", {"*"}},
                                                   {"destinationPortRanges", {"22"}}});
                const TopologyPatch fast = replaceObjectPatch(t, nsg.id, object);
                QVERIFY(fast.forward.dump().find("/nsgs/") != std::string::npos);
                QVERIFY(roundTrip(fast, "rule set"));
                // The same result as patching the whole document.
                Json whole = topologyToJson(t);
                whole[Json::json_pointer(pointerOf(whole, nsg.id))] = object;
                Topology a = t, b = t;
                QVERIFY(applyPatch(a, fast.forward).empty());
                QVERIFY(applyPatch(b, makePatch(topologyToJson(t), whole).forward).empty());
                QCOMPARE(topologyToText(a), topologyToText(b));
                // A rule the reader refuses is refused by the fast patch too, at its pointer.
                object["securityRules"].back()["access"] = "Maybe";
                Topology c = t;
                const auto errors = applyPatch(c, replaceObjectPatch(t, nsg.id, object).forward);
                QVERIFY(!errors.empty());
                QVERIFY(errors[0].pointer.find("/securityRules/") != std::string::npos);
                QCOMPARE(topologyToText(c), original);
            }
            const auto moved = roundTrip(layoutPatch(t, {{t.vms.front().id, 12, 34, {}, {}},
                                                         {t.vnets.front().id, 1, 2, 300.0, 200.0}}),
                                         "layout");
            QVERIFY(moved);
            QCOMPARE(moved->layout[t.vms.front().id]["y"].get<double>(), 34.0);
            QCOMPARE(moved->layout[t.vnets.front().id]["w"].get<double>(), 300.0);
            Topology noLayout = t;
            noLayout.layout = Json::object();
            const TopologyPatch first = layoutPatch(noLayout, {{t.vms.front().id, 5, 6, {}, {}}});
            QVERIFY(applyPatch(noLayout, first.forward).empty());
            QCOMPARE(noLayout.layout[t.vms.front().id]["x"].get<double>(), 5.0);
            QVERIFY(applyPatch(noLayout, first.backward).empty());
            QVERIFY(noLayout.layout.empty());

            Id id;
            const auto withFlow = roundTrip(
                addFlowPatch(t, {{"source", t.vms.front().id}, {"destination", "8.8.8.8"}}, &id), "flow");
            QVERIFY(withFlow);
            QCOMPARE(withFlow->flows.back().id, id);
            QCOMPARE(withFlow->flows.back().name, t.vms.front().id + " → 8.8.8.8");
            QVERIFY(roundTrip(documentSettingsPatch(t, {{"title", "Renamed"}}), "settings"));

            Message why;
            Id refusedId;
            const TopologyPatch refused =
                movePatch(t, {{{t.vms.front().id, 0, 0, {}, {}}, "no-such-subnet"}}, &why, &refusedId);
            QVERIFY(refused.empty());
            QVERIFY(!why.empty());
            QCOMPARE(refusedId, t.vms.front().id);
            QVERIFY(!movePatch(t, {{{t.vms.front().id, 7, 8, {}, {}}, {}}}, &why, &refusedId).empty());
        }
    }

    // A NUL byte would end the parse early and hide what follows; arrays count against the
    // limit like objects (64 MiB of "[]" built 21 million of them).
    void nulBytesAndArrayFloodsAreRefused() {
        const std::string withNul = doc(R"("title": "x")") + std::string(1, '\0') + "garbage";
        const LoadResult nul = loadTopologyFromText(withNul);
        QVERIFY(nul.unusable);
        QCOMPARE(nul.diagnostics[0].code, std::string("NUL_BYTE"));
        LoadLimits limits;
        limits.maxObjects = 100;
        std::string arrays = doc(R"("layout": {"x": )");
        arrays.pop_back();
        arrays += "[";
        for (int i = 0; i < 200; ++i)
            arrays += i ? ",[]" : "[]";
        arrays += "]}}";
        const LoadResult flood = loadTopologyFromText(arrays, limits);
        QVERIFY(flood.unusable);
        QCOMPARE(flood.diagnostics[0].code, std::string("TOO_MANY_OBJECTS"));
    }

    void unreadableFile() {
        QTemporaryDir dir;
        LoadResult missing = loadTopologyFromFile(dir.filePath("nope.json").toStdString());
        QVERIFY(missing.unusable);
        QCOMPARE(missing.diagnostics[0].code, std::string("UNREADABLE"));
    }

    // A number beyond a double's range is an error with its place, never an exception
    // (shared/hostile/d1-number-overflow-min.json).
    void numberOverflowIsAnError() {
        for (const char* text :
             {"1e309", "{\"format\": \"pathlight.topology\",\n \"version\": -1e400}", "[1, 2, 1e999999]"}) {
            const LoadResult r = loadTopologyFromText(text);
            QVERIFY(!r.ok());
            QVERIFY(r.unusable);
            QCOMPARE(r.diagnostics[0].code, std::string("NOT_JSON"));
            QVERIFY(r.diagnostics[0].message.args.size() == 3);
        }
        const LoadResult r =
            loadTopologyFromText("{\"format\": \"pathlight.topology\",\n \"version\": 1e400}");
        QCOMPARE(r.diagnostics[0].message.args[0], std::string("2"));  // line
        QCOMPARE(r.diagnostics[0].message.args[1], std::string("13")); // column where the number starts
        // A whole number above a signed 64-bit one is out of range, said as written (2^63 was
        // reported as -9223372036854775808).
        const LoadResult huge = loadTopologyFromText(
            R"({"format": "pathlight.topology", "version": 1, "nsgs": [{"id": "n", "securityRules": [
                {"name": "r", "priority": 9223372036854775808, "direction": "Inbound", "access": "Allow", "protocol": "*", "sourceAddressPrefix": "*", "destinationAddressPrefix": "*"}]}]})");
        QVERIFY(!huge.ok());
        QCOMPARE(huge.diagnostics[0].code, std::string("RANGE"));
        QCOMPARE(huge.diagnostics[0].message.args[0], std::string("9223372036854775808"));
        QVERIFY(QString::fromStdString(r.diagnostics[0].message.args[2]).contains("overflow"));
        const LoadResult hostile =
            loadTopologyFromFile(PATHLIGHT_SOURCE_DIR "/../shared/hostile/d1-number-overflow-min.json");
        if (QFile::exists(PATHLIGHT_SOURCE_DIR "/../shared/hostile/d1-number-overflow-min.json"))
            QCOMPARE(hostile.diagnostics[0].code, std::string("NOT_JSON"));
    }

    // Any parsed text (the clipboard, the Inspector's JSON, a flow editor) refuses nesting deeper
    // than kMaxJsonDepth where it happens: a clipboard of 100,000 nested arrays overflowed the
    // stack (breaker, session 15). Nesting up to the limit parses.
    void deepNestingIsRefusedEverywhere() {
        Json out;
        const std::string deep = "{\"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
        const auto error = parseJsonText(deep, out);
        QVERIFY(error);
        QVERIFY2(error->what.find("deeper than 256") != std::string::npos, error->what.c_str());
        QCOMPARE(error->line, std::size_t(1));
        QCOMPARE(error->column, std::size_t(6 + kMaxJsonDepth)); // the bracket one level too deep
        QVERIFY(parseJsonOrDiscarded(deep).is_discarded());
        QVERIFY(parseLenientJsonText(deep, out));
        const std::string fine = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
        QVERIFY(!parseJsonText(fine, out));
    }

    // A key named twice in one object is refused where it is named again: the JSON library keeps
    // the last value, so an NSG's "securityRules": [deny] then "securityRules": [] was traced as
    // allowed and `format` wrote the rule away (breaker, 2026-11-30). The same key in different
    // objects is fine.
    void duplicateKeysAreRefused() {
        const LoadResult r = loadTopologyFromText(
            "{\"format\": \"pathlight.topology\", \"version\": 1,\n \"nsgs\": [{\"id\": \"n\",\n"
            "  \"securityRules\": [],\n  \"securityRules\": []}]}");
        QVERIFY(r.unusable);
        QCOMPARE(r.diagnostics[0].code, std::string("NOT_JSON"));
        QCOMPARE(r.diagnostics[0].message.args[0], std::string("4")); // line of the second one
        QCOMPARE(r.diagnostics[0].message.args[1], std::string("3"));
        QVERIFY(QString::fromStdString(r.diagnostics[0].message.args[2]).contains("securityRules"));
        const LoadResult title = loadTopologyFromText(
            R"({"format": "pathlight.topology", "title": "a", "version": 1, "title": "b"})");
        QVERIFY(title.unusable);
        const LoadResult fine = loadTopologyFromText(
            R"({"format": "pathlight.topology", "version": 1, "vnets": [{"id": "a", "name": "x"}, {"id": "b", "name": "x"}]})");
        QVERIFY(!fine.unusable);
    }

    // A NUL character in a name would cut a bash-quoted script at it (breaker, session 9): refused
    // in every string and key, with where.
    void nulCharactersAreRefused() {
        for (const char* text :
             {"{\"format\": \"pathlight.topology\", \"version\": 1,\n \"title\": \"a\\u0000b\"}",
              "{\"format\": \"pathlight.topology\", \"version\": 1,\n \"x\\u0000\": 1}"}) {
            const LoadResult r = loadTopologyFromText(text);
            QVERIFY(r.unusable);
            QCOMPARE(r.diagnostics[0].code, std::string("NOT_JSON"));
            QCOMPARE(r.diagnostics[0].message.args[0], std::string("2"));
            QVERIFY(QString::fromStdString(r.diagnostics[0].message.args[2]).contains("NUL"));
        }
    }
};

QTEST_APPLESS_MAIN(TestTopologyIo)
#include "tst_topology_io.moc"
