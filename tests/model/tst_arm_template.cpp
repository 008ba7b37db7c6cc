// The ARM template expression evaluator and template expander (model/import/arm_expression.h,
// arm_template.h; ../shared/spec/import.md "Inputs" 2-3, FORMS.md §2): the function library one
// call at a time, then every template and export of ../shared/data/azure-corpus, then inputs made
// to break it (limits, cycles, nesting).

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "import/arm_expression.h"
#include "import/arm_template.h"
#include "io/json_text.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTest>

#include <string>
#endif

using namespace pathlight::armimport;

namespace {

// QCOMPARE cannot take nlohmann values (its qfloat16 overload instantiates their conversions).
#define QCOMPARE_JSON(actual, expected)                                                                      \
    do {                                                                                                     \
        const Json actual_ = (actual);                                                                       \
        const Json expected_ = (expected);                                                                   \
        QVERIFY2(actual_ == expected_, qPrintable(QString("got %1, expected %2")                             \
                                                      .arg(QString::fromStdString(actual_.dump()),           \
                                                           QString::fromStdString(expected_.dump()))));      \
    } while (false)

std::string corpusDir() {
#ifdef PATHLIGHT_SHARED_DIR
    return std::string(PATHLIGHT_SHARED_DIR) + "/data/azure-corpus";
#else
    return std::string(PATHLIGHT_SOURCE_DIR "/../shared") + "/data/azure-corpus";
#endif
}

Json loadCorpus(const std::string& relative) {
    QFile f(QString::fromStdString(corpusDir() + "/" + relative));
    if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + relative);
    QByteArray bytes = f.readAll();
    Json out;
    if (auto error = pathlight::parseLenientJsonText(std::string_view(bytes.constData(), bytes.size()), out))
        throw std::runtime_error(relative + ": " + error->what);
    return out;
}

Json parse(const std::string& text) {
    Json out;
    if (auto error = pathlight::parseLenientJsonText(text, out))
        throw std::runtime_error("test JSON: " + error->what);
    return out;
}

const char* kSchema = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

// A template with one resource whose properties.v is `value` (usually an expression).
Json oneValueTemplate(const Json& value, const Json& variables = Json::object(),
                      const Json& parameters = Json::object()) {
    return Json{
        {"$schema", kSchema},
        {"contentVersion", "1.0.0.0"},
        {"parameters", parameters},
        {"variables", variables},
        {"resources",
         Json::array({Json{{"type", "Test.Ns/things"}, {"name", "t"}, {"properties", Json{{"v", value}}}}})}};
}

TemplateExpansion expandValue(const Json& value, const Json& variables = Json::object(),
                              const Json& parameters = Json::object()) {
    return expandTemplate(oneValueTemplate(value, variables, parameters), nullptr, DeploymentContext{});
}

// The value of properties.v, or the string "UNRESOLVED:<function>" when it was not computed.
Json valueOf(const Json& value, const Json& variables = Json::object(),
             const Json& parameters = Json::object()) {
    auto r = expandValue(value, variables, parameters);
    if (r.error) return "ERROR:" + *r.error;
    if (r.resources.size() != 1) return "NO RESOURCE";
    for (const auto& u : r.unresolved)
        if (u.pointer == "/resources/0/properties/v") return "UNRESOLVED:" + u.function;
    return r.resources[0].resource["properties"]["v"];
}

const TemplateResource* findResource(const TemplateExpansion& r, const std::string& type,
                                     const std::string& name) {
    for (const auto& res : r.resources)
        if (res.resource["type"] == type && res.resource["name"] == name) return &res;
    return nullptr;
}

int countType(const TemplateExpansion& r, const std::string& type) {
    int n = 0;
    for (const auto& res : r.resources)
        if (res.resource["type"].is_string() &&
            QString::fromStdString(res.resource["type"].get<std::string>())
                    .compare(QString::fromStdString(type), Qt::CaseInsensitive) == 0)
            ++n;
    return n;
}

bool hasUnresolved(const TemplateExpansion& r, const std::string& pointer, const std::string& function) {
    for (const auto& u : r.unresolved)
        if (u.pointer == pointer && u.function == function) return true;
    return false;
}

QString describe(const TemplateExpansion& r) {
    QString s = QString("error: %1; resources:").arg(QString::fromStdString(r.error.value_or("-")));
    for (const auto& res : r.resources)
        s += " " + QString::fromStdString(res.pointer);
    s += "; unresolved:";
    for (const auto& u : r.unresolved)
        s += QString(" %1 %2 (%3)")
                 .arg(QString::fromStdString(u.pointer), QString::fromStdString(u.function),
                      QString::fromStdString(u.detail));
    return s;
}

const std::string kRg = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/resource-group";

} // namespace

class TestArmTemplate : public QObject {
    Q_OBJECT

private slots:
    // ---- the expression language ----------------------------------------------------------
    void literalsAndEscaping();
    void concatAndFormat();
    void resourceIdForms();
    void stringAndArrayFunctions();
    void logicAndArithmetic();
    void unionMergesArraysAndObjects();
    void cidrFunctions();
    void uniqueStringAndGuidAreStable();
    void parametersAndVariables();
    void neverEvaluatedFunctions();

    // ---- templates ------------------------------------------------------------------------
    void copyLoopsAndCopyIndex();
    void inlineChildResourcesAreFlattened();
    void nestedDeploymentsInnerAndOuterScope();
    void symbolicNameTemplates();
    void unresolvedConditionKeepsTheResource();
    void contextNamesTheTarget();

    // ---- the corpus ------------------------------------------------------------------------
    void everyCorpusTemplateExpands_data();
    void everyCorpusTemplateExpands();
    void corpusResourceCounts_data();
    void corpusResourceCounts();
    void routeServerWithItsParameters();
    void alzParsesLenientlyAndExpandsNestedDeployments();
    void forcedTunnelingCopyLoops();
    void agDocsCopyIndexNames();
    void exportKeepsLiteralPrefixesAndExternalIds();
    void dmauserLinkedTemplatesAreUnresolved();
    void referenceReportedWithPointer();

    // ---- adversarial inputs -----------------------------------------------------------------
    void notATemplate();
    void hugeCopyCountIsALimitError();
    void selfReferencingVariablesAreReported();
    void deepNestingIsBounded();
    void exponentialGrowthHitsTheLimits();
    void malformedDeclarations();
};

// Slot bodies are hidden from moc, which cannot parse all of them.
#ifndef Q_MOC_RUN

void TestArmTemplate::literalsAndEscaping() {
    QCOMPARE_JSON(valueOf("plain text"), Json("plain text"));
    QCOMPARE_JSON(valueOf("[[not an expression]"), Json("[not an expression]"));
    QCOMPARE_JSON(valueOf("[[x"), Json("[[x")); // no closing bracket: not escaped, kept as written
    QCOMPARE_JSON(valueOf("['it''s']"), Json("it's"));
    QCOMPARE_JSON(valueOf("[42]"), Json(42));
    QCOMPARE_JSON(valueOf("[-7]"), Json(-7));
    QCOMPARE_JSON(valueOf("[null]"), Json(nullptr));
    QCOMPARE_JSON(valueOf("[true]"), Json(true));
    QCOMPARE_JSON(valueOf("[false()]"), Json(false));
    QCOMPARE_JSON(valueOf("[ concat( 'a' ,\n 'b' ) ]"), Json("ab"));
    QCOMPARE_JSON(valueOf("[concat('a)]"), Json("UNRESOLVED:syntax")); // unbalanced quote
    QCOMPARE_JSON(valueOf("[concat('a', ]"), Json("UNRESOLVED:syntax"));
    QCOMPARE_JSON(valueOf("[concat('a') 'b']"), Json("UNRESOLVED:syntax"));
    QCOMPARE_JSON(valueOf("[]"), Json("UNRESOLVED:syntax"));
    QCOMPARE_JSON(valueOf("[99999999999999999999999]"), Json("UNRESOLVED:syntax"));
    // Numbers, booleans and null in a template are values, not expressions.
    QCOMPARE_JSON(valueOf(Json(3)), Json(3));
    QCOMPARE_JSON(valueOf(Json(nullptr)), Json(nullptr));
}

