// libFuzzer target: clipboard text pasted into a lesson topology. The clipboard is hostile input
// like any file: a paste either refuses with a reason or yields a patch that the reader accepts,
// and whose backward half restores the same bytes.

#include "edit/object_copy.h"
#include "edit/topology_patch.h"
#include "fuzz_support.h"
#include "io/json_text.h"
#include "io/topology_io.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string_view>

namespace {
const pathlight::Topology& base() {
    static const pathlight::Topology topology = [] {
        auto r = pathlight::loadTopologyFromFile(
            PATHLIGHT_SOURCE_DIR "/resources/examples/01-forced-tunneling-kms.pathlight.json");
        if (!r.ok()) std::abort();
        return std::move(*r.topology);
    }();
    return topology;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pathlight;
    const Json fragment = parseJsonOrDiscarded(std::string_view(reinterpret_cast<const char*>(data), size));
    const Paste paste = pasteObjects(base(), fragment, 12, 12);
    if (paste.patch.empty()) {
        PATHLIGHT_FUZZ_CHECK(*paste.error.sourceText, "a refused paste says why");
        return 0;
    }
    Topology edited = base();
    if (!applyPatch(edited, paste.patch.forward).empty()) return 0; // refused by the reader: nothing changed
    PATHLIGHT_FUZZ_CHECK(applyPatch(edited, paste.patch.backward).empty(), "the backward patch applies");
    PATHLIGHT_FUZZ_CHECK(topologyToText(edited) == topologyToText(base()), "paste then undo is exact");
    return 0;
}
