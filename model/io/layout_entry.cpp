#include "io/layout_entry.h"

#include <cmath>

namespace pathlight {

LayoutEntry readLayoutEntry(const nlohmann::ordered_json& entry) {
    LayoutEntry e;
    e.isObject = entry.is_object();
    if (!e.isObject) return e;
    auto number = [&](const char* key, double low, double high) -> std::optional<double> {
        const auto v = entry.find(key);
        if (v == entry.end()) return std::nullopt;
        if (v->is_number()) {
            const double d = v->get<double>();
            if (std::isfinite(d) && d >= low && d <= high) return d;
        }
        e.ignored.push_back(key);
        return std::nullopt;
    };
    e.x = number("x", -kLayoutPositionLimit, kLayoutPositionLimit);
    e.y = number("y", -kLayoutPositionLimit, kLayoutPositionLimit);
    e.w = number("w", kLayoutSizeMin, kLayoutSizeMax);
    e.h = number("h", kLayoutSizeMin, kLayoutSizeMax);
    return e;
}

} // namespace pathlight