void TestArmTemplate::concatAndFormat() {
    QCOMPARE_JSON(valueOf("[concat('vnet-', 'hub', 1)]"), Json("vnet-hub1"));
    QCOMPARE_JSON(valueOf("[concat(createArray(1, 2), createArray(3))]"), parse("[1, 2, 3]"));
    QCOMPARE_JSON(valueOf("[format('{0}/{1}', 'vnet', 'GatewaySubnet')]"), Json("vnet/GatewaySubnet"));
    QCOMPARE_JSON(valueOf("[format('{{\"id\": \"{0}\"}}', 'x')]"), Json("{\"id\": \"x\"}"));
    QCOMPARE_JSON(valueOf("[format('nic-{0:D3}', 7)]"), Json("nic-007"));
    QCOMPARE_JSON(valueOf("[format('{0} {1}', 'only one')]"), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[string(true)]"), Json("True"));
    QCOMPARE_JSON(valueOf("[string(createObject('a', 1))]"), Json("{\"a\":1}"));
    QCOMPARE_JSON(valueOf("[int('65515')]"), Json(65515));
    QCOMPARE_JSON(valueOf("[bool('TRUE')]"), Json(true));
    QCOMPARE_JSON(valueOf("[toLower('GatewaySubnet')]"), Json("gatewaysubnet"));
    QCOMPARE_JSON(valueOf("[toUpper('abc')]"), Json("ABC"));
    QCOMPARE_JSON(valueOf("[trim('  x ')]"), Json("x"));
    QCOMPARE_JSON(valueOf("[replace('a-b-c', '-', '')]"), Json("abc"));
    QCOMPARE_JSON(valueOf("[padLeft(5, 3, '0')]"), Json("005"));
    QCOMPARE_JSON(valueOf("[substring('abcdef', 1, 3)]"), Json("bcd"));
    QCOMPARE_JSON(valueOf("[substring('abc', 2, 5)]"), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[base64('hello')]"), Json("aGVsbG8="));
    QCOMPARE_JSON(valueOf("[base64ToString('aGVsbG8=')]"), Json("hello"));
    QCOMPARE_JSON(valueOf("[uri('https://example.org/linked/main.json', 'nsg.json')]"),
                  Json("https://example.org/linked/nsg.json"));
}

void TestArmTemplate::resourceIdForms() {
    QCOMPARE_JSON(valueOf("[resourceId('Microsoft.Network/virtualNetworks', 'hub')]"),
                  Json(kRg + "/providers/Microsoft.Network/virtualNetworks/hub"));
    QCOMPARE_JSON(
        valueOf("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'hub', 'GatewaySubnet')]"),
        Json(kRg + "/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet"));
    QCOMPARE_JSON(
        valueOf("[resourceId('other-rg', 'Microsoft.Network/virtualNetworks', 'hub')]"),
        Json("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other-rg/providers/"
             "Microsoft.Network/virtualNetworks/hub"));
    QCOMPARE_JSON(
        valueOf("[resourceId('sub-1', 'rg-2', 'Microsoft.Network/virtualNetworks/subnets', 'v', 's')]"),
        Json("/subscriptions/sub-1/resourceGroups/rg-2/providers/Microsoft.Network/virtualNetworks/v/subnets/"
             "s"));
    // A trailing "/" on the type is accepted, as ARM does (aqt hub-and-spoke-sandbox).
    QCOMPARE_JSON(valueOf("[resourceId('Microsoft.Network/virtualNetworks/', 'hub')]"),
                  Json(kRg + "/providers/Microsoft.Network/virtualNetworks/hub"));
    QCOMPARE_JSON(valueOf("[resourceId('Microsoft.Network/virtualNetworks/subnets', 'only-one')]"),
                  Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[subscriptionResourceId('Microsoft.Resources/resourceGroups', 'rg')]"),
                  Json("/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Resources/"
                       "resourceGroups/rg"));
    QCOMPARE_JSON(valueOf("[tenantResourceId('Microsoft.Management/managementGroups', 'mg')]"),
                  Json("/providers/Microsoft.Management/managementGroups/mg"));
    QCOMPARE_JSON(valueOf("[extensionResourceId('/x/y', 'Microsoft.Authorization/locks', 'l')]"),
                  Json("/x/y/providers/Microsoft.Authorization/locks/l"));
    QCOMPARE_JSON(valueOf("[resourceGroup().location]"), Json("westeurope"));
    QCOMPARE_JSON(valueOf("[resourceGroup().id]"), Json(kRg));
    QCOMPARE_JSON(valueOf("[subscription().subscriptionId]"), Json("00000000-0000-0000-0000-000000000000"));
    QCOMPARE_JSON(valueOf("[deployment().name]"), Json("pathlight-import"));
    QCOMPARE_JSON(valueOf("[environment().name]"), Json("AzureCloud"));
    QCOMPARE_JSON(valueOf("[deployment().properties.templateLink.uri]"), Json("UNRESOLVED:templateLink"));
}

void TestArmTemplate::stringAndArrayFunctions() {
    QCOMPARE_JSON(valueOf("[split('1,2,3', ',')]"), parse(R"(["1", "2", "3"])"));
    QCOMPARE_JSON(valueOf("[split('a-b_c', createArray('-', '_'))]"), parse(R"(["a", "b", "c"])"));
    QCOMPARE_JSON(valueOf("[last(split('/a/b/vnet-hub', '/'))]"), Json("vnet-hub"));
    QCOMPARE_JSON(valueOf("[first(split('10.0.0.4,10.0.0.5', ','))]"), Json("10.0.0.4"));
    QCOMPARE_JSON(valueOf("[take('abcdef', 3)]"), Json("abc"));
    QCOMPARE_JSON(valueOf("[take(createArray(1, 2, 3), 2)]"), parse("[1, 2]"));
    QCOMPARE_JSON(valueOf("[skip(createArray(1, 2, 3), 2)]"), parse("[3]"));
    QCOMPARE_JSON(valueOf("[take('abc', 64)]"), Json("abc"));
    QCOMPARE_JSON(valueOf("[join(createArray('a', 'b'), ',')]"), Json("a,b"));
    QCOMPARE_JSON(valueOf("[length('abc')]"), Json(3));
    QCOMPARE_JSON(valueOf("[length(createArray(1, 2))]"), Json(2));
    QCOMPARE_JSON(valueOf("[indexOf('abcABC', 'B')]"), Json(1)); // case-insensitive, as ARM
    QCOMPARE_JSON(valueOf("[lastIndexOf('abcABC', 'b')]"), Json(4));
    QCOMPARE_JSON(valueOf("[startsWith('GatewaySubnet', 'gateway')]"), Json(true));
    QCOMPARE_JSON(valueOf("[endsWith('GatewaySubnet', 'NET')]"), Json(true));
    QCOMPARE_JSON(valueOf("[contains('abc', 'b')]"), Json(true));
    QCOMPARE_JSON(valueOf("[contains(createArray(1, 2), 3)]"), Json(false));
    QCOMPARE_JSON(valueOf("[contains(createObject('Key', 1), 'key')]"), Json(true));
    QCOMPARE_JSON(valueOf("[empty('')]"), Json(true));
    QCOMPARE_JSON(valueOf("[empty(json('[]'))]"), Json(true));
    QCOMPARE_JSON(valueOf("[json('null')]"), Json(nullptr));
    QCOMPARE_JSON(valueOf("[json('{\"a\": [1]}').a[0]]"), Json(1));
    QCOMPARE_JSON(valueOf("[createObject('a', 1)['a']]"), Json(1));
    QCOMPARE_JSON(valueOf("[range(1, 3)]"), parse("[1, 2, 3]"));
    QCOMPARE_JSON(valueOf("[items(createObject('b', 2, 'a', 1))[0].key]"), Json("a"));
    QCOMPARE_JSON(valueOf("[array('x')]"), parse(R"(["x"])"));
    QCOMPARE_JSON(valueOf("[intersection(createArray(1, 2, 3), createArray(2, 3, 4))]"), parse("[2, 3]"));
    QCOMPARE_JSON(valueOf("[createArray(1, 2)[5]]"), Json("UNRESOLVED:invalid"));
}

void TestArmTemplate::logicAndArithmetic() {
    QCOMPARE_JSON(valueOf("[if(equals('a', 'a'), 'yes', 'no')]"), Json("yes"));
    QCOMPARE_JSON(valueOf("[if(equals('a', 'b'), 'yes', 'no')]"), Json("no"));
    // Only the branch taken is evaluated: the other may hold what is never computed.
    QCOMPARE_JSON(valueOf("[if(true, 'x', reference('r').y)]"), Json("x"));
    QCOMPARE_JSON(valueOf("[if(false, 'x', reference('r').y)]"), Json("UNRESOLVED:reference"));
    QCOMPARE_JSON(valueOf("[and(true, not(false), or(false, true))]"), Json(true));
    QCOMPARE_JSON(valueOf("[coalesce(null, null, 'c')]"), Json("c"));
    QCOMPARE_JSON(valueOf("[equals(createArray(1, 2), createArray(1, 2))]"), Json(true));
    QCOMPARE_JSON(valueOf("[greater(3, 2)]"), Json(true));
    QCOMPARE_JSON(valueOf("[lessOrEquals('a', 'b')]"), Json(true));
    QCOMPARE_JSON(valueOf("[add(copyIndex(), 1)]"), Json("UNRESOLVED:invalid")); // no copy loop here
    QCOMPARE_JSON(valueOf("[sub(10, mul(2, 3))]"), Json(4));
    QCOMPARE_JSON(valueOf("[div(7, 2)]"), Json(3));
    QCOMPARE_JSON(valueOf("[mod(7, 2)]"), Json(1));
    QCOMPARE_JSON(valueOf("[div(1, 0)]"), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[mul(9223372036854775807, 2)]"), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[min(createArray(4, 2, 8))]"), Json(2));
    QCOMPARE_JSON(valueOf("[max(4, 2, 8)]"), Json(8));
    QCOMPARE_JSON(valueOf("[not('yes')]"), Json("UNRESOLVED:invalid"));
}

void TestArmTemplate::unionMergesArraysAndObjects() {
    QCOMPARE_JSON(valueOf("[union(createArray('a', 'b'), createArray('b', 'c'))]"),
                  parse(R"(["a", "b", "c"])"));
    QCOMPARE_JSON(
        valueOf("[union(json('{\"a\": 1, \"n\": {\"x\": 1}}'), json('{\"b\": 2, \"n\": {\"y\": 2}}'))]"),
        parse(R"({"a": 1, "n": {"x": 1, "y": 2}, "b": 2})"));
    QCOMPARE_JSON(valueOf("[union(json('[]'), json('[]'))]"), parse("[]"));
}

void TestArmTemplate::cidrFunctions() {
    QCOMPARE_JSON(valueOf("[cidrSubnet('10.144.0.0/20', 24, 3)]"), Json("10.144.3.0/24"));
    QCOMPARE_JSON(valueOf("[cidrSubnet('10.0.0.0/16', 27, 0)]"), Json("10.0.0.0/27"));
    QCOMPARE_JSON(valueOf("[cidrSubnet('10.144.0.0/20', 24, 16)]"), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[cidrHost('10.144.3.0/24', 0)]"), Json("10.144.3.1"));
    QCOMPARE_JSON(valueOf("[cidrHost('10.144.3.0/24', 253)]"), Json("10.144.3.254"));
    QCOMPARE_JSON(valueOf("[cidrHost('10.144.3.0/24', 254)]"), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[parseCidr('10.144.0.0/20')]"),
                  parse(R"({"network": "10.144.0.0", "netmask": "255.255.240.0", "broadcast": "10.144.15.255",
                       "firstUsable": "10.144.0.1", "lastUsable": "10.144.15.254", "cidr": 20})"));
    QCOMPARE_JSON(valueOf("[parseCidr('fdad:3236:5555::/48')]"),
                  Json("UNRESOLVED:invalid")); // IPv6 not supported
}

void TestArmTemplate::uniqueStringAndGuidAreStable() {
    Json a = valueOf("[uniqueString('sub', 'rg')]");
    QVERIFY(a.is_string());
    QCOMPARE(a.get<std::string>().size(), std::size_t(13));
    for (char c : a.get<std::string>())
        QVERIFY((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'));
    QCOMPARE_JSON(valueOf("[uniqueString('sub', 'rg')]"), a);
    QVERIFY(valueOf("[uniqueString('subr', 'g')]") != a);
    Json g = valueOf("[guid('x')]");
    QVERIFY(g.is_string());
    QCOMPARE(g.get<std::string>().size(), std::size_t(36));
    QCOMPARE(g.get<std::string>()[8], '-');
    QCOMPARE_JSON(valueOf("[guid('x')]"), g);
}

void TestArmTemplate::parametersAndVariables() {
    Json params = parse(R"({"p": {"type": "string", "defaultValue": "[concat('pre-', variables('v'))]"},
                            "obj": {"type": "object", "defaultValue": {"hubName": "az-hub", "asn": 65515}},
                            "secret": {"type": "securestring"}})");
    Json vars =
        parse(R"({"v": "x", "cfg": {"name": "[parameters('obj').hubName]", "list": ["[variables('v')]"]}})");
    QCOMPARE_JSON(valueOf("[parameters('p')]", vars, params), Json("pre-x"));
    // Names and members are looked up without regard to case, as ARM does (dmauser uses .hubname).
    QCOMPARE_JSON(valueOf("[parameters('OBJ').hubname]", vars, params), Json("az-hub"));
    QCOMPARE_JSON(valueOf("[variables('cfg').list[0]]", vars, params), Json("x"));
    QCOMPARE_JSON(valueOf("[variables('CFG').name]", vars, params), Json("az-hub"));
    // A secure parameter is never read, with or without a value (import.md "Secrets").
    QCOMPARE_JSON(valueOf("[parameters('secret')]", vars, params), Json("UNRESOLVED:secret"));
    QCOMPARE_JSON(valueOf("[parameters('undeclared')]", vars, params), Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[variables('missing')]", vars, params), Json("UNRESOLVED:invalid"));

    // A parameters file value wins over defaultValue.
    Json tmpl = oneValueTemplate("[parameters('p')]", vars, params);
    auto r = expandTemplate(tmpl, parse(R"({"parameters": {"p": {"value": "given"}}})"), DeploymentContext{});
    QCOMPARE_JSON(r.resources.at(0).resource["properties"]["v"], Json("given"));
    // A Key Vault reference in the parameters file is never resolved.
    r = expandTemplate(tmpl, parse(R"({"parameters": {"p": {"reference": {"keyVault": {"id": "/kv"}}}}})"),
                       DeploymentContext{});
    QVERIFY2(hasUnresolved(r, "/resources/0/properties/v", "reference"), qPrintable(describe(r)));
}

void TestArmTemplate::neverEvaluatedFunctions() {
    for (const char* expression :
         {"[reference('x').ipAddress]", "[listKeys('x', '2020-01-01').keys[0].value]",
          "[listSecrets('x', '2020-01-01')]", "[pickZones('a', 'b', 'c')]", "[newGuid()]", "[utcNow()]",
          "[noSuchFunction(1)]", "[ns.userFunction(1)]"}) {
        auto r = expandValue(expression);
        QVERIFY2(r.unresolved.size() == 1, expression);
        QCOMPARE(r.unresolved[0].pointer, std::string("/resources/0/properties/v"));
        QVERIFY(r.resources.at(0).resource["properties"]["v"].is_null());
    }
    QCOMPARE_JSON(valueOf("[reference('x').ipAddress]"), Json("UNRESOLVED:reference"));
    QCOMPARE_JSON(valueOf("[listKeys('x', '2020-01-01')]"), Json("UNRESOLVED:listKeys"));
    QCOMPARE_JSON(valueOf("[concat('a', utcNow())]"), Json("UNRESOLVED:utcNow"));
    QCOMPARE_JSON(valueOf("[noSuchFunction(1)]"), Json("UNRESOLVED:unknownFunction"));
    auto r = expandValue("[reference('x').ipAddress]");
    QCOMPARE(r.unresolved[0].detail, std::string("[reference('x').ipAddress]"));
}

void TestArmTemplate::copyLoopsAndCopyIndex() {
    Json tmpl = parse(R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "variables": {
        "copy": [{"name": "prefixes", "count": 3, "input": "[format('10.{0}.0.0/16', copyIndex('prefixes'))]"}],
        "obj": {"copy": [{"name": "names", "count": 2, "input": "[concat('n', copyIndex('names', 1))]"}]}
      },
      "resources": [{
        "type": "Microsoft.Network/virtualNetworks",
        "name": "[concat('vnet', copyIndex(1))]",
        "copy": {"name": "vnetLoop", "count": "[length(variables('prefixes'))]"},
        "condition": "[not(equals(copyIndex(), 1))]",
        "properties": {
          "addressSpace": {"addressPrefixes": ["[variables('prefixes')[copyIndex()]]"]},
          "copy": [{"name": "subnets", "count": 2,
                    "input": {"name": "[concat('s', copyIndex('subnets'), '-of-', copyIndex('vnetLoop'))]",
                              "properties": {"addressPrefix": "[cidrSubnet(variables('prefixes')[copyIndex('vnetLoop')], 24, copyIndex('subnets'))]"}}}],
          "extra": "[variables('obj').names]"
        }
      }]
    })");
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY2(!r.error && r.unresolved.empty(), qPrintable(describe(r)));
    QCOMPARE(r.resources.size(), std::size_t(2)); // index 1 skipped by its condition
    QCOMPARE(r.skipped, std::vector<std::string>{"/resources/0"});
    const Json& vnet3 = r.resources[1].resource;
    QCOMPARE_JSON(vnet3["name"], Json("vnet3"));
    QCOMPARE_JSON(vnet3["properties"]["addressSpace"]["addressPrefixes"], parse(R"(["10.2.0.0/16"])"));
    QCOMPARE_JSON(vnet3["properties"]["subnets"],
                  parse(R"([{"name": "s0-of-2", "properties": {"addressPrefix": "10.2.0.0/24"}},
                       {"name": "s1-of-2", "properties": {"addressPrefix": "10.2.1.0/24"}}])"));
    QVERIFY(!vnet3["properties"].contains("copy"));
    QCOMPARE_JSON(vnet3["properties"]["extra"], parse(R"(["n1", "n2"])"));
    QCOMPARE_JSON(r.resources[0].resource["id"],
                  Json(kRg + "/providers/Microsoft.Network/virtualNetworks/vnet1"));
}

void TestArmTemplate::inlineChildResourcesAreFlattened() {
    Json tmpl = parse(R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [{
        "type": "Microsoft.Network/virtualNetworks", "name": "hub", "location": "eastus",
        "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}},
        "resources": [
          {"type": "subnets", "name": "GatewaySubnet", "properties": {"addressPrefix": "10.0.0.0/27"}},
          {"type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "name": "hub/to-spoke",
           "properties": {"allowForwardedTraffic": true}},
          {"type": "subnets", "name": "skipped", "condition": false, "properties": {}}
        ]
      }]
    })");
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY2(!r.error && r.unresolved.empty(), qPrintable(describe(r)));
    QCOMPARE(r.resources.size(), std::size_t(3));
    const auto* subnet = findResource(r, "Microsoft.Network/virtualNetworks/subnets", "hub/GatewaySubnet");
    QVERIFY(subnet);
    QCOMPARE(subnet->pointer, std::string("/resources/0/resources/0"));
    QCOMPARE_JSON(subnet->resource["id"],
                  Json(kRg + "/providers/Microsoft.Network/virtualNetworks/hub/subnets/GatewaySubnet"));
    QCOMPARE_JSON(subnet->resource["resourceGroup"], Json("resource-group"));
    QVERIFY(findResource(r, "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "hub/to-spoke"));
    QCOMPARE(r.skipped, std::vector<std::string>{"/resources/0/resources/2"});
    QVERIFY(!r.resources[0].resource.contains("resources"));
}

void TestArmTemplate::nestedDeploymentsInnerAndOuterScope() {
    Json tmpl = parse(R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "parameters": {"name": {"type": "string", "defaultValue": "outer-vnet"}},
      "variables": {"prefix": "10.1.0.0/16"},
      "resources": [
        {"type": "Microsoft.Resources/deployments", "name": "inner-deployment", "resourceGroup": "spoke-rg",
         "properties": {
           "expressionEvaluationOptions": {"scope": "inner"},
           "parameters": {"vnetName": {"value": "[concat(parameters('name'), '-inner')]"}},
           "template": {
             "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion": "1.0.0.0",
             "parameters": {"vnetName": {"type": "string"}, "name": {"type": "string", "defaultValue": "own"}},
             "resources": [{"type": "Microsoft.Network/virtualNetworks", "name": "[parameters('vnetName')]",
                            "location": "[resourceGroup().location]",
                            "properties": {"tag": "[parameters('name')]", "rg": "[resourceGroup().name]"}}]
           }}},
        {"type": "Microsoft.Resources/deployments", "name": "outer-deployment",
         "properties": {
           "template": {
             "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
             "contentVersion": "1.0.0.0",
             "resources": [{"type": "Microsoft.Network/virtualNetworks", "name": "[parameters('name')]",
                            "properties": {"addressSpace": {"addressPrefixes": ["[variables('prefix')]"]}}}]
           }}},
        {"type": "Microsoft.Resources/deployments", "name": "linked",
         "properties": {"templateLink": {"uri": "[concat('https://example.org/', 'net.json')]"}}}
      ]
    })");
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.resources.size(), std::size_t(2)); // deployments themselves are not emitted
    const auto* inner = findResource(r, "Microsoft.Network/virtualNetworks", "outer-vnet-inner");
    QVERIFY2(inner, qPrintable(describe(r)));
    QCOMPARE(inner->pointer, std::string("/resources/0/properties/template/resources/0"));
    QCOMPARE_JSON(inner->resource["properties"]["tag"], Json("own")); // the nested template's own parameter
    QCOMPARE_JSON(inner->resource["resourceGroup"], Json("spoke-rg"));
    QCOMPARE_JSON(inner->resource["properties"]["rg"], Json("spoke-rg"));
    QCOMPARE_JSON(
        inner->resource["id"],
        Json("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/spoke-rg/providers/"
             "Microsoft.Network/virtualNetworks/outer-vnet-inner"));
    const auto* outer = findResource(r, "Microsoft.Network/virtualNetworks", "outer-vnet");
    QVERIFY(outer);
    QCOMPARE_JSON(outer->resource["properties"]["addressSpace"]["addressPrefixes"],
                  parse(R"(["10.1.0.0/16"])"));
    QCOMPARE(r.unresolved.size(), std::size_t(1));
    QCOMPARE(r.unresolved[0].pointer, std::string("/resources/2/properties/templateLink"));
    QCOMPARE(r.unresolved[0].function, std::string("templateLink"));
    QCOMPARE(r.unresolved[0].detail, std::string("https://example.org/net.json"));
}

void TestArmTemplate::symbolicNameTemplates() {
    Json tmpl = parse(R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "languageVersion": "2.0", "contentVersion": "1.0.0.0",
      "resources": {
        "hubVnet": {"type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub",
                    "properties": {"addressSpace": {"addressPrefixes": ["10.0.0.0/16"]}}},
        "existingRt": {"existing": true, "type": "Microsoft.Network/routeTables", "apiVersion": "2023-09-01",
                       "name": "rt"},
        "a/b": {"type": "Microsoft.Network/routeTables", "name": "rt2", "properties": {}}
      }
    })");
    QVERIFY(isArmTemplate(tmpl));
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY2(!r.error && r.unresolved.empty(), qPrintable(describe(r)));
    QCOMPARE(r.resources.size(), std::size_t(2));
    QCOMPARE(r.resources[0].pointer, std::string("/resources/hubVnet"));
    QCOMPARE(r.resources[1].pointer, std::string("/resources/a~1b"));
}

void TestArmTemplate::unresolvedConditionKeepsTheResource() {
    Json tmpl = parse(R"({
      "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      "contentVersion": "1.0.0.0",
      "resources": [{"type": "Microsoft.Network/virtualNetworks", "name": "v",
                     "condition": "[reference('x').enabled]", "properties": {}}]
    })");
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QCOMPARE(r.resources.size(), std::size_t(1));
    QVERIFY(hasUnresolved(r, "/resources/0/condition", "reference"));
    QVERIFY(r.skipped.empty());
}

