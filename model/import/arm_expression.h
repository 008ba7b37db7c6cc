#pragma once
// The Azure Resource Manager template expression language, bounded (../shared/spec/import.md
// "Inputs" 2-3, ../shared/data/azure-corpus/FORMS.md §2): a string value "[...]" is an expression,
// "[[..." is a literal starting with "[". This file holds the tokenizer, the parser and the
// function library; expanding a whole template (resources, copy loops, nested deployments) is
// arm_template.h.
//
// Nothing is guessed: reference(), list*(), pickZones(), newGuid(), utcNow(), unknown functions,
// parameters without a value and every error (syntax, wrong argument types, a limit) make the
// expression fail with the reason, and the caller reports the containing value as unresolved.
// No exception escapes.

#include "common/ascii.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::armimport {

// ARM compares names, functions and keys without case (ASCII only).
inline std::string lower(std::string_view s) {
    return asciiLower(std::string(s));
}
inline bool iequals(std::string_view a, std::string_view b) {
    return asciiEqualsNoCase(a, b);
}

using Json = nlohmann::ordered_json;

// What deployment(), resourceGroup() and subscription() return, and the scope of resource ids:
// the target a user names (`--context subscription=...,resourceGroup=...`), never read from Azure.
struct DeploymentContext {
    std::string subscriptionId = "00000000-0000-0000-0000-000000000000";
    std::string resourceGroup = "resource-group";
    std::string location = "westeurope";
    std::string deploymentName = "pathlight-import";
    std::string tenantId = "00000000-0000-0000-0000-000000000000";
};

// Bounds on the work one template may cause; going past one is reported, never a crash or a hang.
// maxResources: resources emitted; maxCopyCount: iterations of one copy loop (ARM's own limit is
// 800); maxDepth: nesting of one expression (calls, members, indexes), of one JSON value, and of
// nested deployments, with all recursion together (variables using variables included) at most
// 4 × maxDepth; maxStringBytes: length of any computed string, and elements of a computed array or
// object; maxSteps: function calls and JSON values walked, a call also charged for the size of what
// it returns (nodes + string bytes / 16). Going past maxCopyCount, maxResources, maxSteps or the
// nesting of deployments makes the whole template unusable (TemplateExpansion::error); the others
// leave the one value unresolved ("limit").
struct ExpansionLimits {
    std::size_t maxResources = 20000;
    std::size_t maxCopyCount = 800;
    int maxDepth = 32;
    std::size_t maxStringBytes = 1 << 20;
    std::size_t maxSteps = 5'000'000;
};

// A value the evaluator did not compute, never guessed (import.md: reference() and list*() are
// never evaluated).
struct Unresolved {
    std::string pointer;  // JSON Pointer in the template of the value, e.g.
                          // "/resources/3/properties/ipConfigurations/0/properties/privateIPAddress"
    std::string function; // what stopped it: "reference", a list* function's name ("listKeys"),
                          // "pickZones", "newGuid", "utcNow", "templateLink", "parameter" (no value
                          // nor defaultValue, e.g. a securestring), "unknownFunction", "syntax",
                          // "limit", "cycle" (a variable or parameter using itself), "invalid" (a
                          // function given values it does not accept, a missing member or index)
    std::string detail;   // the expression text, or the function or parameter name
};

// Why an expression has no value: Unresolved without the pointer, which only the caller knows.
struct Failure {
    std::string function;
    std::string detail;
};

// A computed value, or why there is none (then value is null).
struct Evaluated {
    Json value;
    std::optional<Failure> failure;

    bool ok() const { return !failure.has_value(); }
    static Evaluated of(Json v) { return Evaluated{std::move(v), std::nullopt}; }
    static Evaluated fail(std::string function, std::string detail) {
        return Evaluated{Json(), Failure{std::move(function), std::move(detail)}};
    }
};

// The work done so far against the limits, shared by everything one expansion evaluates.
// `fatal` is set once maxSteps is exhausted (or by the template expander for other whole-template
// limits); from then on every evaluation fails with "limit".
class Budget {
public:
    explicit Budget(const ExpansionLimits& limits) : limits_(limits) {}

