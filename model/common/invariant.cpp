#include "common/invariant.h"

#include <cstdio>
#include <cstdlib>

namespace pathlight {

void invariantBroken(const char* what, const std::string& detail) {
    std::fprintf(stderr, "invariant broken: %s: %s\n", what, detail.c_str());
    std::abort();
}

} // namespace pathlight
