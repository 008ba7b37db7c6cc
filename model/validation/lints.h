#pragma once
// Checks a loaded topology against Azure's rules (azure-facts.md), reporting each problem with
// the JSON Pointer of the offending value. Errors are configurations Azure refuses or that
// cannot work; warnings are legal but suspicious.

#include "catalog/endpoint_catalog.h"
#include "common/message.h"
#include "topology/topology.h"

#include <vector>

namespace pathlight {

class TopologyIndex;

std::vector<Diagnostic> lintTopology(const Topology& topology, const EndpointCatalog& catalog);
// The same with the topology's index already built (the analysis's network has one).
std::vector<Diagnostic> lintTopology(const Topology& topology, const TopologyIndex& index,
                                     const EndpointCatalog& catalog);

// What a lint section reads besides the objects, ids and addresses (kLintStructure), so that an
// analysis re-runs after a change only the sections the change can reach.
enum LintInput : unsigned {
    kLintStructure = 1,         // anything not below: objects, ids, addresses, associations, flags
    kLintNsgContent = 2,        // an NSG's name and security rules
    kLintRouteTableContent = 4, // a route table's name, routes and disableBgpRoutePropagation
    kLintAnnouncements = 8,     // what sites and NVAs announce over BGP
    kLintLayout = 16,           // the file's layout (view data)
    kLintAll = 31,
};
// The lints of lintTopology by section (in its order; joined, they are its result). A change
// whose inputs are `changed` (LintInput bits) keeps each section of `previous` that reads none of
// them; `previous` of another size (none yet) computes every section.
std::vector<std::vector<Diagnostic>> lintSections(const Topology& topology, const TopologyIndex& index,
                                                  const EndpointCatalog& catalog, unsigned changed,
                                                  std::vector<std::vector<Diagnostic>> previous);

// Azure keeps the first four and the last address of every subnet (azure-facts §1.7, T26).
bool isReservedSubnetAddress(const Ipv4Prefix& subnet, Ipv4Address address);

} // namespace pathlight
