// libFuzzer target: the topology reader on any bytes. Whatever loads must write back and load
// again to the same text (the writer is the reader's inverse), and lint without crashing.

#include "catalog/endpoint_catalog.h"
#include "fuzz_support.h"
#include "io/topology_io.h"
#include "validation/lints.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pathlight;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    LoadResult r = loadTopologyFromText(text);
    PATHLIGHT_FUZZ_CHECK(r.ok() || !r.diagnostics.empty(), "a refused file says why");
    if (!r.ok()) return 0;
    const std::string once = topologyToText(*r.topology);
    LoadResult again = loadTopologyFromText(once);
    PATHLIGHT_FUZZ_CHECK(again.ok(), "what the writer writes loads");
    PATHLIGHT_FUZZ_CHECK(topologyToText(*again.topology) == once, "write(read(write(x))) == write(x)");
    static const EndpointCatalog catalog = EndpointCatalog::builtIn();
    (void)lintTopology(*r.topology, catalog);
    return 0;
}
