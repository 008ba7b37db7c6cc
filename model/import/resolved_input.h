#pragma once
// Resolved resource JSON in the shapes clients write it (../shared/spec/import.md input 1,
// FORMS.md §5): one resource, a bare array (CLI list), `{"value": [...], "nextLink"}` (REST list),
// `{"data": [...]}` or `{"data": {"columns", "rows"}}` (Resource Graph), Microsoft's REST example
// files (`{"responses": {"200": {"body": ...}}}`), and the same merged across files by ARM id
// compared without case.

#include "import/arm_resource.h"
#include "import/import_report.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace pathlight::armimport {

struct ResolvedRead {
    InputForm form = InputForm::ResolvedJson; // Diagnostic when the file holds effective routes etc.
    std::vector<ArmResource> resources;
    std::vector<ImportNote> notes; // items that are not ARM resources
};

// The resources of one parsed document. Items without a parsable ARM `id` are not resources:
// effective routes and effective NSGs make the form Diagnostic; anything else is a note.
ResolvedRead readResolvedJson(const Json& document, const std::string& path);

// Whether the document looks like resolved resources at all (some item has an ARM id).
bool looksResolved(const Json& document);

// Resources of all inputs merged by id (ARM compares ids without case): a resource read twice
// (a VNet in a list and on its own, an export and a GET) keeps the first's place and takes the
// later values over it, member by member.
class ResourceSet {
public:
    // Adds or merges; returns the index of the merged resource in all().
    std::size_t add(ArmResource resource);
    const std::vector<ArmResource>& all() const { return resources_; }
    const ArmResource* find(std::string_view id) const;
    // Separately declared children (subnets, securityRules, routes, virtualNetworkPeerings,
    // ipConfigurations, bgpConnections ...) of the resource with this id.
    std::vector<const ArmResource*> children(std::string_view parentId) const;
    // A value a later copy of a resource gives differently (compared without case): the later one
    // is kept, and the report says so.
    struct Conflict {
        std::string armId, source, pointer; // the later copy
        std::string key;                    // "properties/addressSpace/addressPrefixes/0"
    };
    const std::vector<Conflict>& conflicts() const { return conflicts_; }
    // (source, pointer) of every copy read after the first, per resource index.
    const std::vector<std::vector<std::pair<std::string, std::string>>>& duplicates() const {
        return duplicates_;
    }

private:
    std::vector<ArmResource> resources_;
    std::unordered_map<std::string, std::size_t> byId_;
    std::unordered_map<std::string, std::vector<std::size_t>> children_;
    std::vector<std::vector<std::pair<std::string, std::string>>> duplicates_;
    std::vector<Conflict> conflicts_;
};

} // namespace pathlight::armimport
