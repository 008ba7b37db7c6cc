#pragma once
// What a change to a topology reaches, so that only that is recomputed: the routes of the subnets
// of some route tables, some NSGs, the BGP fabric, the id and address tables. Filled by the edit
// path (edit/topology_edit.h, editScope; edit/topology_patch.h, patchScope) and read by
// Network::rebuildAfterEdit. Standard C++ only.

#include "topology/topology.h"

#include <vector>

namespace pathlight {

struct ChangeScope {
    std::vector<Id> routeTables; // route tables whose routes, settings or associations changed
    std::vector<Id> nsgs;        // NSGs whose rules changed or that are new
    // What a site or an NVA announces over BGP changed: the fabric and the gateway routes are
    // recomputed (azure-facts §7), every other route is kept.
    bool bgpAnnouncements = false;
    bool nsgAssociations = false;
    bool routeTableAssociations = false; // a subnet joined or left a route table
    bool objectsAddedOrRemoved = false;  // a route table or an NSG came or went
};

} // namespace pathlight