    const ExpansionLimits& limits() const { return limits_; }
    // Charges `cost` steps; false (and fatal set) once the total passes maxSteps.
    bool charge(std::size_t cost);
    std::size_t steps() const { return steps_; }

    // Enters one level of recursion of any kind; false past 4 × maxDepth (nothing entered then).
    bool enter();
    void leave() { --depth_; }
    int depth() const { return depth_; }

    const std::optional<std::string>& fatal() const { return fatal_; }
    void setFatal(std::string sentence) {
        if (!fatal_) fatal_ = std::move(sentence);
    }

private:
    ExpansionLimits limits_;
    std::size_t steps_ = 0;
    int depth_ = 0;
    std::optional<std::string> fatal_;
};

// Enters a level of recursion for the lifetime of the guard; check entered() first.
class DepthGuard {
public:
    explicit DepthGuard(Budget& budget) : budget_(budget), entered_(budget.enter()) {}
    ~DepthGuard() {
        if (entered_) budget_.leave();
    }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
    bool entered() const { return entered_; }

private:
    Budget& budget_;
    bool entered_;
};

// The iteration a copy loop is at: copyIndex('name') finds it by name (without regard to case),
// copyIndex() takes the innermost.
struct CopyFrame {
    std::string name;
    long long index = 0;
};

// Where parameters() and variables() come from: a template (arm_template.cpp). Names are looked up
// without regard to case, as ARM does. Implementations evaluate lazily and detect cycles.
class ExpressionScope {
public:
    virtual ~ExpressionScope() = default;
    virtual Evaluated parameter(std::string_view name, Budget& budget) = 0;
    virtual Evaluated variable(std::string_view name, Budget& budget) = 0;
    virtual const DeploymentContext& context() const = 0;
};

// Everything one evaluation needs.
struct EvalEnv {
    ExpressionScope& scope;
    Budget& budget;
    std::vector<CopyFrame> copies; // outermost first
};

// Whether a template string is an expression: it starts with "[" and ends with "]" and does not
// start with "[[" (an escaped literal).
bool isExpressionText(std::string_view text);

// The value of a template string: the result of its expression, the literal with the escaping "["
// removed ("[[x]" is "[x]"), or the string unchanged. A failure's detail names the expression
// (truncated to 300 bytes) unless it names a parameter or function.
Evaluated evaluateString(std::string_view text, EvalEnv& env);

// The value of an expression written without its brackets, e.g. "concat('a', 'b')".
Evaluated evaluateExpression(std::string_view expression, EvalEnv& env);

// ARM's text of a value as string() gives it: strings unchanged, integers in decimal, booleans
// "True"/"False", null "", arrays and objects as compact JSON.
std::string toArmString(const Json& value);

// Whether the JSON value nests deeper than maxDepth levels (checked without recursion).
bool nestsDeeperThan(const Json& value, int maxDepth);

// Case-insensitive lookup of an object member: the exact key first, then any spelling.
const Json* findMember(const Json& object, std::string_view key);

// The deterministic stand-ins for uniqueString() and guid(): stable hashes of the arguments
// (FNV-1a 64 and SplitMix mixing), NOT Azure's algorithm: a 13-character lowercase base32 string
// and a version-4-shaped lowercase GUID. Only names depend on them.
std::string stableUniqueString(const std::vector<std::string>& parts);
std::string stableGuid(const std::vector<std::string>& parts);

// Full ARM id of a resource: /subscriptions/{sub}/resourceGroups/{rg}/providers/{ns}/{t1}/{n1}/{t2}/{n2}...
// `type` is "Namespace/t1/t2..." and `name` "n1/n2..." (as many names as types after the
// namespace); empty resourceGroup gives a subscription-level id, empty subscription a tenant one.
// Counts that do not match give ".../providers/{type}/{name}" unchanged.
std::string buildResourceId(std::string_view subscription, std::string_view resourceGroup,
                            std::string_view type, std::string_view name);

} // namespace pathlight::armimport