void TestArmTemplate::contextNamesTheTarget() {
    DeploymentContext context;
    context.subscriptionId = "sub-9";
    context.resourceGroup = "net-rg";
    context.location = "japaneast";
    auto r = expandTemplate(oneValueTemplate("[resourceGroup().location]"), nullptr, context);
    QCOMPARE_JSON(r.resources.at(0).resource["properties"]["v"], Json("japaneast"));
    QCOMPARE_JSON(r.resources.at(0).resource["id"],
                  Json("/subscriptions/sub-9/resourceGroups/net-rg/providers/Test.Ns/things/t"));
    QCOMPARE_JSON(r.resources.at(0).resource["resourceGroup"], Json("net-rg"));
}

void TestArmTemplate::everyCorpusTemplateExpands_data() {
    QTest::addColumn<QString>("file");
    for (const char* folder : {"arm-template", "export"}) {
        QDir dir(QString::fromStdString(corpusDir() + "/" + folder));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        for (const QString& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            if (name.contains(".parameters.")) continue;
            const QString relative = QString(folder) + "/" + name;
            QTest::newRow(qPrintable(relative)) << relative;
        }
    }
}

void TestArmTemplate::everyCorpusTemplateExpands() {
    QFETCH(QString, file);
    Json doc = loadCorpus(file.toStdString());
    auto r = expandTemplate(doc, nullptr, DeploymentContext{});
    if (file.endsWith("mspnp-ra__hub-spoke.azbb.json")) {
        // A building-block file: not an ARM deployment template, refused as a whole.
        QVERIFY(!isArmTemplate(doc));
        QVERIFY(r.error);
        QVERIFY(r.resources.empty());
        return;
    }
    QVERIFY(isArmTemplate(doc));
    QVERIFY2(!r.error, qPrintable(describe(r)));
    for (const auto& u : r.unresolved) {
        // Everything unresolved in the corpus is a value only Azure or the user knows, never a
        // function or a form this evaluator misread.
        QVERIFY2(u.function == "parameter" || u.function == "secret" || u.function == "reference" ||
                     u.function == "templateLink",
                 qPrintable(describe(r)));
    }
    for (const auto& res : r.resources) {
        QVERIFY(res.resource["type"].is_string());
        QVERIFY(res.resource["id"].is_string() || res.resource["name"].is_null());
        QVERIFY(res.resource["properties"].is_object());
    }
}

