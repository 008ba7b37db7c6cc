#pragma once
// Invariants checked where assertions run: Debug builds and the sanitizer/fuzz builds
// (PATHLIGHT_CHECK_INVARIANTS). A broken invariant is a bug in Pathlight, never bad input: it
// prints what broke and aborts, so the fuzzers and the sanitizer suite stop on it.

#include <string>

#if defined(PATHLIGHT_CHECK_INVARIANTS) || !defined(NDEBUG)
#define PATHLIGHT_INVARIANTS_ON 1
#else
#define PATHLIGHT_INVARIANTS_ON 0
#endif

namespace pathlight {

inline constexpr bool kCheckInvariants = PATHLIGHT_INVARIANTS_ON;

// Prints "invariant broken: <what>: <detail>" to stderr and aborts.
[[noreturn]] void invariantBroken(const char* what, const std::string& detail);

} // namespace pathlight
