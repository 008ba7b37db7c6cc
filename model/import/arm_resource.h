#pragma once
// Azure Resource Manager resources as the importer reads them (../shared/spec/import.md "Inputs"):
// ids, types and properties compared without case, as ARM does, whatever client wrote them (REST
// nests values under `properties`, the Azure CLI and PowerShell flatten them, PowerShell writes
// PascalCase, Resource Graph lower-cases `type`). Standard C++ and nlohmann/json only.

#include "topology/topology.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::armimport {

// "/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]..." split
// into its parts. Anything else (no provider, an odd number of segments) does not parse.
struct ArmId {
    std::string subscription;
    std::string resourceGroup;
    std::string providerNamespace;       // "Microsoft.Network"
    std::vector<std::string> types;      // {"virtualNetworks", "subnets"}
    std::vector<std::string> names;      // {"hub", "GatewaySubnet"}
    std::string type() const;            // "Microsoft.Network/virtualNetworks/subnets"
    std::string text() const;            // the id again, as written
    std::optional<ArmId> parent() const; // the VNet of a subnet; none for a top-level resource
    const std::string& name() const { return names.back(); }
};

std::optional<ArmId> parseArmId(std::string_view text);

// The key ARM compares ids by: the id lower-cased, without a trailing slash.
std::string idKey(std::string_view id);

// A member of `object` by key, compared without case; nullptr when absent or `object` is not an
// object.
const Json* member(const Json& object, std::string_view key);

// A resource's value by key: under `properties` first (REST, templates), then beside it (CLI and
// PowerShell flattening), compared without case. nullptr when absent or null.
const Json* field(const Json& resource, std::string_view key);

// The same, typed; nullopt when absent or of another JSON type. Numbers written as strings ("65515")
// count as numbers, as ARM accepts them.
std::optional<std::string> stringField(const Json& resource, std::string_view key);
std::optional<long long> intField(const Json& resource, std::string_view key);
std::optional<bool> boolField(const Json& resource, std::string_view key);
// An array field, or an empty array.
const Json& arrayField(const Json& resource, std::string_view key);
// `{"id": "..."}` under `key` (a reference to another resource), or nullopt.
std::optional<std::string> refField(const Json& resource, std::string_view key);

// A resource read from an input: its id, type and name in ARM's spelling, where it came from.
struct ArmResource {
    Json json;           // the resource as written (REST, CLI, PowerShell or evaluated template)
    std::string id;      // full ARM id
    std::string type;    // "Microsoft.Network/virtualNetworks" (from the id when the input has none)
    std::string name;    // the last name segment
    std::string source;  // the input file
    std::string pointer; // JSON Pointer of the resource in that file
    // The type lower-cased, for comparisons: "microsoft.network/virtualnetworks".
    std::string typeKey() const;
    std::string resourceGroup() const;
};

} // namespace pathlight::armimport