void TestArmTemplate::corpusResourceCounts_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("resources");
    QTest::addColumn<int>("skipped");
    // Counted by reading the files: ag-docs-qs copies 2 NSGs, 3 PIPs, 2 VMs, 2 extensions, 2 NICs
    // around 1 VNet and 1 application gateway; hub-and-spoke-sandbox has 6 resources for
    // deployVpnGateway = 'Yes' (default 'No'); dmauser's 23 deployments are all linked.
    QTest::newRow("ag-docs-qs") << "arm-template/aqt__ag-docs-qs.azuredeploy.json" << 13 << 0;
    QTest::newRow("forced-tunneling")
        << "arm-template/aqt__azurefirewall-forced-tunneling.azuredeploy.json" << 18 << 0;
    QTest::newRow("hub-and-spoke-sandbox")
        << "arm-template/aqt__hub-and-spoke-sandbox.azuredeploy.json" << 18 << 6;
    QTest::newRow("route-server-quagga")
        << "arm-template/aqt__route-server-quagga.azuredeploy.json" << 10 << 0;
    QTest::newRow("dmauser") << "arm-template/dmauser-lab__rs-er-vpn-transit.azuredeploy.json" << 0 << 1;
    QTest::newRow("alz defaults") << "arm-template/alz__hubspoke-connectivity.json" << 0 << 1;
    QTest::newRow("az700 export") << "export/az700-m01__portal-export-3vnets.template.json" << 12 << 0;
    QTest::newRow("2024 hub export")
        << "export/unknown-repo-idx35108760131__portal-export-2024-hub-azfw.template.json" << 7 << 0;
}

