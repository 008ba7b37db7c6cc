#pragma once
// Deleting objects the way a diagram editor's user expects: what a deleted object contains goes
// with it (a VNet's subnets and everything placed in them, a site's hosts), and so does what only
// made sense with it (its peerings, connections, Route Server peers, flows that start or end
// there); associations with it are cleared (a subnet keeps existing without its deleted NSG).

#include "edit/topology_patch.h"

#include <vector>

namespace pathlight {

struct Removal {
    TopologyPatch patch;     // empty when none of the ids exists
    std::vector<Id> removed; // every removed id, cascade included
    int flowsRemoved = 0;    // of which flows
};

Removal planRemoval(const Topology& topology, const std::vector<Id>& ids);

} // namespace pathlight
