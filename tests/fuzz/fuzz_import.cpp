// libFuzzer target: the Azure importer on any bytes (model/import: the lenient reader, the
// client shapes, the ARM template expander, the mapper and the reader's repair pass). An import
// either gives a topology that writes and loads again, or says why it gave none.

#include "fuzz_support.h"
#include "import/importer.h"
#include "io/topology_io.h"

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace pathlight;
    // The importer reads files, as the CLI and the GUI give it: one per process, rewritten.
    static const std::string path = "/tmp/pathlight-fuzz-import-" + std::to_string(getpid()) + ".json";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    }
    armimport::ImportOptions options;
    options.inputs = {path};
    const armimport::ImportResult r = armimport::importAzureFiles(options);
    PATHLIGHT_FUZZ_CHECK(r.ok() || !r.errors.empty(), "an import that gives nothing says why");
    if (!r.ok()) return 0;
    const std::string text = topologyToText(*r.topology);
    PATHLIGHT_FUZZ_CHECK(loadTopologyFromText(text).ok(), "an imported topology loads again");
    return 0;
}