void TestArmTemplate::corpusResourceCounts() {
    QFETCH(QString, file);
    QFETCH(int, resources);
    QFETCH(int, skipped);
    auto r = expandTemplate(loadCorpus(file.toStdString()), nullptr, DeploymentContext{});
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(int(r.resources.size()), resources);
    QCOMPARE(int(r.skipped.size()), skipped);
}

void TestArmTemplate::routeServerWithItsParameters() {
    Json tmpl = loadCorpus("arm-template/aqt__route-server.azuredeploy.json");
    Json params = loadCorpus("arm-template/aqt__route-server.azuredeploy.parameters.json");
    auto r = expandTemplate(tmpl, params, DeploymentContext{});
    QVERIFY2(!r.error && r.unresolved.empty(), qPrintable(describe(r)));
    const auto* hub = findResource(r, "Microsoft.Network/virtualHubs", "routeserver");
    QVERIFY(hub);
    QCOMPARE_JSON(hub->resource["properties"]["sku"], Json("Standard"));
    QCOMPARE_JSON(hub->resource["location"], Json("westeurope")); // [resourceGroup().location]
    const auto* ipConfig =
        findResource(r, "Microsoft.Network/virtualHubs/ipConfigurations", "routeserver/ipconfig1");
    QVERIFY(ipConfig);
    QCOMPARE_JSON(
        ipConfig->resource["properties"]["subnet"]["id"],
        Json(kRg + "/providers/Microsoft.Network/virtualNetworks/routeservervnet/subnets/RouteServerSubnet"));
    QCOMPARE_JSON(
        ipConfig->resource["id"],
        Json(kRg + "/providers/Microsoft.Network/virtualHubs/routeserver/ipConfigurations/ipconfig1"));
    const auto* subnet =
        findResource(r, "Microsoft.Network/virtualNetworks/subnets", "routeservervnet/RouteServerSubnet");
    QVERIFY(subnet);
    QCOMPARE_JSON(subnet->resource["properties"]["addressPrefix"], Json("10.1.1.0/27"));
    const auto* bgp = findResource(r, "Microsoft.Network/virtualHubs/bgpConnections", "routeserver/conn1");
    QVERIFY(bgp);
    QCOMPARE_JSON(bgp->resource["properties"]["peerAsn"], Json(65002));
    QCOMPARE_JSON(bgp->resource["properties"]["peerIp"], Json("10.0.1.4"));
    QVERIFY(!bgp->resource.contains("dependsOn"));
}

