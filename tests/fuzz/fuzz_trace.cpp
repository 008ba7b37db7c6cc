// libFuzzer target: load → network → trace every flow (and a few ad-hoc ones) → fixes → verify
// each fix; an applied fix and its inverse give back the same bytes.

#include "advice/fix_advisor.h"
#include "catalog/endpoint_catalog.h"
#include "fuzz_support.h"
#include "io/topology_io.h"
#include "trace/tracer.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pathlight;
    LoadResult r = loadTopologyFromText(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!r.ok()) return 0;
    static const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
    const std::string original = topologyToText(*r.topology);
    auto topology = std::make_shared<const Topology>(std::move(*r.topology));
    auto network = Network::build(topology, catalog);
    std::vector<FlowSpec> specs;
    for (const auto& f : topology->flows)
        if (specs.size() < 16) specs.push_back(FlowSpec::fromFlow(f));
    // Ad hoc: from every VM to the Internet and to the first host, as the GUI's matrix does.
    for (const auto& vm : topology->vms) {
        if (specs.size() >= 24) break;
        specs.push_back({"", "", vm.id, "203.0.113.9", Protocol::Tcp, 443, ""});
    }
    int verified = 0;
    for (const auto& spec : specs) {
        Trace trace;
        try {
            trace = traceFlow(*network, spec);
        } catch (const TraceInputError&) {
            continue; // a flow naming nothing: the CLI's exit 2
        }
        for (const auto& [finding, fixes] : fixesForTrace(*network, trace))
            for (const auto& fix : fixes) {
                if (!fix.applicable() || verified >= 4) continue;
                ++verified;
                (void)verifyEdit(*network, fix.edit, trace);
                Topology edited = *topology;
                if (!applyEdit(edited, fix.edit).empty()) continue;
                PATHLIGHT_FUZZ_CHECK(applyEdit(edited, invertEdit(fix.edit)).empty(), "an inverse applies");
                PATHLIGHT_FUZZ_CHECK(topologyToText(edited) == original, "apply then invert is exact");
            }
    }
    return 0;
}
