#pragma once
// Shared by the libFuzzer targets: a failed check aborts, so libFuzzer records the input.

#include <cstdio>
#include <cstdlib>

#define PATHLIGHT_FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, __FILE__, __LINE__);               \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (0)
