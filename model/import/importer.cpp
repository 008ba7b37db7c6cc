#include "import/importer.h"

#include "common/ascii.h"
#include "import/arm_mapper.h"
#include "import/resolved_input.h"
#include "io/json_text.h"
#include "validation/lints.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace pathlight::armimport {

namespace {

namespace fs = std::filesystem;

Diagnostic error(const std::string& file, const std::string& pointer, const char* code, const char* text,
                 std::vector<std::string> args) {
    Diagnostic d;
    d.severity = Severity::Error;
    d.code = code;
    d.pointer = file + (pointer.empty() ? "" : "#" + pointer);
    d.message = {"Import", text, std::move(args)};
    return d;
}

ImportNote refusal(const std::string& file, const char* code, const char* text,
                   std::vector<std::string> args = {}) {
    ImportNote n;
    n.kind = NoteKind::Refused;
    n.code = code;
    n.source = file;
    n.message = {"Import", text, std::move(args)};
    return n;
}

// Values Pathlight never copies (import.md "Secrets"): their unresolved parameters are no news.
bool isSecretPointer(const std::string& pointer) {
    const std::string key = asciiLower(pointer.substr(pointer.find_last_of('/') + 1));
    for (const char* secret :
         {"password", "sharedkey", "authorizationkey", "secret", "customdata", "publickey", "keydata"})
        if (key.find(secret) != std::string::npos) return true;
    return false;
}

bool isParametersFile(const Json& doc) {
    if (const Json* schema = member(doc, "$schema"); schema && schema->is_string())
        return asciiLower(schema->get<std::string>()).find("deploymentparameters") != std::string::npos;
    return false;
}

bool isBuildingBlocks(const Json& doc) {
    const Json* parameters = member(doc, "parameters");
    return parameters && member(*parameters, "buildingBlocks");
}

bool isTerraform(const Json& doc) {
    return member(doc, "terraform_version") || (member(doc, "format_version") && member(doc, "values"));
}

// Inputs expanded: a folder gives its .json files (recursively, sorted), a file itself.
std::vector<std::string> expandInputs(const ImportOptions& options, ImportResult& result) {
    std::vector<std::string> files;
    for (const auto& input : options.inputs) {
        std::error_code ec;
        if (fs::is_directory(input, ec)) {
            std::vector<std::string> found;
            for (fs::recursive_directory_iterator
                     it(input, fs::directory_options::skip_permission_denied, ec),
                 end;
                 !ec && it != end; it.increment(ec)) {
                if (found.size() > options.maxFiles) break;
                if (it->is_regular_file(ec) && asciiLower(it->path().extension().string()) == ".json")
                    found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            if (found.empty())
                result.errors.push_back(error(input, {}, "NO_INPUT_FILES",
                                              QT_TRANSLATE_NOOP("Import", "the folder holds no .json files"),
                                              {}));
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(input, ec)) {
            files.push_back(input);
        } else {
            result.errors.push_back(
                error(input, {}, "INPUT_MISSING", QT_TRANSLATE_NOOP("Import", "no such file or folder"), {}));
        }
    }
    if (files.size() > options.maxFiles)
        result.errors.push_back(error(options.inputs.front(), {}, "TOO_MANY_FILES",
                                      QT_TRANSLATE_NOOP("Import", "more than %1 input files"),
                                      {std::to_string(options.maxFiles)}));
    return files;
}

std::optional<Json> readJsonFile(const std::string& path, const ImportOptions& options,
                                 ImportResult& result) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        result.errors.push_back(
            error(path, {}, "READ", QT_TRANSLATE_NOOP("Import", "cannot read the file: %1"), {ec.message()}));
        return std::nullopt;
    }
    if (size > options.maxFileBytes) {
        result.errors.push_back(
            error(path, {}, "TOO_LARGE",
                  QT_TRANSLATE_NOOP("Import", "the file has %1 bytes, more than the limit of %2"),
                  {std::to_string(size), std::to_string(options.maxFileBytes)}));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) {
        result.errors.push_back(
            error(path, {}, "READ", QT_TRANSLATE_NOOP("Import", "cannot read the file"), {}));
        return std::nullopt;
    }
    Json doc;
    if (const auto e = parseLenientJsonText(text.str(), doc)) {
        result.errors.push_back(error(path, {}, "JSON_SYNTAX",
                                      QT_TRANSLATE_NOOP("Import", "not JSON at line %1, column %2: %3"),
                                      {std::to_string(e->line), std::to_string(e->column), e->what}));
        return std::nullopt;
    }
    return doc;
}

