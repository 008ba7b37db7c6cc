// libFuzzer target: the JSON patch / edit path. The input is a JSON value: an array is applied as
// RFC 6902 operations, an object replaces the object whose id the first byte picks. An edit applies
// completely or changes nothing, and a patch made by makePatch undoes exactly. The analysis's own
// patch path (which reads only the objects a patch reaches) agrees with reading the whole file
// again: the same refusal, or the same topology.

#include "analysis/analysis.h"
#include "edit/topology_patch.h"
#include "fuzz_support.h"
#include "io/json_text.h"
#include "io/topology_io.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {
const pathlight::Topology& base() {
    static const pathlight::Topology topology = [] {
        auto r = pathlight::loadTopologyFromFile(
            PATHLIGHT_SOURCE_DIR "/resources/examples/05-route-server-nva-forced-tunnel.pathlight.json");
        if (!r.ok()) std::abort();
        return std::move(*r.topology);
    }();
    return topology;
}

void ids(const pathlight::Json& j, std::vector<std::string>& out) {
    if (j.is_object()) {
        if (const auto id = pathlight::idOf(j); !id.empty()) out.push_back(id);
        for (const auto& [key, value] : j.items())
            if (key != "layout") ids(value, out);
    } else if (j.is_array()) {
        for (const auto& v : j)
            ids(v, out);
    }
}
// The analysis's patch path gives what the whole reader gives.
void sameAsReader(const pathlight::Json& operations) {
    using namespace pathlight;
    static const auto catalog = std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
    Topology whole = base();
    const bool readerRefuses = !applyPatch(whole, operations).empty();
    Analysis analysis(base(), catalog);
    const bool analysisRefuses = !analysis.applyPatch(operations).empty();
    PATHLIGHT_FUZZ_CHECK(readerRefuses == analysisRefuses, "the analysis refuses what the reader refuses");
    const std::string mine = topologyToText(analysis.topology());
    PATHLIGHT_FUZZ_CHECK(mine == (readerRefuses ? topologyToText(base()) : topologyToText(whole)),
                         "the analysis's patch result is the reader's");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pathlight;
    if (size < 1) return 0;
    const std::string original = topologyToText(base());
    const Json input =
        parseJsonOrDiscarded(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
    Topology edited = base();
    if (input.is_array()) {
        sameAsReader(input);
        if (!applyPatch(edited, input).empty())
            PATHLIGHT_FUZZ_CHECK(topologyToText(edited) == original, "a refused patch changes nothing");
        return 0;
    }
    if (!input.is_object()) return 0;
    static const std::vector<std::string> all = [] {
        std::vector<std::string> out;
        ids(topologyToJson(base()), out);
        return out;
    }();
    const TopologyPatch patch = replaceObjectPatch(base(), all[data[0] % all.size()], input);
    if (patch.empty()) return 0;
    sameAsReader(patch.forward);
    if (!applyPatch(edited, patch.forward).empty()) {
        PATHLIGHT_FUZZ_CHECK(topologyToText(edited) == original, "a refused edit changes nothing");
        return 0;
    }
    PATHLIGHT_FUZZ_CHECK(applyPatch(edited, patch.backward).empty(), "the inverse applies");
    PATHLIGHT_FUZZ_CHECK(topologyToText(edited) == original, "edit then inverse is exact");
    return 0;
}
