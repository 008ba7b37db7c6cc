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

// Azure keeps the first four and the last address of every subnet (azure-facts §1.7, T26).
bool isReservedSubnetAddress(const Ipv4Prefix& subnet, Ipv4Address address);

} // namespace pathlight
