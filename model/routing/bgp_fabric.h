#pragma once
// Route exchange between the BGP speakers of a topology: sites, ExpressRoute circuits (the
// MSEEs), virtual network gateways, Route Servers and NVAs. Computed as a fixpoint: every
// round each speaker rebuilds its table from what its neighbours export, until nothing
// changes. Loops are prevented by AS path (customer ASNs) and by the path of speakers
// (Azure's internal 65515 appears on every gateway, so the ASN alone cannot tell them apart).

#include "ip/prefix_trie.h"
#include "topology/topology.h"
#include "topology/topology_index.h"

#include <cstdint>
#include <map>
#include <vector>

namespace pathlight {

enum class SpeakerKind { Site, Circuit, Gateway, RouteServer, Nva };

struct BgpPath {
    std::vector<std::uint32_t> asPath;
    std::vector<int> speakerPath;         // speakers the route crossed, newest first, originator last
    int learnedFrom = -1;                 // neighbour speaker, -1 when originated here
    int preference = 100;                 // higher wins (ExpressRoute over VPN, azure-facts §7.1)
    bool isStatic = false;                // local network gateway prefixes of a static VPN site
    std::optional<Ipv4Address> nextHopIp; // NVA address for Route Server routes
    int originator() const { return speakerPath.empty() ? -1 : speakerPath.back(); }
    bool operator==(const BgpPath&) const = default;
};

// Best paths per prefix; more than one path means equal-cost multipath.
using BgpTable = std::map<Ipv4Prefix, std::vector<BgpPath>>;

struct Speaker {
    SpeakerKind kind;
    int index; // in the topology array of its kind
    Id id;
    std::uint32_t asn = 0;
    int vnet = -1; // gateways and Route Servers: their VNet's index
};

class BgpFabric {
public:
    BgpFabric() = default;
    BgpFabric(const Topology& topology, const TopologyIndex& index,
              const std::vector<int>& transitProviderOfVnet);
    // The fabric after what sites and NVAs announce changed, from the one before: the exchange
    // decides each prefix alone, so only the prefixes whose originations changed are exchanged
    // again and every other prefix's paths are kept. Falls back to the whole exchange when the
    // speakers, their sessions or their VNets' space differ. Equals the fabric built from
    // scratch (tests/model/tst_incremental).
    BgpFabric(const BgpFabric& previous, const Topology& topology, const TopologyIndex& index,
              const std::vector<int>& transitProviderOfVnet);

    const std::vector<Speaker>& speakers() const { return speakers_; }
    const BgpTable& table(int speaker) const { return tables_[speaker]; }
    int speakerOf(SpeakerKind kind, int index) const;

    // Forwarding: the best path for an address at a speaker, with its prefix.
    struct Match {
        Ipv4Prefix prefix;
        const BgpPath* path = nullptr;
    };
    Match lookup(int speaker, Ipv4Address address) const;

    // The prefixes whose best paths differ between two fabrics at some speaker (added, removed
    // or changed), sorted and unique: a route lookup for an address outside all of them gives
    // the same answer in both. {0.0.0.0/0} when the speakers themselves differ.
    static std::vector<Ipv4Prefix> changedPrefixes(const BgpFabric& before, const BgpFabric& after);

private:
    struct Session {
        int a, b;
        enum Kind {
            SiteCircuit,
            CircuitGateway,
            VpnBgp,
            Vnet2VnetBgp,
            RouteServerNva,
            RouteServerGateway
        } kind;
        bool operator==(const Session&) const = default;
    };
    void prepare(const Topology& t, const TopologyIndex& index,
                 const std::vector<int>& transitProviderOfVnet);
    // Exchanges until nothing changes (at most kMaxRounds), starting from `origin`.
    std::vector<BgpTable> exchange(const std::vector<BgpTable>& origin) const;
    void addSpeakers(const Topology& t, const TopologyIndex& index);
    void addSessions(const Topology& t, const TopologyIndex& index);
    void originate(const Topology& t, const TopologyIndex& index);
    std::vector<BgpTable> round(const std::vector<BgpTable>& current,
                                const std::vector<BgpTable>& origin) const;
    bool exportAllowed(int from, int to, Session::Kind kind, const Ipv4Prefix& prefix,
                       const BgpPath& path) const;
    bool importAllowed(int to, const Ipv4Prefix& prefix, const BgpPath& path,
                       const std::vector<std::uint32_t>& asPath) const;
    int preferenceAt(int to, Session::Kind kind) const;
    void buildForwarding();

    std::vector<Speaker> speakers_;
    std::map<std::pair<int, int>, int> speakerIndex_; // (kind, index in its array) → speaker
    std::vector<Session> sessions_;
    std::vector<BgpTable> originated_;
    std::vector<BgpTable> tables_;
    std::vector<std::vector<Ipv4Prefix>> protectedSpace_; // gateway/RS: VNet + transit spokes
    std::vector<PrefixTrie> fibTries_;
    std::vector<std::vector<std::map<Ipv4Prefix, std::vector<BgpPath>>::const_iterator>> fibEntries_;
};

} // namespace pathlight