void TestArmTemplate::alzParsesLenientlyAndExpandsNestedDeployments() {
    Json tmpl = loadCorpus("arm-template/alz__hubspoke-connectivity.json"); // comments, multi-line strings
    Json strict;
    QVERIFY(pathlight::parseJsonText("{\"a\": \"x\ny\"}", strict)); // what a strict parser refuses
    Json params = parse(R"({"parameters": {
        "enableHub": {"value": "vhub"}, "connectivitySubscriptionId": {"value": "11111111-2222-3333-4444-555555555555"},
        "topLevelManagementGroupPrefix": {"value": "contoso"}, "addressPrefix": {"value": "10.100.0.0/16"},
        "enableVpnGw": {"value": "Yes"}, "enableVpnActiveActive": {"value": "No"}, "enableAzFw": {"value": "Yes"},
        "enableErGw": {"value": "Yes"}, "subnetMaskForGw": {"value": "10.100.1.0/24"},
        "subnetMaskForAzFw": {"value": "10.100.0.0/24"}, "subnetMaskForAzFwMgmt": {"value": "10.100.2.0/24"},
        "gwRegionalOrAz": {"value": "Zone"}, "gwAzSku": {"value": "VpnGw2AZ"}, "erAzSku": {"value": "ErGw1AZ"},
        "location": {"value": "northeurope"}}})");
    auto r = expandTemplate(tmpl, params, DeploymentContext{});
    QVERIFY2(!r.error && r.unresolved.empty(), qPrintable(describe(r)));
    // resource group, VNet, VPN PIP, VPN gateway (not active-active), ER PIP, ER gateway, two
    // firewall PIPs, firewall policy, firewall; the active-active PIP and gateway are skipped.
    QCOMPARE(r.resources.size(), std::size_t(10));
    QCOMPARE(r.skipped.size(), std::size_t(2));
    QCOMPARE(countType(r, "Microsoft.Network/virtualNetworkGateways"), 2);
    QCOMPARE(countType(r, "Microsoft.Network/publicIPAddresses"), 4);
    const std::string rg =
        "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-vnet-hub-prod-northeurope";
    const auto* vnet =
        findResource(r, "Microsoft.Network/virtualNetworks", "vnet-hub-contoso-prod-northeurope");
    QVERIFY2(vnet, qPrintable(describe(r)));
    QCOMPARE_JSON(
        vnet->resource["id"],
        Json(rg + "/providers/Microsoft.Network/virtualNetworks/vnet-hub-contoso-prod-northeurope"));
    QCOMPARE_JSON(vnet->resource["resourceGroup"], Json("rg-vnet-hub-prod-northeurope"));
    // The multi-line union(if(...)) expression builds three subnets.
    const Json& subnets = vnet->resource["properties"]["subnets"];
    QCOMPARE(subnets.size(), std::size_t(3));
    QCOMPARE_JSON(subnets[0]["name"], Json("GatewaySubnet"));
    QCOMPARE_JSON(subnets[2]["properties"]["addressPrefix"], Json("10.100.2.0/24"));
    const auto* pip =
        findResource(r, "Microsoft.Network/publicIpAddresses", "pip-vpng-contoso-prod-northeurope-001");
    QVERIFY(pip);
    QCOMPARE_JSON(pip->resource["zones"], parse(R"(["1", "2", "3"])"));
    const auto* firewall =
        findResource(r, "Microsoft.Network/azureFirewalls", "afw-contoso-prod-northeurope");
    QVERIFY(firewall);
    QCOMPARE_JSON(
        firewall->resource["properties"]["ipConfigurations"][0]["properties"]["subnet"]["id"],
        Json(rg + "/providers/Microsoft.Network/virtualNetworks/vnet-hub-contoso-prod-northeurope/subnets/"
                  "AzureFirewallSubnet"));
    const auto* group = findResource(r, "Microsoft.Resources/resourceGroups", "rg-vnet-hub-prod-northeurope");
    QVERIFY(group);
    QCOMPARE_JSON(group->resource["id"],
                  Json("/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/"
                       "rg-vnet-hub-prod-northeurope"));

    // Without parameters the hub is not enabled: the one top-level deployment is skipped.
    auto defaults = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY(!defaults.error);
    QCOMPARE(defaults.skipped, std::vector<std::string>{"/resources/0"});
}

void TestArmTemplate::forcedTunnelingCopyLoops() {
    Json tmpl = loadCorpus("arm-template/aqt__azurefirewall-forced-tunneling.azuredeploy.json");
    auto r = expandTemplate(tmpl, parse(R"({"parameters": {"numberOfFirewallPublicIPAddresses": {"value": 3},
                                           "adminUsername": {"value": "azureuser"}}})"),
                            DeploymentContext{});
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.resources.size(), std::size_t(20)); // 18 with two more data PIPs
    for (const char* name : {"AzFwDataPublicIP1", "AzFwDataPublicIP2", "AzFwDataPublicIP3"})
        QVERIFY(findResource(r, "Microsoft.Network/publicIPAddresses", name));
    const auto* firewall = findResource(r, "Microsoft.Network/azureFirewalls", "firewall1");
    QVERIFY(firewall);
    const Json& ipConfigs = firewall->resource["properties"]["ipConfigurations"];
    QCOMPARE(ipConfigs.size(), std::size_t(3)); // the variable copy loop
    QCOMPARE_JSON(ipConfigs[0]["name"], Json("IpConf0"));
    QCOMPARE_JSON(
        ipConfigs[0]["properties"]["subnet"]["id"],
        Json(kRg + "/providers/Microsoft.Network/virtualNetworks/from-vnet/subnets/AzureFirewallSubnet"));
    QVERIFY(ipConfigs[1]["properties"]["subnet"].is_null());
    QCOMPARE_JSON(ipConfigs[2]["properties"]["publicIPAddress"]["id"],
                  Json(kRg + "/providers/Microsoft.Network/publicIPAddresses/AzFwDataPublicIP3"));
    // reference() to the storage account for boot diagnostics: reported with its pointer.
    QVERIFY2(hasUnresolved(r, "/resources/14/properties/diagnosticsProfile/bootDiagnostics/storageUri",
                           "reference"),
             qPrintable(describe(r)));
    // The securestring without a value: reported, not an error.
    QVERIFY(hasUnresolved(r, "/resources/14/properties/osProfile/adminPassword", "secret"));
}

