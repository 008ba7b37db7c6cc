#include "import/arm_template.h"

#include "io/topology_io.h"

#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <utility>

namespace pathlight::armimport {

namespace {

bool icontains(std::string_view hay, std::string_view needle) {
    return lower(hay).find(lower(needle)) != std::string::npos;
}

std::string child(const std::string& pointer, std::string_view key) {
    return pointer + "/" + escapePointerToken(std::string(key));
}
std::string child(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

// Where a template deploys: ids are built for this scope.
enum class Level { ResourceGroup, Subscription, Tenant };

struct Target {
    std::string subscriptionId;
    std::string resourceGroup;
    Level level = Level::ResourceGroup;
};

Level levelOfSchema(const Json& tmpl, Level fallback) {
    const Json* schema = findMember(tmpl, "$schema");
    if (!schema || !schema->is_string()) return fallback;
    const std::string& s = schema->get_ref<const std::string&>();
    if (icontains(s, "subscriptionDeploymentTemplate")) return Level::Subscription;
    if (icontains(s, "managementGroupDeploymentTemplate") || icontains(s, "tenantDeploymentTemplate"))
        return Level::Tenant;
    if (icontains(s, "deploymentTemplate")) return Level::ResourceGroup;
    return fallback;
}

// Evaluates a JSON value of a template: expressions in every string, property copy loops in
// objects when `copies` is on. Failures are recorded with their pointer (into `sink` when given)
// and the first one is kept, so a variable or parameter default can fail as a whole.
class Walker {
public:
    Walker(EvalEnv& env, std::vector<Unresolved>* sink) : env_(env), sink_(sink) {}

    Json walk(const Json& value, const std::string& pointer, bool copies) {
        DepthGuard guard(env_.budget);
        if (!guard.entered() || ++depth_ > env_.budget.limits().maxDepth) {
            if (guard.entered()) --depth_;
            record(pointer, Failure{"limit", "the value nests deeper than the depth limit"});
            return nullptr;
        }
        Json out = walkInner(value, pointer, copies);
        --depth_;
        return out;
    }

    const std::optional<Failure>& firstFailure() const { return first_; }

    void record(const std::string& pointer, const Failure& f) {
        if (!first_) first_ = f;
        if (sink_) sink_->push_back(Unresolved{pointer, f.function, f.detail});
    }

private:
    EvalEnv& env_;
    std::vector<Unresolved>* sink_;
    std::optional<Failure> first_;
    int depth_ = 0;

    static bool isCopyLoopArray(const Json& copy) {
        if (!copy.is_array() || copy.empty()) return false;
        for (const auto& loop : copy)
            if (!loop.is_object() || !findMember(loop, "name") || !findMember(loop, "input")) return false;
        return true;
    }

    Json walkInner(const Json& value, const std::string& pointer, bool copies) {
        if (!env_.budget.charge(1)) {
            record(pointer, Failure{"limit", env_.budget.fatal().value_or("maxSteps")});
            return nullptr;
        }
        if (value.is_string()) {
            Evaluated r = evaluateString(value.get_ref<const std::string&>(), env_);
            if (!r.ok()) {
                record(pointer, *r.failure);
                return nullptr;
            }
            return std::move(r.value);
        }
        if (value.is_array()) {
            Json out = Json::array();
            for (std::size_t i = 0; i < value.size(); ++i)
                out.push_back(walk(value[i], child(pointer, i), copies));
            return out;
        }
        if (value.is_object()) {
            Json out = Json::object();
            const Json* copy = copies ? findMember(value, "copy") : nullptr;
            if (copy && !isCopyLoopArray(*copy)) copy = nullptr;
            for (auto it = value.begin(); it != value.end(); ++it) {
                if (copy && &it.value() == copy) continue;
                out[it.key()] = walk(it.value(), child(pointer, it.key()), copies);
            }
            if (copy) {
                std::string copyPointer = child(pointer, "copy");
                for (std::size_t k = 0; k < copy->size(); ++k)
                    propertyLoop((*copy)[k], child(copyPointer, k), out);
            }
            return out;
        }
        return value;
    }

    // properties.copy: [{name, count, input}] → a member `name` holding `count` inputs.
    void propertyLoop(const Json& loop, const std::string& pointer, Json& out) {
        const Json* nameValue = findMember(loop, "name");
        Json name = walk(*nameValue, child(pointer, "name"), false);
        if (!name.is_string()) {
            if (name.is_null() && first_) return; // already recorded
            record(child(pointer, "name"), Failure{"invalid", "a copy loop's name is not a string"});
            return;
        }
        const std::string loopName = name.get<std::string>();
        auto count = loopCount(loop, pointer);
        if (!count) {
            out[loopName] = nullptr;
            return;
        }
        Json items = Json::array();
        const Json* input = findMember(loop, "input");
        env_.copies.push_back(CopyFrame{loopName, 0});
        for (long long i = 0; i < *count && !env_.budget.fatal(); ++i) {
            env_.copies.back().index = i;
            items.push_back(walk(*input, child(pointer, "input"), true));
        }
        env_.copies.pop_back();
        out[loopName] = std::move(items);
    }

public:
    // The count of a copy loop, or nullopt (recorded: unresolved, invalid, or over the limit,
    // which is fatal for the whole template).
    std::optional<long long> loopCount(const Json& loop, const std::string& pointer) {
        const Json* countValue = findMember(loop, "count");
        std::string countPointer = child(pointer, "count");
        if (!countValue) {
            record(countPointer, Failure{"invalid", "a copy loop has no count"});
            return std::nullopt;
        }
        std::size_t before = sink_ ? sink_->size() : 0;
        bool hadFirst = first_.has_value();
        Json count = walk(*countValue, countPointer, false);
        if (count.is_null() && ((sink_ && sink_->size() > before) || (!sink_ && first_ && !hadFirst)))
            return std::nullopt;
        std::optional<long long> n;
        if (count.is_number_integer())
            n = count.get<long long>();
        else if (count.is_number_float() && count.get<double>() == double((long long)count.get<double>()))
            n = (long long)count.get<double>();
        else if (count.is_string()) {
            try {
                std::size_t used = 0;
                long long v = std::stoll(count.get<std::string>(), &used);
                if (used == count.get<std::string>().size()) n = v;
            } catch (...) {
            }
        }
        if (!n || *n < 0) {
            record(countPointer, Failure{"invalid", "the copy count is not a non-negative integer"});
            return std::nullopt;
        }
        const std::size_t max = env_.budget.limits().maxCopyCount;
        if (std::size_t(*n) > max) {
            env_.budget.setFatal(countPointer + ": the copy count " + std::to_string(*n) +
                                 " exceeds the limit of " + std::to_string(max) + " (maxCopyCount)");
            record(countPointer, Failure{"limit", "copy count " + std::to_string(*n)});
            return std::nullopt;
        }
        return n;
    }
};

// Parameters and variables of one template, evaluated lazily and once.
class TemplateScope : public ExpressionScope {
public:
    TemplateScope(const Json& tmpl, std::map<std::string, Evaluated> provided, DeploymentContext context)
        : tmpl_(tmpl), provided_(std::move(provided)), context_(std::move(context)) {}

    const DeploymentContext& context() const override { return context_; }

    Evaluated parameter(std::string_view name, Budget& budget) override {
        const std::string key = lower(name);
        if (auto cached = paramCache_.find(key); cached != paramCache_.end()) return cached->second;
        const Json* declarations = findMember(tmpl_, "parameters");
        const Json* declaration = declarations ? findMember(*declarations, name) : nullptr;
        // A secure parameter's value is a secret wherever it is used (a name, a tag): never
        // evaluated, never copied (import.md "Secrets"; breaker, 2026-12-01).
        if (declaration && declaration->is_object())
            if (const Json* type = findMember(*declaration, "type");
                type && type->is_string() && lower(type->get<std::string>()).starts_with("secure"))
                return remember(paramCache_, key, Evaluated::fail("secret", std::string(name)));
        if (auto given = provided_.find(key); given != provided_.end()) return given->second;
        if (!declaration)
            return Evaluated::fail("invalid", "parameters(): the template declares no parameter '" +
                                                  std::string(name) + "'");
        const Json* defaultValue =
            declaration->is_object() ? findMember(*declaration, "defaultValue") : nullptr;
        if (!defaultValue) return remember(paramCache_, key, Evaluated::fail("parameter", std::string(name)));
        if (!busy_.insert("p:" + key).second)
            return Evaluated::fail("cycle", "parameter " + std::string(name));
        EvalEnv env{*this, budget, {}};
        Walker walker(env, nullptr);
        Json value = walker.walk(*defaultValue, "", false);
        busy_.erase("p:" + key);
        Evaluated result = walker.firstFailure() ? Evaluated{Json(), walker.firstFailure()}
                                                 : Evaluated::of(std::move(value));
        return remember(paramCache_, key, std::move(result));
    }

    Evaluated variable(std::string_view name, Budget& budget) override {
        const std::string key = lower(name);
        if (auto cached = varCache_.find(key); cached != varCache_.end()) return cached->second;
        const Json* variables = findMember(tmpl_, "variables");
        if (!variables || !variables->is_object())
            return Evaluated::fail("invalid",
                                   "variables(): the template has no variable '" + std::string(name) + "'");
        if (!busy_.insert("v:" + key).second)
            return Evaluated::fail("cycle", "variable " + std::string(name));
        EvalEnv env{*this, budget, {}};
        Walker walker(env, nullptr);
        std::optional<Json> value;
        const Json* direct = iequals(name, "copy") ? nullptr : findMember(*variables, name);
        if (direct) {
            value = walker.walk(*direct, "", true);
        } else if (const Json* loops = findMember(*variables, "copy"); loops && loops->is_array()) {
            for (const auto& loop : *loops) {
                const Json* loopName = findMember(loop, "name");
                if (!loopName || !loopName->is_string() || !iequals(loopName->get<std::string>(), name))
                    continue;
                const Json* input = findMember(loop, "input");
                if (!input) break;
                auto count = walker.loopCount(loop, "");
                Json items = Json::array();
                env.copies.push_back(CopyFrame{loopName->get<std::string>(), 0});
                for (long long i = 0; count && i < *count && !budget.fatal(); ++i) {
                    env.copies.back().index = i;
                    items.push_back(walker.walk(*input, "", false));
                }
                env.copies.pop_back();
                value = std::move(items);
                break;
            }
        }
        busy_.erase("v:" + key);
        if (!value)
            return Evaluated::fail("invalid",
                                   "variables(): the template has no variable '" + std::string(name) + "'");
        Evaluated result = walker.firstFailure() ? Evaluated{Json(), walker.firstFailure()}
                                                 : Evaluated::of(std::move(*value));
        return remember(varCache_, key, std::move(result));
    }

private:
    const Json& tmpl_;
    std::map<std::string, Evaluated> provided_; // lower-case name → value
    DeploymentContext context_;
    std::map<std::string, Evaluated> paramCache_, varCache_;
    std::set<std::string> busy_;

    static Evaluated remember(std::map<std::string, Evaluated>& cache, const std::string& key,
                              Evaluated value) {
        // A result cut short by the step limit is not remembered as the value.
        if (value.failure && value.failure->function == "limit") return value;
        cache[key] = value;
        return value;
    }
};

// The values of a parameters file: {"parameters": {"x": {"value": v}}} or {"x": {"value": v}}.
std::map<std::string, Evaluated> parametersFileValues(const Json& file, const ExpansionLimits& limits) {
    std::map<std::string, Evaluated> out;
    if (!file.is_object()) return out;
    const Json* members = findMember(file, "parameters");
    if (!members || !members->is_object()) members = &file;
    for (auto it = members->begin(); it != members->end(); ++it) {
        if (!it.value().is_object()) continue;
        const std::string key = lower(it.key());
        if (const Json* value = findMember(it.value(), "value")) {
            if (nestsDeeperThan(*value, 4 * limits.maxDepth))
                out[key] =
                    Evaluated::fail("limit", "the value of parameter " + it.key() + " nests too deeply");
            else
                out[key] = Evaluated::of(*value);
        } else if (findMember(it.value(), "reference")) {
            out[key] = Evaluated::fail("reference", "Key Vault reference for parameter " + it.key());
        }
    }
    return out;
}

class Expander {
public:
    Expander(TemplateExpansion& result, Budget& budget) : result_(result), budget_(budget) {}

    struct Parent {
        std::optional<std::string> type, name;
    };

    void expandBody(const Json& tmpl, TemplateScope& scope, const std::vector<CopyFrame>& copies,
                    const Target& target, const std::string& pointer, int deploymentDepth) {
        const Json* resources = findMember(tmpl, "resources");
        if (!resources) return;
        const std::string base = child(pointer, "resources");
        if (resources->is_array()) {
            for (std::size_t i = 0; i < resources->size() && !stopped(); ++i)
                expandDeclaration((*resources)[i], scope, copies, target, child(base, i), Parent{},
                                  deploymentDepth);
        } else if (resources->is_object()) {
            for (auto it = resources->begin(); it != resources->end() && !stopped(); ++it)
                expandDeclaration(it.value(), scope, copies, target, child(base, it.key()), Parent{},
                                  deploymentDepth);
        }
    }

    // The pointer of the declaration being expanded when the budget first became fatal.
    const std::string& fatalPointer() const { return fatalPointer_; }

private:
    TemplateExpansion& result_;
    Budget& budget_;
    std::string fatalPointer_;

    bool stopped() const { return budget_.fatal().has_value(); }
    void noteFatal(const std::string& pointer) {
        if (stopped() && fatalPointer_.empty()) fatalPointer_ = pointer;
    }

    void expandDeclaration(const Json& decl, TemplateScope& scope, std::vector<CopyFrame> copies,
                           const Target& target, const std::string& pointer, const Parent& parent,
                           int deploymentDepth) {
        DepthGuard guard(budget_);
        if (!guard.entered()) {
            result_.unresolved.push_back(Unresolved{pointer, "limit", "resources nest too deeply"});
            return;
        }
        if (!decl.is_object()) {
            result_.unresolved.push_back(
                Unresolved{pointer, "invalid", "a resource declaration is not an object"});
            return;
        }
        if (const Json* existing = findMember(decl, "existing");
            existing && existing->is_boolean() && existing->get<bool>())
            return; // symbolic-name reference to a resource deployed elsewhere
        const Json* copy = findMember(decl, "copy");
        if (copy && copy->is_object()) {
            EvalEnv env{scope, budget_, copies};
            Walker walker(env, &result_.unresolved);
            const std::string copyPointer = child(pointer, "copy");
            auto count = walker.loopCount(*copy, copyPointer);
            noteFatal(pointer);
            if (!count) return;
            std::string loopName;
            if (const Json* n = findMember(*copy, "name")) {
                Json name = walker.walk(*n, child(copyPointer, "name"), false);
                if (name.is_string()) loopName = name.get<std::string>();
            }
            copies.push_back(CopyFrame{loopName, 0});
            for (long long i = 0; i < *count && !stopped(); ++i) {
                copies.back().index = i;
                expandOne(decl, scope, copies, target, pointer, parent, deploymentDepth);
            }
            return;
        }
        expandOne(decl, scope, copies, target, pointer, parent, deploymentDepth);
    }

    void addSkipped(const std::string& pointer) {
        if (result_.skipped.empty() || result_.skipped.back() != pointer) result_.skipped.push_back(pointer);
    }

    void expandOne(const Json& decl, TemplateScope& scope, const std::vector<CopyFrame>& copies,
                   const Target& target, const std::string& pointer, const Parent& parent,
                   int deploymentDepth) {
        EvalEnv env{scope, budget_, copies};
        Walker walker(env, &result_.unresolved);
        if (const Json* condition = findMember(decl, "condition")) {
            Json c = walker.walk(*condition, child(pointer, "condition"), false);
            noteFatal(pointer);
            bool isFalse = (c.is_boolean() && !c.get<bool>()) ||
                           (c.is_string() && iequals(c.get_ref<const std::string&>(), "false"));
            if (isFalse) {
                addSkipped(pointer);
                return;
            }
        }
        std::optional<std::string> type, name;
        if (const Json* t = findMember(decl, "type")) {
            Json v = walker.walk(*t, child(pointer, "type"), false);
            if (v.is_string()) type = v.get<std::string>();
        }
        if (!type) {
            if (!walker.firstFailure())
                result_.unresolved.push_back(
                    Unresolved{child(pointer, "type"), "invalid", "a resource without a type"});
            return;
        }
        if (const Json* n = findMember(decl, "name")) {
            Json v = walker.walk(*n, child(pointer, "name"), false);
            if (v.is_string())
                name = v.get<std::string>();
            else if (!v.is_null())
                result_.unresolved.push_back(
                    Unresolved{child(pointer, "name"), "invalid", "the name is not a string"});
        }
        if (parent.type && type->find('/') == std::string::npos) type = *parent.type + "/" + *type;
        if (name && parent.type && name->find('/') == std::string::npos) {
            if (parent.name)
                name = *parent.name + "/" + *name;
            else
                name.reset(); // the parent's name is unresolved: recorded there
        }
        noteFatal(pointer);
        if (stopped()) return;

        if (iequals(*type, "Microsoft.Resources/deployments")) {
            expandDeployment(decl, scope, copies, target, pointer, name, deploymentDepth);
            return;
        }

        Json out = Json::object();
        out["type"] = *type;
        out["name"] = name ? Json(*name) : Json();
        out["id"] = nullptr;
        if (target.level == Level::ResourceGroup && !target.resourceGroup.empty())
            out["resourceGroup"] = target.resourceGroup;
        bool hasProperties = false;
        for (auto it = decl.begin(); it != decl.end() && !stopped(); ++it) {
            const std::string k = lower(it.key());
            if (k == "type" || k == "name" || k == "copy" || k == "condition" || k == "dependson" ||
                k == "resources" || k == "existing")
                continue;
            const bool isProperties = k == "properties";
            Json v = walker.walk(it.value(), child(pointer, it.key()), isProperties);
            if (isProperties) {
                hasProperties = true;
                if (!v.is_object() && !it.value().is_string()) v = Json::object();
                out["properties"] = std::move(v);
            } else {
                out[it.key()] = std::move(v);
            }
        }
        if (!hasProperties) out["properties"] = Json::object();
        noteFatal(pointer);
        if (stopped()) return;
        if (name) out["id"] = resourceId(*type, *name, out, target);

        if (result_.resources.size() >= budget_.limits().maxResources) {
            budget_.setFatal(pointer + ": the template declares more than " +
                             std::to_string(budget_.limits().maxResources) + " resources (maxResources)");
            noteFatal(pointer);
            return;
        }
        result_.resources.push_back(TemplateResource{std::move(out), pointer});

        if (const Json* children = findMember(decl, "resources"); children && children->is_array()) {
            Parent self{type, name};
            const std::string base = child(pointer, "resources");
            for (std::size_t j = 0; j < children->size() && !stopped(); ++j)
                expandDeclaration((*children)[j], scope, copies, target, child(base, j), self,
                                  deploymentDepth);
        }
    }

    static Json resourceId(const std::string& type, const std::string& name, const Json& out,
                           const Target& target) {
        if (const Json* scope = findMember(out, "scope"); scope && scope->is_string()) {
            std::string prefix = scope->get<std::string>();
            while (!prefix.empty() && prefix.back() == '/')
                prefix.pop_back();
            std::string full = buildResourceId("", "", type, name);
            return prefix + full;
        }
        if (iequals(type, "Microsoft.Resources/resourceGroups"))
            return "/subscriptions/" + target.subscriptionId + "/resourceGroups/" + name;
        switch (target.level) {
        case Level::ResourceGroup:
            return buildResourceId(target.subscriptionId, target.resourceGroup, type, name);
        case Level::Subscription:
            return buildResourceId(target.subscriptionId, "", type, name);
        case Level::Tenant:
            break;
        }
        return buildResourceId("", "", type, name);
    }

    void expandDeployment(const Json& decl, TemplateScope& scope, const std::vector<CopyFrame>& copies,
                          const Target& outerTarget, const std::string& pointer,
                          const std::optional<std::string>& name, int deploymentDepth) {
        EvalEnv env{scope, budget_, copies};
        Walker walker(env, &result_.unresolved);
        Target target = outerTarget;
        bool explicitGroup = false;
        if (const Json* sub = findMember(decl, "subscriptionId")) {
            Json v = walker.walk(*sub, child(pointer, "subscriptionId"), false);
            if (v.is_string() && !v.get_ref<const std::string&>().empty())
                target.subscriptionId = v.get<std::string>();
        }
        if (const Json* rg = findMember(decl, "resourceGroup")) {
            Json v = walker.walk(*rg, child(pointer, "resourceGroup"), false);
            if (v.is_string() && !v.get_ref<const std::string&>().empty()) {
                target.resourceGroup = v.get<std::string>();
                explicitGroup = true;
            }
        }
        const Json* properties = findMember(decl, "properties");
        const std::string propertiesPointer = child(pointer, "properties");
        if (!properties || !properties->is_object()) {
            result_.unresolved.push_back(
                Unresolved{propertiesPointer, "invalid", "a deployment without properties"});
            return;
        }
        if (const Json* link = findMember(*properties, "templateLink")) {
            const std::string linkPointer = child(propertiesPointer, "templateLink");
            std::string detail = "a linked template";
            if (link->is_object()) {
                for (const char* key : {"uri", "id", "relativePath"}) {
                    const Json* ref = findMember(*link, key);
                    if (!ref) continue;
                    Walker quiet(env, nullptr);
                    Json v = quiet.walk(*ref, "", false);
                    if (v.is_string())
                        detail = v.get<std::string>();
                    else if (ref->is_string())
                        detail = ref->get<std::string>();
                    break;
                }
            }
            result_.unresolved.push_back(Unresolved{linkPointer, "templateLink", detail});
            return;
        }
        const Json* inner = findMember(*properties, "template");
        const std::string templatePointer = child(propertiesPointer, "template");
        if (!inner || !inner->is_object()) {
            result_.unresolved.push_back(
                Unresolved{templatePointer, "invalid", "a deployment without a template"});
            return;
        }
        if (deploymentDepth + 1 > budget_.limits().maxDepth) {
            budget_.setFatal(pointer + ": nested deployments deeper than " +
                             std::to_string(budget_.limits().maxDepth) + " levels (maxDepth)");
            noteFatal(pointer);
            return;
        }
        target.level = explicitGroup ? Level::ResourceGroup : levelOfSchema(*inner, outerTarget.level);
        if (target.level == Level::ResourceGroup && target.resourceGroup.empty())
            target.resourceGroup = scope.context().resourceGroup;

        bool innerScope = false;
        if (const Json* options = findMember(*properties, "expressionEvaluationOptions")) {
            if (const Json* s = findMember(*options, "scope"); s && s->is_string())
                innerScope = iequals(s->get_ref<const std::string&>(), "inner");
        }
        if (!innerScope) {
            expandBody(*inner, scope, copies, target, templatePointer, deploymentDepth + 1);
            return;
        }
        std::map<std::string, Evaluated> provided;
        if (const Json* params = findMember(*properties, "parameters"); params && params->is_object()) {
            for (auto it = params->begin(); it != params->end(); ++it) {
                const std::string key = lower(it.key());
                if (!it.value().is_object()) continue;
                if (const Json* value = findMember(it.value(), "value")) {
                    Walker quiet(env, nullptr);
                    Json v = quiet.walk(*value, "", true);
                    provided[key] = quiet.firstFailure() ? Evaluated{Json(), quiet.firstFailure()}
                                                         : Evaluated::of(std::move(v));
                } else if (findMember(it.value(), "reference")) {
                    provided[key] =
                        Evaluated::fail("reference", "Key Vault reference for parameter " + it.key());
                }
            }
        }
        DeploymentContext context = scope.context();
        context.subscriptionId = target.subscriptionId;
        if (!target.resourceGroup.empty()) context.resourceGroup = target.resourceGroup;
        if (name) context.deploymentName = *name;
        TemplateScope innerScopeObject(*inner, std::move(provided), std::move(context));
        expandBody(*inner, innerScopeObject, {}, target, templatePointer, deploymentDepth + 1);
    }
};

} // namespace

bool isArmTemplate(const Json& document) {
    if (!document.is_object()) return false;
    if (const Json* schema = findMember(document, "$schema"); schema && schema->is_string())
        if (icontains(schema->get_ref<const std::string&>(), "deploymentTemplate.json")) return true;
    const Json* resources = findMember(document, "resources");
    return resources && (resources->is_array() || resources->is_object()) &&
           findMember(document, "contentVersion");
}

TemplateExpansion expandTemplate(const Json& armTemplate, const Json& parameters,
                                 const DeploymentContext& context, const ExpansionLimits& limits) {
    TemplateExpansion result;
    try {
        if (!isArmTemplate(armTemplate)) {
            result.error = "/: not an Azure Resource Manager deployment template (no \"$schema\" naming a "
                           "deploymentTemplate, and no \"resources\" with \"contentVersion\")";
            return result;
        }
        Budget budget(limits);
        TemplateScope scope(armTemplate, parametersFileValues(parameters, limits), context);
        Target target{context.subscriptionId, context.resourceGroup,
                      levelOfSchema(armTemplate, Level::ResourceGroup)};
        Expander expander(result, budget);
        expander.expandBody(armTemplate, scope, {}, target, "", 0);
        // A copy loop reports the same value once, not once per iteration.
        std::set<std::tuple<std::string, std::string, std::string>> seen;
        std::vector<Unresolved> unique;
        for (auto& u : result.unresolved)
            if (seen.insert({u.pointer, u.function, u.detail}).second) unique.push_back(std::move(u));
        result.unresolved = std::move(unique);
        if (budget.fatal()) {
            const std::string& sentence = *budget.fatal();
            result.error =
                (!sentence.empty() && sentence[0] == '/')
                    ? sentence
                    : (expander.fatalPointer().empty() ? "/" : expander.fatalPointer()) + ": " + sentence;
        }
    } catch (const std::exception& e) {
        result.error = std::string("/: the template could not be expanded (") + e.what() + ")";
    } catch (...) {
        result.error = "/: the template could not be expanded";
    }
    return result;
}

} // namespace pathlight::armimport
