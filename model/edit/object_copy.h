#pragma once
// Copy and paste of objects with fresh ids and addresses, so a pasted copy is valid at once.
//
// A copy is a self-contained JSON fragment ("pathlight.clipboard"): the objects as the file
// writes them, with their layout. Pasting gives every object (and every nested subnet, NIC and
// host) a new id, moves a copied VNet or site to free address space (its subnets, NICs and hosts
// keep their place inside it), gives objects pasted into an existing subnet or site the next
// free addresses, drops public IPs (Azure gives each resource its own), and keeps references to
// objects that were not copied. Peerings and connections come along when both their ends do.

#include "common/message.h"
#include "edit/topology_patch.h"

#include <vector>

namespace pathlight {

// The fragment for these ids (what a selected container holds comes with it: a VNet's subnets,
// the VMs whose NICs are all in the copied subnets, the Application Gateways in them, a VNet's
// gateways and Route Server; a site's hosts). Objects that cannot be copied alone (a gateway or
// Route Server without its VNet) are skipped at paste with the reason.
// `shown`: where the window draws objects the file's layout does not place (automatic
// placement), so that a pasted copy lands beside the original rather than where automatic
// placement would put it; a size only for containers.
Json copyObjects(const Topology& topology, const std::vector<Id>& ids,
                 const std::vector<LayoutPlacement>& shown = {});
bool isClipboardFragment(const Json& fragment);

struct Paste {
    TopologyPatch patch; // empty when nothing could be pasted
    std::vector<Id> ids; // the new top-level objects
    Message error;       // why not, when patch is empty
};

// At most this many objects (clipboard items) in one paste; more is refused with the reason.
inline constexpr std::size_t kMaxPastedObjects = 1000;

// Pastes a fragment into the topology, moving its layout by (dx, dy).
Paste pasteObjects(const Topology& topology, const Json& fragment, double dx, double dy);

} // namespace pathlight
