#pragma once
// A set of effective routes with longest-prefix lookup. Routes sharing a prefix form a group;
// the group's best route (by tieRank, then order) is its winner, the others are Invalid.

#include "ip/prefix_trie.h"
#include "routing/effective_route.h"

#include <vector>

namespace pathlight {

class RouteSet {
public:
    void add(EffectiveRoute route) { routes_.push_back(std::move(route)); }
    // Groups routes by prefix, marks losers Invalid and builds the trie. Call once after adding.
    void seal();

    const std::vector<EffectiveRoute>& routes() const { return routes_; }
    bool empty() const { return routes_.empty(); }

    // The winning route of the longest prefix containing address, or nullptr.
    const EffectiveRoute* longestMatch(Ipv4Address address) const {
        const auto g = trie_.longestMatch(address);
        return g == PrefixTrie::kNone ? nullptr : &routes_[winners_[g]];
    }
    // The winner at exactly this prefix, or nullptr.
    const EffectiveRoute* exact(const Ipv4Prefix& prefix) const;

    // Calls visit(winner) for every group containing address, shortest prefix first.
    template <typename Visit> void forEachMatch(Ipv4Address address, Visit&& visit) const {
        trie_.forEachMatch(address, [&](std::uint32_t g) { visit(routes_[winners_[g]]); });
    }

private:
    std::vector<EffectiveRoute> routes_;
    std::vector<std::uint32_t> winners_; // group -> index of its winning route
    std::vector<Ipv4Prefix> groupPrefix_;
    PrefixTrie trie_;
};

} // namespace pathlight