void TestArmTemplate::agDocsCopyIndexNames() {
    auto r = expandTemplate(loadCorpus("arm-template/aqt__ag-docs-qs.azuredeploy.json"), nullptr,
                            DeploymentContext{});
    QVERIFY(findResource(r, "Microsoft.Network/networkSecurityGroups", "vm-nsg1"));
    QVERIFY(findResource(r, "Microsoft.Network/networkSecurityGroups", "vm-nsg2"));
    QVERIFY(findResource(r, "Microsoft.Network/publicIPAddresses", "public_ip0"));
    QVERIFY(findResource(r, "Microsoft.Network/publicIPAddresses", "public_ip2"));
    const auto* nic = findResource(r, "Microsoft.Network/networkInterfaces", "net-int2");
    QVERIFY(nic);
    QCOMPARE(nic->pointer, std::string("/resources/6"));
    QCOMPARE_JSON(nic->resource["properties"]["networkSecurityGroup"]["id"],
                  Json(kRg + "/providers/Microsoft.Network/networkSecurityGroups/vm-nsg2"));
    QCOMPARE(countType(r, "Microsoft.Compute/virtualMachines/extensions"), 2);
}

void TestArmTemplate::exportKeepsLiteralPrefixesAndExternalIds() {
    auto r = expandTemplate(
        loadCorpus("export/unknown-repo-idx35108760131__portal-export-2024-hub-azfw.template.json"), nullptr,
        DeploymentContext{});
    QVERIFY2(!r.error && r.unresolved.empty(), qPrintable(describe(r)));
    const auto* vnet = findResource(r, "Microsoft.Network/virtualNetworks", "vnet-hub-prod-network-01");
    QVERIFY(vnet);
    QCOMPARE_JSON(vnet->resource["location"], Json("japaneast"));
    QCOMPARE_JSON(vnet->resource["properties"]["addressSpace"]["addressPrefixes"],
                  parse(R"(["10.0.0.0/24"])"));
    const auto* peering = findResource(r, "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                                       "vnet-hub-prod-network-01/peer-hub-prod-toSpoke1-01");
    QVERIFY(peering);
    QCOMPARE_JSON(
        peering->resource["properties"]["remoteVirtualNetwork"]["id"],
        Json("/subscriptions/68990dcd-fb41-4bb2-aba3-cbfeceab1ab9/resourceGroups/Spoke1-Network/providers/"
             "Microsoft.Network/virtualNetworks/vnet-Spoke1-prod-network-01"));

    auto az700 = expandTemplate(loadCorpus("export/az700-m01__portal-export-3vnets.template.json"), nullptr,
                                DeploymentContext{});
    const auto* core = findResource(az700, "Microsoft.Network/virtualNetworks", "CoreServicesVnet");
    QVERIFY(core);
    QCOMPARE_JSON(core->resource["properties"]["addressSpace"]["addressPrefixes"],
                  parse(R"(["10.20.0.0/16"])"));
    QCOMPARE_JSON(core->resource["properties"]["subnets"].size(), std::size_t(4));
}

void TestArmTemplate::dmauserLinkedTemplatesAreUnresolved() {
    auto r = expandTemplate(loadCorpus("arm-template/dmauser-lab__rs-er-vpn-transit.azuredeploy.json"),
                            nullptr, DeploymentContext{});
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QVERIFY(r.resources.empty());
    int links = 0;
    for (const auto& u : r.unresolved)
        if (u.function == "templateLink") ++links;
    QCOMPARE(links, 22); // 23 linked deployments, one skipped by its condition
    QVERIFY(hasUnresolved(r, "/resources/14/properties/templateLink", "templateLink"));
    bool routeServer = false;
    for (const auto& u : r.unresolved)
        routeServer |= u.detail ==
                       "https://raw.githubusercontent.com/dmauser/azure-hub-spoke-base-lab/main/linked/"
                       "routeserver.json";
    QVERIFY(routeServer);

    // The linked route-server template, read locally, gives its resources.
    auto linked =
        expandTemplate(loadCorpus("arm-template/dmauser-lab__rs-er-vpn-transit.linked-routeserver.json"),
                       parse(R"({"parameters": {"vnetName": {"value": "az-hub-vnet"},
                                                          "subnetName": {"value": "RouteServerSubnet"}}})"),
                       DeploymentContext{});
    QVERIFY2(!linked.error && linked.unresolved.empty(), qPrintable(describe(linked)));
    const auto* ipConfig =
        findResource(linked, "Microsoft.Network/virtualHubs/ipConfigurations", "RS1/Default");
    QVERIFY(ipConfig);
    QCOMPARE_JSON(
        ipConfig->resource["properties"]["subnet"]["id"],
        Json(kRg + "/providers/Microsoft.Network/virtualNetworks/az-hub-vnet/subnets/RouteServerSubnet"));
}

void TestArmTemplate::referenceReportedWithPointer() {
    auto r = expandTemplate(loadCorpus("arm-template/aqt__privatelink-service.azuredeploy.json"), nullptr,
                            DeploymentContext{});
    QVERIFY2(!r.error, qPrintable(describe(r)));
    bool found = false;
    for (const auto& u : r.unresolved)
        if (u.function == "reference") {
            found = true;
            QVERIFY2(u.pointer.find("/properties/") != std::string::npos, u.pointer.c_str());
            QVERIFY(u.detail.find("reference(variables('loadbalancerId')") != std::string::npos);
        }
    QVERIFY2(found, qPrintable(describe(r)));
}

void TestArmTemplate::notATemplate() {
    QVERIFY(!isArmTemplate(Json::array()));
    QVERIFY(!isArmTemplate(parse(R"({"value": []})")));
    QVERIFY(isArmTemplate(parse(R"({"contentVersion": "1.0.0.0", "resources": []})")));
    auto r = expandTemplate(parse("[1, 2]"), nullptr, DeploymentContext{});
    QVERIFY(r.error);
    QVERIFY(r.error->rfind("/:", 0) == 0);
    r = expandTemplate(nullptr, "garbage", DeploymentContext{});
    QVERIFY(r.error);
}

void TestArmTemplate::hugeCopyCountIsALimitError() {
    Json tmpl = parse(R"({"contentVersion": "1.0.0.0", "resources": [
        {"type": "Microsoft.Network/publicIPAddresses", "name": "[concat('p', copyIndex())]",
         "copy": {"name": "loop", "count": 100000000}, "properties": {}}]})");
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY(r.error);
    QVERIFY2(r.error->rfind("/resources/0/copy/count:", 0) == 0, r.error->c_str());
    QVERIFY(r.resources.empty());

    // Property copies multiply: 800 × 800 inputs of a nested loop stay within the step limit.
    Json nested = parse(R"({"contentVersion": "1.0.0.0", "resources": [
        {"type": "T.N/x", "name": "[concat('p', copyIndex())]", "copy": {"name": "r", "count": 800},
         "properties": {"copy": [{"name": "list", "count": 800, "input": {"a": "[copyIndex('list')]", "b": [1, 2, 3]}}]}}]})");
    ExpansionLimits limits;
    limits.maxSteps = 200000;
    QElapsedTimer timer;
    timer.start();
    r = expandTemplate(nested, nullptr, DeploymentContext{}, limits);
    QVERIFY(r.error);
    QVERIFY2(r.error->find("maxSteps") != std::string::npos, r.error->c_str());
    QVERIFY(timer.elapsed() < 5000);

    // More resources than maxResources.
    limits = ExpansionLimits{};
    limits.maxResources = 10;
    Json many = parse(R"({"contentVersion": "1.0.0.0", "resources": [
        {"type": "T.N/x", "name": "[concat('p', copyIndex())]", "copy": {"name": "r", "count": 20}}]})");
    r = expandTemplate(many, nullptr, DeploymentContext{}, limits);
    QVERIFY(r.error);
    QCOMPARE(r.resources.size(), std::size_t(10));
}

