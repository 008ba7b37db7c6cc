#pragma once
// The reachability matrix: every workload (VMs that are not NVAs, on-premises hosts) to every
// workload and declared endpoint, on one protocol and port, each cell a full trace. The view
// draws it; the choice of rows and columns and every verdict are the model's.

#include "trace/network.h"
#include "trace/trace_result.h"

#include <string>
#include <vector>

namespace pathlight {

struct Reachability {
    std::vector<Id> sources, destinations; // rows and columns, in file order
    std::vector<Trace> cells;              // row-major: cells[s * destinations.size() + d]
    // More workloads than maxSide on a side: the first ones are shown.
    bool sourcesTruncated = false, destinationsTruncated = false;
    const Trace& cell(std::size_t source, std::size_t destination) const {
        return cells[source * destinations.size() + destination];
    }
    // A workload to itself: the guest answers its own address without the packet leaving it, so
    // no route or NSG applies (both act on what crosses the NIC). Such a cell
    // is not traced: its trace is empty (no hops) and the view shows it as "itself".
    bool self(std::size_t source, std::size_t destination) const {
        return sources[source] == destinations[destination];
    }
};

// Traces every pair. A pair the tracer cannot resolve gets a no-route trace with no hops. At most
// `maxSide` rows and columns (a matrix is read, not scrolled).
Reachability reachabilityMatrix(const Network& network, Protocol protocol, int port,
                                std::size_t maxSide = 40);

} // namespace pathlight
