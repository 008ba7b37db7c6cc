#pragma once
// Questions about two lists of prefixes (address spaces). Standard C++ only.

#include "ip/ipv4.h"

#include <optional>
#include <utility>
#include <vector>

namespace pathlight {

// The first pair (one from each list, in list order) that shares an address; none when the two
// spaces are apart. Azure refuses a peering or a VNet-to-VNet connection between overlapping
// VNets (azure-facts §1.1, azure-facts-2 §17.4).
inline std::optional<std::pair<Ipv4Prefix, Ipv4Prefix>> firstOverlap(const std::vector<Ipv4Prefix>& a,
                                                                     const std::vector<Ipv4Prefix>& b) {
    for (const auto& x : a)
        for (const auto& y : b)
            if (x.overlaps(y)) return std::pair{x, y};
    return std::nullopt;
}

} // namespace pathlight