// Where other inputs say a resource lives: "<type>/<name>" (lower case) → its ARM id, from every
// template parameter whose default is a resource id (an export's `..._externalid` parameters name
// the resources of other resource groups that way; FORMS.md §5).
using ExternalIds = std::map<std::string, ArmId>;

void collectExternalIds(const Json& armTemplate, ExternalIds& into) {
    const Json* parameters = member(armTemplate, "parameters");
    if (!parameters || !parameters->is_object()) return;
    for (const auto& [name, declaration] : parameters->items()) {
        const Json* value = member(declaration, "defaultValue");
        if (!value || !value->is_string()) continue;
        if (const auto id = parseArmId(value->get<std::string>()))
            into.emplace(asciiLower(id->type() + "/" + id->names.back()), *id);
    }
}

// The subscription and resource group an export stands for, when other inputs name its resources
// by full id (its own ids are relative, deployed "into" whatever group): the first of its
// top-level resources another input names.
std::optional<ArmId> placeNamedElsewhere(const TemplateExpansion& expansion, const ExternalIds& external) {
    for (const auto& r : expansion.resources) {
        const Json* type = member(r.resource, "type");
        const Json* name = member(r.resource, "name");
        if (!type || !name || !type->is_string() || !name->is_string()) continue;
        if (name->get<std::string>().find('/') != std::string::npos) continue;
        const auto it = external.find(asciiLower(type->get<std::string>() + "/" + name->get<std::string>()));
        if (it != external.end()) return it->second;
    }
    return std::nullopt;
}

// The parameters file for a template: the option, else "<stem>.parameters.json" beside it.
std::string parametersFor(const std::string& templatePath, const ImportOptions& options) {
    if (!options.parameters.empty()) return options.parameters;
    fs::path p(templatePath);
    fs::path sibling = p.parent_path() / (p.stem().string() + ".parameters.json");
    std::error_code ec;
    return fs::exists(sibling, ec) ? sibling.string() : std::string();
}

