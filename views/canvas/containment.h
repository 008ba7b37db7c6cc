#pragma once
// Containment is a geometry invariant of the canvas: every box lies inside its container (a VM in
// its subnet, a subnet in its VNet, a host in its site). After an edit places or moves boxes, this
// says what else must move or grow so that the invariant holds again, in the same undo step.

#include "canvas/diagram.h"
#include "edit/topology_patch.h"

#include <vector>

namespace pathlight {

// Inner margins of a container (scene pixels): its title band on top, a frame on the sides.
inline constexpr double kContainerTitle = 34;
inline constexpr double kContainerFrame = 10;

// Layout changes that restore containment in `diagram`: a node sticking out of its container
// moves back in (the container first grows when it is too small to hold it); a container sticking
// out of its own container makes that one grow. Containers never shrink. Empty when every box
// already lies inside its container. Containers carry their size.
std::vector<LayoutPlacement> containmentPlacements(const Diagram& diagram);
// `patch` with what keeps containment after it, in the same undo step: the boxes it places or
// moves lie inside their containers and containers grow to hold them. `shown` is the drawing the
// user sees: top-level boxes that automatic placement put somewhere keep that place (their
// positions are written), so that placing or moving one moves no other. A patch the document
// would refuse is returned unchanged (the refusal comes when it is applied).
TopologyPatch withContainment(const Topology& current, const TopologyIndex& index, const Diagram& shown,
                              const TopologyPatch& patch);
// The same placements applied to the drawing itself: what the window draws for a file whose
// layout breaks the invariant (a VM outside its subnet in a hand-written or older file). The file
// is not changed until an edit writes positions.
void applyContainment(Diagram& diagram);

} // namespace pathlight
