#include "analysis/reachability.h"

#include "trace/tracer.h"

namespace pathlight {

Reachability reachabilityMatrix(const Network& network, Protocol protocol, int port, std::size_t maxSide) {
    Reachability r;
    const Topology& t = network.topology();
    for (const auto& vm : t.vms)
        if (!vm.nva) {
            r.sources.push_back(vm.id);
            r.destinations.push_back(vm.id);
        }
    for (const auto& site : t.sites)
        for (const auto& host : site.hosts) {
            r.sources.push_back(host.id);
            r.destinations.push_back(host.id);
        }
    for (const auto& e : t.endpoints)
        r.destinations.push_back(e.id);
    r.sourcesTruncated = r.sources.size() > maxSide;
    r.destinationsTruncated = r.destinations.size() > maxSide;
    if (r.sources.size() > maxSide) r.sources.resize(maxSide);
    if (r.destinations.size() > maxSide) r.destinations.resize(maxSide);
    FlowSpec spec;
    spec.protocol = protocol;
    spec.port = port;
    r.cells.reserve(r.sources.size() * r.destinations.size());
    for (const Id& s : r.sources)
        for (const Id& d : r.destinations) {
            spec.id = s + "->" + d;
            if (s == d) { // Reachability::self
                Trace itself;
                itself.flowId = spec.id;
                r.cells.push_back(std::move(itself));
                continue;
            }
            spec.source = s;
            spec.destination = d;
            try {
                r.cells.push_back(traceFlow(network, spec));
            } catch (const TraceInputError&) {
                Trace unknown;
                unknown.flowId = spec.id;
                unknown.verdict = Verdict::NoRoute;
                r.cells.push_back(unknown);
            }
        }
    return r;
}

} // namespace pathlight