// Which array element to leave out for a reader error at `pointer`: the innermost element of a
// list of parts (a subnet, a rule, a NIC), else the top-level object.
std::vector<std::string> tokens(const std::string& pointer) {
    std::vector<std::string> out;
    std::size_t start = 1;
    while (start <= pointer.size() && !pointer.empty()) {
        const auto slash = pointer.find('/', start);
        out.push_back(pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return out;
}

bool isIndex(const std::string& token) {
    return !token.empty() &&
           std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Leaves out what the reader refuses, and says so; rounds until the reader accepts (a removal can
// leave a reference dangling) or nothing is left to remove.
std::optional<Topology> loadRepairing(Json& topology, ImportReport& report, std::string* lastError) {
    static const std::set<std::string> parts = {"subnets",
                                                "securityRules",
                                                "routes",
                                                "rules",
                                                "ruleCollections",
                                                "ruleCollectionGroups",
                                                "peers",
                                                "backends",
                                                "loadBalancingRules",
                                                "outboundRules",
                                                "frontendIPConfigurations",
                                                "backendAddressPools",
                                                "members",
                                                "nics",
                                                "ipConfigurations"};
    for (int round = 0; round < 16; ++round) {
        LoadResult loaded = loadTopologyFromText(topology.dump());
        if (loaded.ok()) return std::move(loaded.topology);
        for (const auto& d : loaded.diagnostics)
            if (d.severity == Severity::Error && lastError) {
                *lastError = (d.pointer.empty() ? "" : d.pointer + ": ") + d.message.english();
                break;
            }
        std::map<std::string, std::pair<Json::json_pointer, const Diagnostic*>> remove;
        for (const auto& d : loaded.diagnostics) {
            if (d.severity != Severity::Error) continue;
            const auto t = tokens(d.pointer);
            // Tokens kept: the path to the element removed, the deepest part. A VM's NIC or IP
            // configuration takes the whole VM, as a VM without it would be another machine.
            std::size_t cut = 0;
            for (std::size_t i = 1; i < t.size(); ++i) {
                if (!isIndex(t[i])) continue;
                if (i == 1)
                    cut = 2;
                else if (parts.count(t[i - 1]) && t[i - 1] != "nics" && t[i - 1] != "ipConfigurations")
                    cut = i + 1;
            }
            if (cut < 2 || !isIndex(t[1])) continue;
            std::string path;
            for (std::size_t i = 0; i < cut; ++i)
                path += "/" + t[i];
            remove.emplace(path, std::make_pair(Json::json_pointer(path), &d));
        }
        if (remove.empty()) return std::nullopt;
        // Deepest and last first, so earlier indexes stay valid.
        std::vector<std::pair<std::string, std::pair<Json::json_pointer, const Diagnostic*>>> order(
            remove.begin(), remove.end());
        std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
            const auto ta = tokens(a.first), tb = tokens(b.first);
            if (ta.size() != tb.size()) return ta.size() > tb.size();
            for (std::size_t i = 0; i < ta.size(); ++i)
                if (ta[i] != tb[i])
                    return isIndex(ta[i]) && isIndex(tb[i]) ? std::stoul(ta[i]) > std::stoul(tb[i])
                                                            : ta[i] > tb[i];
            return false;
        });
        for (const auto& [path, what] : order) {
            const auto& [pointer, diagnostic] = what;
            if (!topology.contains(pointer)) continue;
            const Json& element = topology[pointer];
            std::string name;
            if (element.is_object())
                for (const char* key : {"name", "id"})
                    if (element.contains(key) && element[key].is_string() && name.empty())
                        name = element[key];
            ImportNote n;
            n.kind = NoteKind::Skipped;
            n.code = "REFUSED_BY_READER";
            if (element.is_object() && element.contains("armId") && element["armId"].is_string())
                n.armId = element["armId"];
            // Where the resource was read, for the user to find it in the input.
            for (const auto& r : report.resources)
                if (!n.armId.empty() && idKey(r.armId) == idKey(n.armId)) {
                    n.source = r.source;
                    n.pointer = r.pointer;
                    break;
                }
            n.message = {"Import",
                         QT_TRANSLATE_NOOP("Import", "%1 left out: %2"),
                         {name.empty() ? path : name,
                          Message::term(diagnostic->message.context, diagnostic->message.sourceText,
                                        diagnostic->message.args)}};
            report.notes.push_back(n);
            Json& parent = topology[pointer.parent_pointer()];
            if (parent.is_array()) parent.erase(std::stoul(pointer.back()));
        }
    }
    return std::nullopt;
}

} // namespace

ImportResult importAzureFiles(const ImportOptions& options) {
    ImportResult result;
    const auto files = expandInputs(options, result);
    if (!result.errors.empty()) return result;
    // Every file is read once, then imported as documents held in memory.
    std::vector<InputDocument> documents;
    for (const auto& path : files) {
        auto doc = readJsonFile(path, options, result);
        if (!doc) return result;
        documents.push_back({path, std::move(*doc)});
    }
    return importDocuments(documents, options);
}

ImportResult importDocuments(const std::vector<InputDocument>& documents, const ImportOptions& options) {
    ImportResult result;
    // Where an error about the input as a whole points: the first input named, else the first
    // document's source.
    const std::string where = !options.inputs.empty() ? options.inputs.front()
                              : !documents.empty()    ? documents.front().source
                                                      : std::string();
    // The templates' ids of other resource groups are collected before any is expanded.
    ExternalIds externalIds;
    for (const auto& d : documents)
        if (isArmTemplate(d.json)) collectExternalIds(d.json, externalIds);
    ResourceSet set;
    std::set<std::string> usedParameters;
    std::size_t linked = 0, unresolvedNames = 0; // templates' linked deployments, unresolved values
    std::optional<Unresolved> firstFailure;      // the first value that failed otherwise
    for (const auto& [path, document] : documents) {
        const Json* doc = &document;
        ImportedFile file{path, InputForm::ResolvedJson, 0};
        if (isParametersFile(*doc)) {
            file.form = InputForm::Parameters;
        } else if (isBuildingBlocks(*doc)) {
            file.form = InputForm::Refused;
            result.report.notes.push_back(refusal(
                path, "BUILDING_BLOCKS",
                QT_TRANSLATE_NOOP("Import",
                                  "a legacy Azure building-blocks (azbb) file, not an ARM template: refused. "
                                  "Deploy it and import the resource group's export or az output instead")));
        } else if (isTerraform(*doc)) {
            file.form = InputForm::Refused;
            result.report.notes.push_back(refusal(
                path, "TERRAFORM",
                QT_TRANSLATE_NOOP("Import",
                                  "Terraform state is not supported yet: refused. Import the resource "
                                  "groups' exports or az output instead")));
        } else if (isArmTemplate(*doc)) {
            file.form = InputForm::Template;
            Json parameters;
            const std::string parametersPath = parametersFor(path, options);
            if (const std::string& p = parametersPath; !p.empty()) {
                auto params = readJsonFile(p, options, result);
                if (!params) return result;
                // {"parameters": {"x": {"value": ...}}} as az and ARM write it, or the bare object.
                const Json* inner = member(*params, "parameters");
                if (!params->is_object() || isArmTemplate(*params) || (inner && !inner->is_object())) {
                    result.errors.push_back(
                        error(p, inner ? "/parameters" : "", "NOT_PARAMETERS",
                              QT_TRANSLATE_NOOP("Import", "not a parameters file: expected "
                                                          "{\"parameters\": {\"name\": "
                                                          "{\"value\": ...}}}"),
                              {}));
                    return result;
                }
                parameters = std::move(*params);
                usedParameters.insert(p);
            }
            DeploymentContext context = options.context;
            TemplateExpansion expansion = expandTemplate(*doc, parameters, context);
            if (const auto place = placeNamedElsewhere(expansion, externalIds)) {
                context.subscriptionId = place->subscription;
                context.resourceGroup = place->resourceGroup;
                expansion = expandTemplate(*doc, parameters, context);
            }
            if (expansion.error) {
                result.errors.push_back(error(
                    path, {}, "TEMPLATE", QT_TRANSLATE_NOOP("Import", "the template cannot be expanded: %1"),
                    {*expansion.error}));
                return result;
            }
            if (!parameters.is_null())
                result.report.files.push_back({parametersPath, InputForm::Parameters, 0});
            {
                ImportNote n;
                n.kind = NoteKind::Inferred;
                n.code = "TEMPLATE_CONTEXT";
                n.source = path;
                n.message = {"Import",
                             QT_TRANSLATE_NOOP("Import",
                                               "the template is evaluated as deployed to subscription %1, "
                                               "resource group %2, location %3 (--context changes them)"),
                             {context.subscriptionId, context.resourceGroup, context.location}};
                result.report.notes.push_back(n);
            }
            for (const auto& u : expansion.unresolved) {
                ImportNote n;
                n.kind = NoteKind::Unresolved;
                n.code = "UNRESOLVED";
                n.source = path;
                n.pointer = u.pointer;
                // A secure parameter (never read) or a password or key (never copied anyway).
                if (u.function == "secret" || isSecretPointer(u.pointer)) {
                    n.kind = NoteKind::SecretDropped;
                    n.code = "SECRET_DROPPED";
                    n.message =
                        u.function == "secret"
                            ? Message{"Import",
                                      QT_TRANSLATE_NOOP("Import", "secure parameter %1 is a secret: not "
                                                                  "read, and what uses it is left out"),
                                      {u.detail}}
                            : Message{"Import",
                                      QT_TRANSLATE_NOOP("Import", "%1 is a secret: not copied"),
                                      {u.pointer.substr(u.pointer.find_last_of('/') + 1)}};
                    result.report.notes.push_back(n);
                    continue;
                }
                if (u.pointer.find("/osProfile/") != std::string::npos)
                    continue; // the guest's, not the network's
                if (u.function == "templateLink")
                    ++linked;
                else if (u.function == "parameter")
                    ++unresolvedNames;
                else if (!firstFailure)
                    firstFailure = u;
                n.message = {
                    "Import",
                    QT_TRANSLATE_NOOP("Import", "not evaluated (%1): %2; what depends on it is left out"),
                    {u.function, u.detail}};
                result.report.notes.push_back(n);
            }
            for (const auto& r : expansion.resources) {
                ArmResource a;
                a.json = r.resource;
                const Json* id = member(r.resource, "id");
                const auto parsed = id && id->is_string() ? parseArmId(id->get<std::string>()) : std::nullopt;
                if (!parsed) continue;
                a.id = parsed->text();
                a.type = parsed->type();
                a.name = parsed->name();
                a.source = path;
                a.pointer = r.pointer;
                set.add(std::move(a));
                ++file.resources;
            }
        } else if (looksResolved(*doc)) {
            ResolvedRead read = readResolvedJson(*doc, path);
            file.form = read.form;
            for (auto& n : read.notes)
                result.report.notes.push_back(std::move(n));
            for (auto& r : read.resources) {
                set.add(std::move(r));
                ++file.resources;
            }
        } else {
            ResolvedRead read = readResolvedJson(*doc, path);
            file.form = read.form == InputForm::Diagnostic ? InputForm::Diagnostic : InputForm::Refused;
            if (file.form == InputForm::Refused)
                result.report.notes.push_back(refusal(
                    path, "NO_RESOURCES",
                    QT_TRANSLATE_NOOP("Import", "no Azure resources found: neither resource JSON with ids "
                                                "nor an ARM template")));
        }
        if (file.form == InputForm::Diagnostic)
            result.report.notes.push_back(refusal(
                path, "DIAGNOSTIC_OUTPUT",
                QT_TRANSLATE_NOOP("Import",
                                  "effective routes or security rules: Azure's answers, not a network "
                                  "description; not imported (trace the imported network and compare)")));
        result.report.files.push_back(file);
    }
    // A parameters file given or found is not a refusal; one that no template used is said.
    for (auto& f : result.report.files)
        if (f.form == InputForm::Parameters && !usedParameters.count(f.path))
            result.report.notes.push_back(
                refusal(f.path, "PARAMETERS_UNUSED",
                        QT_TRANSLATE_NOOP("Import", "a parameters file that no template in the input uses: "
                                                    "ignored (name it \"<template>.parameters.json\" or give "
                                                    "--parameters)")));
    if (set.all().empty()) {
        if (linked > 0)
            result.errors.push_back(
                error(where, {}, "ONLY_LINKED_TEMPLATES",
                      QT_TRANSLATE_NOOP("Import", "the template deploys its resources through %1 "
                                                  "linked templates on the web, which Pathlight "
                                                  "does not fetch: import the deployed resource "
                                                  "group's export or az output instead"),
                      {std::to_string(linked)}));
        else if (firstFailure)
            result.errors.push_back(error(
                where, firstFailure->pointer, "NOT_EVALUATED",
                QT_TRANSLATE_NOOP("Import", "no resource could be imported: a value could not be evaluated "
                                            "(%1): %2"),
                {firstFailure->function, firstFailure->detail}));
        else if (unresolvedNames > 0)
            result.errors.push_back(
                error(where, {}, "PARAMETERS_NEEDED",
                      QT_TRANSLATE_NOOP("Import", "no resource could be named: %1 values depend "
                                                  "on parameters without a value; give them with "
                                                  "--parameters FILE"),
                      {std::to_string(unresolvedNames)}));
        else {
            // The refusals say why better than "nothing": the first one goes to the errors.
            bool said = false;
            for (const auto& n : result.report.notes)
                if (n.kind == NoteKind::Refused && !said) {
                    Diagnostic d;
                    d.code = n.code;
                    d.pointer = n.source;
                    d.message = n.message;
                    result.errors.push_back(d);
                    said = true;
                }
            if (!said)
                result.errors.push_back(
                    error(where, {}, "NOTHING_TO_IMPORT",
                          QT_TRANSLATE_NOOP("Import", "no Azure resources to import in the input"), {}));
        }
        return result;
    }
    for (const auto& c : set.conflicts()) {
        ImportNote n;
        n.kind = NoteKind::HalfConfigured;
        n.code = "MERGE_CONFLICT";
        n.source = c.source;
        n.pointer = c.pointer;
        n.armId = c.armId;
        n.message = {"Import",
                     QT_TRANSLATE_NOOP("Import",
                                       "this copy of %1 gives %2 another value than an earlier one: "
                                       "this later value is used"),
                     {c.armId.substr(c.armId.find_last_of('/') + 1), c.key}};
        result.report.notes.push_back(n);
    }
    Json topology = mapResources(set, result.report);
    std::string loadError;
    result.topology = loadRepairing(topology, result.report, &loadError);
    if (!result.topology) {
        result.errors.push_back(error(where, {}, "MAPPING",
                                      QT_TRANSLATE_NOOP("Import", "the imported network does not load: %1"),
                                      {loadError}));
        return result;
    }
    // What Pathlight's checks find in the result is the input's own half-configuration (a route to
    // an address no device holds, a VM taken as an NVA whose NIC does not forward): said here too.
    const EndpointCatalog catalog = EndpointCatalog::builtIn();
    for (const auto& d : lintTopology(*result.topology, catalog)) {
        if (d.severity == Severity::Info) continue;
        ImportNote n;
        n.kind = NoteKind::HalfConfigured;
        n.code = d.code;
        n.pointer = d.pointer;
        const auto ids = idsAlongPointer(*result.topology, d.pointer);
        if (!ids.empty()) n.objectId = ids.back();
        n.message = d.message;
        result.report.notes.push_back(n);
    }
    return result;
}

} // namespace pathlight::armimport