void TestArmTemplate::selfReferencingVariablesAreReported() {
    QCOMPARE_JSON(valueOf("[variables('a')]", parse(R"({"a": "[variables('a')]"})")),
                  Json("UNRESOLVED:cycle"));
    QCOMPARE_JSON(valueOf("[variables('a')]",
                          parse(R"({"a": "[concat(variables('b'), 'x')]", "b": "[variables('A')]"})")),
                  Json("UNRESOLVED:cycle"));
    Json params = parse(R"({"p": {"type": "string", "defaultValue": "[parameters('p')]"}})");
    QCOMPARE_JSON(valueOf("[parameters('p')]", Json::object(), params), Json("UNRESOLVED:cycle"));
}

void TestArmTemplate::deepNestingIsBounded() {
    // An expression nested 5000 calls deep.
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "concat(";
    deep += "'x'";
    for (int i = 0; i < 5000; ++i)
        deep += ")";
    QCOMPARE_JSON(valueOf("[" + deep + "]"), Json("UNRESOLVED:limit"));
    std::string members = "[createObject('a', 1)";
    for (int i = 0; i < 5000; ++i)
        members += ".a";
    QCOMPARE_JSON(valueOf(members + "]"), Json("UNRESOLVED:limit"));
    QCOMPARE_JSON(valueOf("[" + std::string(100000, '(') + "]"), Json("UNRESOLVED:syntax"));

    // A property value nested 20000 arrays deep is refused by the reader (kMaxJsonDepth, 256);
    // 200 deep is read and meets the expander's own limit.
    Json refused;
    QVERIFY(pathlight::parseLenientJsonText(
        R"({"v": )" + std::string(20000, '[') + std::string(20000, ']') + "}", refused));
    Json deepTemplate = parse(R"({"contentVersion": "1.0.0.0", "resources": [{"type": "T.N/x", "name": "t",
                                  "properties": {"v": )" +
                              std::string(200, '[') + std::string(200, ']') + "}}]}");
    auto r = expandTemplate(deepTemplate, nullptr, DeploymentContext{});
    QVERIFY(!r.error);
    QVERIFY(!r.unresolved.empty());
    QCOMPARE(r.unresolved[0].function, std::string("limit"));

    // json() building a deep value (refused by the reader beyond 256 levels, by the expander's
    // limit below), and variables referring to each other 200 deep.
    QCOMPARE_JSON(valueOf("[json('" + std::string(5000, '[') + std::string(5000, ']') + "')]"),
                  Json("UNRESOLVED:invalid"));
    QCOMPARE_JSON(valueOf("[json('" + std::string(200, '[') + std::string(200, ']') + "')]"),
                  Json("UNRESOLVED:limit"));
    Json vars = Json::object();
    for (int i = 0; i < 200; ++i)
        vars["v" + std::to_string(i)] = "[variables('v" + std::to_string(i + 1) + "')]";
    vars["v200"] = "end";
    QCOMPARE_JSON(valueOf("[variables('v0')]", vars), Json("UNRESOLVED:limit"));
    vars = Json::object();
    for (int i = 0; i < 10; ++i)
        vars["v" + std::to_string(i)] = "[variables('v" + std::to_string(i + 1) + "')]";
    vars["v10"] = "end";
    QCOMPARE_JSON(valueOf("[variables('v0')]", vars), Json("end"));

    // Nested deployments 100 deep.
    Json inner = parse(R"({"contentVersion": "1.0.0.0", "resources": [{"type": "T.N/x", "name": "leaf"}]})");
    for (int i = 0; i < 100; ++i)
        inner = Json{{"contentVersion", "1.0.0.0"},
                     {"resources", Json::array({Json{{"type", "Microsoft.Resources/deployments"},
                                                     {"name", "d" + std::to_string(i)},
                                                     {"properties", Json{{"template", inner}}}}})}};
    r = expandTemplate(inner, nullptr, DeploymentContext{});
    QVERIFY(r.error);
    QVERIFY(r.resources.empty());
}

void TestArmTemplate::exponentialGrowthHitsTheLimits() {
    // Each variable doubles the previous: 2^40 elements or characters if nothing stopped it.
    Json arrays = Json::object(), strings = Json::object();
    arrays["v0"] = "[createArray('x')]";
    strings["v0"] = "abcdefgh";
    for (int i = 1; i <= 40; ++i) {
        std::string prev = "variables('v" + std::to_string(i - 1) + "')";
        arrays["v" + std::to_string(i)] = "[concat(" + prev + ", " + prev + ")]";
        strings["v" + std::to_string(i)] = "[concat(" + prev + ", " + prev + ")]";
    }
    QElapsedTimer timer;
    timer.start();
    Json a = valueOf("[length(variables('v40'))]", arrays);
    QVERIFY2(a == Json("UNRESOLVED:limit") || a.get<std::string>().rfind("ERROR:", 0) == 0, a.dump().c_str());
    QCOMPARE_JSON(valueOf("[length(variables('v40'))]", strings), Json("UNRESOLVED:limit"));
    QCOMPARE_JSON(valueOf("[padLeft('x', 100000000)]"), Json("UNRESOLVED:limit"));
    QCOMPARE_JSON(valueOf("[range(0, 100000000)]"), Json("UNRESOLVED:limit"));
    QVERIFY(timer.elapsed() < 10000);
}

void TestArmTemplate::malformedDeclarations() {
    Json tmpl = parse(R"({"contentVersion": "1.0.0.0", "parameters": 5, "variables": [1],
      "resources": [7, {"name": "no-type"}, {"type": "T.N/x", "name": 12},
                    {"type": "T.N/x", "name": "c", "copy": {"name": "l", "count": "[parameters('n')]"}},
                    {"type": "T.N/x", "name": "d", "copy": {"name": "l", "count": -1}},
                    {"type": "Microsoft.Resources/deployments", "name": "e", "properties": {"template": 3}},
                    {"type": "T.N/x", "name": "ok", "properties": "[variables('x')]"}]})");
    auto r = expandTemplate(tmpl, nullptr, DeploymentContext{});
    QVERIFY2(!r.error, qPrintable(describe(r)));
    QCOMPARE(r.resources.size(), std::size_t(2));
    QVERIFY(hasUnresolved(r, "/resources/0", "invalid"));
    QVERIFY(hasUnresolved(r, "/resources/3/copy/count", "invalid"));
    QVERIFY(hasUnresolved(r, "/resources/4/copy/count", "invalid"));
    QVERIFY(hasUnresolved(r, "/resources/5/properties/template", "invalid"));
    QVERIFY(hasUnresolved(r, "/resources/6/properties", "invalid"));
}

#endif

QTEST_APPLESS_MAIN(TestArmTemplate)
#include "tst_arm_template.moc"
