#pragma once
// Expanding an Azure Resource Manager deployment template (authored, compiled Bicep, or a portal
// export) into the flat list of resources it declares, every value evaluated
// (../shared/spec/import.md "Inputs" 2-3, ../shared/data/azure-corpus/FORMS.md §1-2).
//
// Handled: parameters (parameters file, else defaultValue), variables (lazy, with cycle detection
// and variable copy loops), resource, property and variable copy loops with copyIndex, conditions,
// child resources declared inline (flattened to "parent/child" types and names), inline nested
// deployments with inner or outer expression scope and their resourceGroup and subscriptionId,
// symbolic-name templates (languageVersion 2.0, `resources` an object; `existing` ones are not
// emitted). Never evaluated and reported instead: reference(), list*(), remote linked templates
// (templateLink), parameters without a value (see arm_expression.h for the full list).
// No exception escapes; every bound of ExpansionLimits holds.

#include "import/arm_expression.h"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::armimport {

// One resource the template deploys.
struct TemplateResource {
    // {"type", "name", "id", "resourceGroup", then the declared keys evaluated ("apiVersion",
    // "location", "sku", "kind", "tags", "zones", ...); "properties" always an object}.
    // Dropped: "copy", "condition", "dependsOn", inline "resources" (emitted as resources of their
    // own). An unresolved value is null here and listed in TemplateExpansion::unresolved; an
    // unresolved name gives a null "id". "resourceGroup" is absent for subscription- and
    // tenant-level resources.
    Json resource;
    std::string pointer; // where it was declared: "/resources/4", "/resources/2/resources/0",
                         // "/resources/0/properties/template/resources/1", "/resources/hubVnet"
};

struct TemplateExpansion {
    std::vector<TemplateResource> resources; // in declaration order, copies in index order
    std::vector<Unresolved> unresolved;      // values not computed, with their pointers
    std::vector<std::string> skipped;        // pointers of resources whose condition was false
    std::optional<std::string> error;        // the template as a whole is unusable (not a template, over a
                                             // limit): a sentence starting with the JSON Pointer concerned
};

// Expands `armTemplate` for a deployment into `context` (the target subscription and resource
// group). `parameters` is the parameters file's JSON ({"parameters": {"x": {"value": ...}}} as az
// and ARM write it; a bare {"x": {"value": ...}} is accepted too) or null. Key Vault references in
// it are unresolved ("reference"). On `error`, what was expanded before the problem is kept.
TemplateExpansion expandTemplate(const Json& armTemplate, const Json& parameters,
                                 const DeploymentContext& context, const ExpansionLimits& limits = {});

// Whether a JSON document is an ARM deployment template: an object whose "$schema" names a
// deploymentTemplate (resource group, subscription, management group or tenant), or that has
// "resources" (array or object) and "contentVersion". The azbb building-block files are not.
bool isArmTemplate(const Json& document);

} // namespace pathlight::armimport
