#pragma once
// Reading and writing topology files (format "pathlight.topology", version 1).
// A load either succeeds completely or returns errors and no topology: nothing is half-loaded.

#include "common/message.h"
#include "topology/topology.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight {

struct LoadLimits {
    std::size_t maxBytes = 64u * 1024u * 1024u; // refuse larger files before parsing
    std::size_t maxObjects = 200'000;           // JSON objects, and arrays, in the document (each)
    // Values of any kind (numbers, strings, literals too): 64 MiB of "0," would otherwise build 32
    // million of them. The scale estate of tests/bench (10,000 flows) has about 340,000.
    std::size_t maxValues = 2'000'000;
    int maxDepth = 64; // nesting; v1 needs fewer than ten levels
};

struct LoadResult {
    std::optional<Topology> topology;    // set when the file loaded
    std::vector<Diagnostic> diagnostics; // errors (then no topology) and warnings (unknown keys)
    bool unusable = false;               // not JSON, wrong format/version, over a limit, I/O error
    bool ok() const { return topology.has_value(); }
};

LoadResult loadTopologyFromText(std::string_view text, const LoadLimits& limits = {});
LoadResult loadTopologyFromFile(const std::string& path, const LoadLimits& limits = {});

// One NSG, route table, site or VM as the file reader reads it at `pointer` ("/nsgs/3"): the
// same checks, with the reader's errors (pointers under `pointer`) returned and `out` unset on an
// error. For a patch that changes only such objects' own fields (analysis/analysis.cpp: rules,
// routes, BGP announcements), which need no other part of the file to be read again.
std::vector<Diagnostic> readNsgObject(const Json& json, const std::string& pointer, Nsg& out);
std::vector<Diagnostic> readRouteTableObject(const Json& json, const std::string& pointer, RouteTable& out);
std::vector<Diagnostic> readSiteObject(const Json& json, const std::string& pointer, Site& out);
std::vector<Diagnostic> readVmObject(const Json& json, const std::string& pointer, Vm& out);
// One flow the same way (a flow the dialog is about to add, before it has an id: give it one).
std::vector<Diagnostic> readFlowObject(const Json& json, const std::string& pointer, Flow& out);

// A JSON Pointer token for an object key ("~" and "/" escaped, RFC 6901).
std::string escapePointerToken(const std::string& key);

// Canonical JSON: known keys in the format's order, Azure defaults omitted, unknown keys kept.
Json topologyToJson(const Topology& topology);
std::string topologyToText(const Topology& topology); // pretty-printed, ends with a newline

// One NSG or route table as topologyToJson writes it (unknown keys kept).
Json nsgToJson(const Nsg& nsg);
Json routeTableToJson(const RouteTable& table);
// One Azure Firewall policy rule the same way.
Json firewallRuleToJson(const FirewallRule& rule);

class TopologyIndex;
// One object as topologyToJson writes it, and its JSON Pointer ("/vnets/2/subnets/0"), without
// writing the whole document (the inspector shows one object of a 20,000-object file). The
// pointer is empty and the JSON null for an id the index does not know.
struct ObjectJson {
    std::string pointer;
    Json object;
};
ObjectJson objectToJson(const Topology& topology, const TopologyIndex& index, const Id& id);
// The ids of the objects a pointer into the canonical document passes through, outermost first
// ("/vnets/0/subnets/1/nsg" -> [vnet id, subnet id]), read from the structures, not from JSON.
// Empty for a pointer that leads nowhere.
std::vector<Id> idsAlongPointer(const Topology& topology, const std::string& pointer);

} // namespace pathlight
