#pragma once
// A binary trie from IPv4 prefixes to small integer payloads, for longest-prefix match.
// Payloads are indices the owner chooses (for instance "the group of routes with this prefix").
// Nodes live in one vector, so a trie is a plain value that copies and moves cheaply.

#include "ip/ipv4.h"

#include <cstdint>
#include <vector>

namespace pathlight {

class PrefixTrie {
public:
    static constexpr std::uint32_t kNone = 0xffffffffu;

    PrefixTrie() { nodes_.push_back({}); }

    // Associates payload with prefix, replacing any previous payload there.
    void insert(const Ipv4Prefix& prefix, std::uint32_t payload) {
        std::uint32_t node = 0;
        const std::uint32_t bits = prefix.network().value();
        for (int depth = 0; depth < prefix.length(); ++depth) {
            const int bit = (bits >> (31 - depth)) & 1u;
            if (nodes_[node].child[bit] == kNone) {
                nodes_[node].child[bit] = static_cast<std::uint32_t>(nodes_.size());
                nodes_.push_back({});
            }
            node = nodes_[node].child[bit];
        }
        nodes_[node].payload = payload;
    }

    // Payload of the longest prefix containing address, or kNone.
    std::uint32_t longestMatch(Ipv4Address address) const {
        std::uint32_t best = nodes_[0].payload;
        std::uint32_t node = 0;
        const std::uint32_t bits = address.value();
        for (int depth = 0; depth < 32; ++depth) {
            node = nodes_[node].child[(bits >> (31 - depth)) & 1u];
            if (node == kNone) break;
            if (nodes_[node].payload != kNone) best = nodes_[node].payload;
        }
        return best;
    }

    // Calls visit(payload) for every prefix containing address, shortest first.
    template <typename Visit> void forEachMatch(Ipv4Address address, Visit&& visit) const {
        std::uint32_t node = 0;
        if (nodes_[0].payload != kNone) visit(nodes_[0].payload);
        const std::uint32_t bits = address.value();
        for (int depth = 0; depth < 32; ++depth) {
            node = nodes_[node].child[(bits >> (31 - depth)) & 1u];
            if (node == kNone) return;
            if (nodes_[node].payload != kNone) visit(nodes_[node].payload);
        }
    }

    std::size_t nodeCount() const { return nodes_.size(); }

private:
    struct Node {
        std::uint32_t child[2] = {kNone, kNone};
        std::uint32_t payload = kNone;
    };
    std::vector<Node> nodes_;
};

} // namespace pathlight
