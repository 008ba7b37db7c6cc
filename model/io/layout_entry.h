#pragma once
// One box's place in the file's "layout" (view data the reader keeps verbatim: topology-format.md
// "layout"), read the one way the canvas and the lints both use. The file is untrusted: a
// position beyond ±1e6 or a size outside 1..1e5 (NaN and 1e308 included) would make the scene
// unusable, so such a value is ignored as if absent, and said so by the lints (LAYOUT_*).
// Standard C++ and nlohmann/json only.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pathlight {

inline constexpr double kLayoutPositionLimit = 1e6; // |x|, |y| at most this (scene units)
inline constexpr double kLayoutSizeMin = 1;         // w, h within [min, max]
inline constexpr double kLayoutSizeMax = 1e5;

struct LayoutEntry {
    bool isObject = false;            // an entry that is not an object places nothing
    std::optional<double> x, y;       // absent, or ignored when out of range
    std::optional<double> w, h;       // the same; absent means the box's own size
    std::vector<std::string> ignored; // keys of x, y, w, h present but not a number in range
};

// Reads one entry of "layout" (any JSON value).
LayoutEntry readLayoutEntry(const nlohmann::ordered_json& entry);

} // namespace pathlight
