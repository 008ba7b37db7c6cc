#include "routing/bgp_fabric.h"

#include <algorithm>

namespace pathlight {

namespace {
constexpr std::uint32_t kMicrosoftAsn = 12076; // MSEE side of every ExpressRoute peering (azure-facts §7.1)
constexpr int kMaxRounds = 64;
// Azure's caps bound the exchange: a Route Server has at most 8 BGP peers (azure-facts §2.4,
// RSLIM), so no prefix has more than 8 equal-cost paths. A file that asks for more (the lint
// ROUTE_SERVER_PEER_LIMIT says so) is computed as Azure would have it: the first 8 peers only.
constexpr std::size_t kMaxRouteServerPeers = 8;
constexpr std::size_t kMaxEcmpPaths = 8;

bool isAzureInternal(SpeakerKind k) {
    return k == SpeakerKind::Gateway || k == SpeakerKind::RouteServer;
}

// Keeps the best paths: higher preference, then shorter AS path; equal ones are kept for ECMP.
void offer(std::vector<BgpPath>& best, BgpPath path) {
    if (!best.empty()) {
        const BgpPath& current = best.front();
        if (path.preference < current.preference) return;
        if (path.preference == current.preference && path.asPath.size() > current.asPath.size()) return;
        if (path.preference > current.preference || path.asPath.size() < current.asPath.size()) best.clear();
    }
    if (best.size() < kMaxEcmpPaths && std::find(best.begin(), best.end(), path) == best.end())
        best.push_back(std::move(path));
}

bool sameSpeaker(const Speaker& a, const Speaker& b) {
    return a.kind == b.kind && a.index == b.index && a.id == b.id && a.asn == b.asn && a.vnet == b.vnet;
}

// The prefixes at which two sets of per-speaker tables differ, sorted and unique (one merge pass
// per speaker: both are ordered by prefix).
std::vector<Ipv4Prefix> differingPrefixes(const std::vector<BgpTable>& before,
                                          const std::vector<BgpTable>& after) {
    std::vector<Ipv4Prefix> changed;
    for (std::size_t s = 0; s < before.size() && s < after.size(); ++s) {
        auto a = before[s].begin(), b = after[s].begin();
        const auto aEnd = before[s].end(), bEnd = after[s].end();
        while (a != aEnd || b != bEnd) {
            if (b == bEnd || (a != aEnd && a->first < b->first)) {
                changed.push_back((a++)->first);
            } else if (a == aEnd || b->first < a->first) {
                changed.push_back((b++)->first);
            } else {
                if (a->second != b->second) changed.push_back(a->first);
                ++a;
                ++b;
            }
        }
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

} // namespace

void BgpFabric::prepare(const Topology& t, const TopologyIndex& index,
                        const std::vector<int>& transitProviderOfVnet) {
    addSpeakers(t, index);
    for (int s = 0; s < int(speakers_.size()); ++s)
        speakerIndex_.emplace(std::pair<int, int>{int(speakers_[s].kind), speakers_[s].index}, s);
    protectedSpace_.resize(speakers_.size());
    for (std::size_t s = 0; s < speakers_.size(); ++s) {
        if (speakers_[s].vnet < 0) continue;
        for (std::size_t v = 0; v < t.vnets.size(); ++v)
            if (transitProviderOfVnet[v] == speakers_[s].vnet)
                for (const auto& p : t.vnets[v].addressSpace)
                    protectedSpace_[s].push_back(p);
    }
    addSessions(t, index);
    originate(t, index);
}

std::vector<BgpTable> BgpFabric::exchange(const std::vector<BgpTable>& origin) const {
    std::vector<BgpTable> tables = origin;
    for (int rounds = 1; rounds <= kMaxRounds; ++rounds) {
        auto next = round(tables, origin);
        if (next == tables) break;
        tables = std::move(next);
    }
    return tables;
}

BgpFabric::BgpFabric(const Topology& t, const TopologyIndex& index,
                     const std::vector<int>& transitProviderOfVnet) {
    prepare(t, index, transitProviderOfVnet);
    tables_ = exchange(originated_);
    buildForwarding();
}

BgpFabric::BgpFabric(const BgpFabric& previous, const Topology& t, const TopologyIndex& index,
                     const std::vector<int>& transitProviderOfVnet) {
    prepare(t, index, transitProviderOfVnet);
    if (speakers_.size() != previous.speakers_.size() ||
        !std::equal(speakers_.begin(), speakers_.end(), previous.speakers_.begin(), sameSpeaker) ||
        sessions_ != previous.sessions_ || protectedSpace_ != previous.protectedSpace_) {
        tables_ = exchange(originated_);
        buildForwarding();
        return;
    }
    // Each prefix's paths depend only on that prefix's originations (exportAllowed, importAllowed
    // and offer look at one prefix), so the exchange of the changed ones alone, from their
    // originations, gives what the whole exchange would.
    const std::vector<Ipv4Prefix> changed = differingPrefixes(previous.originated_, originated_);
    tables_ = previous.tables_;
    if (!changed.empty()) {
        std::vector<BgpTable> origin(speakers_.size());
        for (std::size_t s = 0; s < speakers_.size(); ++s)
            for (const auto& prefix : changed)
                if (auto it = originated_[s].find(prefix); it != originated_[s].end()) origin[s].insert(*it);
        std::vector<BgpTable> exchanged = exchange(origin);
        for (std::size_t s = 0; s < speakers_.size(); ++s) {
            for (const auto& prefix : changed)
                tables_[s].erase(prefix);
            tables_[s].merge(exchanged[s]);
        }
    }
    buildForwarding();
}

void BgpFabric::addSpeakers(const Topology& t, const TopologyIndex& index) {
    for (int i = 0; i < int(t.sites.size()); ++i)
        speakers_.push_back(
            {SpeakerKind::Site, i, t.sites[i].id, t.sites[i].bgp ? std::uint32_t(t.sites[i].bgp->asn) : 0u});
    for (int i = 0; i < int(t.circuits.size()); ++i)
        speakers_.push_back({SpeakerKind::Circuit, i, t.circuits[i].id, kMicrosoftAsn});
    auto vnetIndex = [&](const Id& id) {
        const ObjectRef* r = index.find(id);
        return r && r->kind == ObjectKind::Vnet ? r->index : -1;
    };
    for (int i = 0; i < int(t.gateways.size()); ++i)
        speakers_.push_back({SpeakerKind::Gateway, i, t.gateways[i].id, std::uint32_t(t.gateways[i].asn()),
                             vnetIndex(t.gateways[i].vnet)});
    for (int i = 0; i < int(t.routeServers.size()); ++i)
        speakers_.push_back(
            {SpeakerKind::RouteServer, i, t.routeServers[i].id, 65515u, vnetIndex(t.routeServers[i].vnet)});
    for (int i = 0; i < int(t.vms.size()); ++i)
        if (t.vms[i].nva && t.vms[i].nva->bgp)
            speakers_.push_back({SpeakerKind::Nva, i, t.vms[i].id, std::uint32_t(t.vms[i].nva->bgp->asn)});
}

int BgpFabric::speakerOf(SpeakerKind kind, int index) const {
    const auto it = speakerIndex_.find({int(kind), index});
    return it == speakerIndex_.end() ? -1 : it->second;
}

void BgpFabric::addSessions(const Topology& t, const TopologyIndex& index) {
    auto circuitEnabled = [&](int c) {
        // A circuit without a privatePeering object is taken as having private peering up:
        // its gateway connections could not exist otherwise.
        return !t.circuits[c].privatePeering || t.circuits[c].privatePeering->enabled;
    };
    for (int s = 0; s < int(t.sites.size()); ++s)
        for (const auto& cid : t.sites[s].circuits) {
            const ObjectRef* r = index.find(cid);
            if (r && r->kind == ObjectKind::Circuit && circuitEnabled(r->index))
                sessions_.push_back({speakerOf(SpeakerKind::Site, s),
                                     speakerOf(SpeakerKind::Circuit, r->index), Session::SiteCircuit});
        }
    for (const auto& c : t.connections) {
        const ObjectRef* g = index.find(c.gateway);
        if (!g || g->kind != ObjectKind::Gateway) continue;
        const int gw = speakerOf(SpeakerKind::Gateway, g->index);
        if (c.type == GatewayType::ExpressRoute) {
            const ObjectRef* r = index.find(c.circuit);
            if (r && r->kind == ObjectKind::Circuit && circuitEnabled(r->index))
                sessions_.push_back({speakerOf(SpeakerKind::Circuit, r->index), gw, Session::CircuitGateway});
        } else if (c.isVnet2Vnet()) {
            // A VNet-to-VNet connection with BGP is an eBGP session between the two VPN gateways
            // (azure-facts-2 §17.4); one object stands for the tunnel both ways.
            const ObjectRef* p = index.find(c.peerGateway);
            if (c.bgp && p && p->kind == ObjectKind::Gateway && p->index != g->index &&
                t.gateways[g->index].type == GatewayType::Vpn &&
                t.gateways[p->index].type == GatewayType::Vpn)
                sessions_.push_back({gw, speakerOf(SpeakerKind::Gateway, p->index), Session::Vnet2VnetBgp});
        } else if (c.bgp) {
            const ObjectRef* r = index.find(c.site);
            if (r && r->kind == ObjectKind::Site)
                sessions_.push_back({speakerOf(SpeakerKind::Site, r->index), gw, Session::VpnBgp});
        }
    }
    for (int r = 0; r < int(t.routeServers.size()); ++r) {
        const int rs = speakerOf(SpeakerKind::RouteServer, r);
        const auto& peers = t.routeServers[r].peers;
        for (std::size_t p = 0; p < std::min(peers.size(), kMaxRouteServerPeers); ++p) {
            const ObjectRef* v = index.find(peers[p].vm);
            if (!v || v->kind != ObjectKind::Vm) continue;
            const int nva = speakerOf(SpeakerKind::Nva, v->index);
            if (nva >= 0) sessions_.push_back({rs, nva, Session::RouteServerNva});
        }
        // Branch-to-branch exchanges routes between Route Server and the VNet's gateways (RSFAQ).
        if (t.routeServers[r].branchToBranch)
            for (int s = 0; s < int(speakers_.size()); ++s)
                if (speakers_[s].kind == SpeakerKind::Gateway && speakers_[s].vnet == speakers_[rs].vnet)
                    sessions_.push_back({rs, s, Session::RouteServerGateway});
    }
}

void BgpFabric::originate(const Topology& t, const TopologyIndex& index) {
    originated_.assign(speakers_.size(), {});
    for (int s = 0; s < int(speakers_.size()); ++s) {
        const Speaker& sp = speakers_[s];
        auto add = [&](const Ipv4Prefix& p, bool isStatic = false, int learnedFrom = -1, int originator = -1,
                       std::optional<Ipv4Address> nextHop = std::nullopt) {
            BgpPath path;
            path.speakerPath = {s};
            if (originator >= 0) path.speakerPath.push_back(originator);
            path.isStatic = isStatic;
            path.learnedFrom = learnedFrom;
            path.nextHopIp = nextHop;
            offer(originated_[s][p], std::move(path));
        };
        if (sp.kind == SpeakerKind::Site) {
            const Site& site = t.sites[sp.index];
            const auto& list = site.bgp && site.bgp->advertise ? *site.bgp->advertise : site.addressSpace;
            for (const auto& p : list)
                add(p);
        } else if (sp.kind == SpeakerKind::Gateway) {
            for (const auto& p : protectedSpace_[s])
                add(p);
            // Static VPN sites: the local network gateway's prefixes are the gateway's routes.
            const Gateway& gw = t.gateways[sp.index];
            for (const auto& c : t.connections) {
                if (c.type != GatewayType::Vpn || c.bgp) continue;
                if (c.isVnet2Vnet()) {
                    // Without BGP each side's local network gateway holds the other VNet's address
                    // space, and nothing more: no transit (azure-facts-2 §17.4, T49 (d)).
                    const Id& other = c.gateway == gw.id       ? c.peerGateway
                                      : c.peerGateway == gw.id ? c.gateway
                                                               : Id();
                    const ObjectRef* r = other.empty() ? nullptr : index.find(other);
                    if (!r || r->kind != ObjectKind::Gateway || r->index == sp.index) continue;
                    const Gateway& peer = t.gateways[r->index];
                    const Vnet* peerVnet = index.vnet(peer.vnet);
                    if (gw.type != GatewayType::Vpn || peer.type != GatewayType::Vpn || !peerVnet) continue;
                    const int peerSpeaker = speakerOf(SpeakerKind::Gateway, r->index);
                    for (const auto& p : peerVnet->addressSpace)
                        add(p, true, peerSpeaker, peerSpeaker);
                    continue;
                }
                if (c.gateway != gw.id) continue;
                const Site* site = index.site(c.site);
                const ObjectRef* r = index.find(c.site);
                if (!site || !r) continue;
                const int siteSpeaker = speakerOf(SpeakerKind::Site, r->index);
                const auto& list = c.localAddressPrefixes ? *c.localAddressPrefixes : site->addressSpace;
                for (const auto& p : list)
                    add(p, true, siteSpeaker, siteSpeaker);
                // And the site routes the gateway's VNet (and transit spokes) into the tunnel.
                for (const auto& p : protectedSpace_[s]) {
                    BgpPath path;
                    path.speakerPath = {siteSpeaker, s};
                    path.learnedFrom = s;
                    path.isStatic = true;
                    offer(originated_[siteSpeaker][p], std::move(path));
                }
            }
        } else if (sp.kind == SpeakerKind::Nva) {
            const Vm& vm = t.vms[sp.index];
            const Nic* nic = vm.primaryNic();
            std::optional<Ipv4Address> ip;
            if (nic && nic->primaryIpConfiguration()) ip = nic->primaryIpConfiguration()->privateIp;
            for (const auto& p : vm.nva->bgp->advertise)
                add(p, false, -1, -1, ip);
            if (vm.nva->bgp->defaultOriginate) add(Ipv4Prefix(), false, -1, -1, ip);
            // Prepending makes this NVA the backup for the same prefixes (RSFAQ, T7).
            for (auto& [prefix, paths] : originated_[s])
                for (auto& path : paths)
                    path.asPath.assign(std::size_t(vm.nva->bgp->asPathPrepend), sp.asn);
        }
    }
}

bool BgpFabric::exportAllowed(int from, int to, Session::Kind kind, const Ipv4Prefix& prefix,
                              const BgpPath& path) const {
    const Speaker& f = speakers_[from];
    // Sites and NVAs announce only their own routes; they are not transit for Azure.
    if ((f.kind == SpeakerKind::Site || f.kind == SpeakerKind::Nva) && path.learnedFrom >= 0) return false;
    if (path.learnedFrom == to) return false; // split horizon
    if (f.kind == SpeakerKind::Gateway && (kind == Session::VpnBgp || kind == Session::Vnet2VnetBgp)) {
        // A VPN gateway does not re-advertise a default route, nor routes overlapping its VNets (VPNFAQ).
        if (prefix.length() == 0 && path.learnedFrom >= 0) return false;
        if (path.learnedFrom >= 0)
            for (const auto& p : protectedSpace_[from])
                if (p.overlaps(prefix)) return false;
    }
    return true;
}

bool BgpFabric::importAllowed(int to, const Ipv4Prefix& prefix, const BgpPath& path,
                              const std::vector<std::uint32_t>& asPath) const {
    const Speaker& t = speakers_[to];
    if (std::find(path.speakerPath.begin(), path.speakerPath.end(), to) != path.speakerPath.end())
        return false;
    if (!isAzureInternal(t.kind) && t.asn != 0 &&
        std::find(asPath.begin(), asPath.end(), t.asn) != asPath.end())
        return false;
    if (isAzureInternal(t.kind))
        // Gateways refuse advertisements equal to or inside their VNets' space (VPNFAQ, T5);
        // Route Server does not inject the same or longer prefixes (RSINJ, T6). Supernets pass.
        for (const auto& p : protectedSpace_[to])
            if (p.contains(prefix)) return false;
    return true;
}

int BgpFabric::preferenceAt(int to, Session::Kind kind) const {
    if (speakers_[to].kind != SpeakerKind::Gateway) return 100;
    // ExpressRoute is preferred over VPN and NVA routes for the same prefix (ERCOEX, RSPREF).
    return kind == Session::CircuitGateway ? 300 : 200;
}

std::vector<BgpTable> BgpFabric::round(const std::vector<BgpTable>& current,
                                       const std::vector<BgpTable>& origin) const {
    std::vector<BgpTable> next = origin;
    auto send = [&](int from, int to, Session::Kind kind) {
        const Speaker& f = speakers_[from];
        for (const auto& [prefix, paths] : current[from]) {
            for (const auto& path : paths) {
                if (!exportAllowed(from, to, kind, prefix, path)) continue;
                BgpPath out;
                out.asPath.reserve(path.asPath.size() + 1);
                if (f.asn != 0) out.asPath.push_back(f.asn);
                out.asPath.insert(out.asPath.end(), path.asPath.begin(), path.asPath.end());
                out.speakerPath.reserve(path.speakerPath.size() + 1);
                out.speakerPath.push_back(to);
                out.speakerPath.insert(out.speakerPath.end(), path.speakerPath.begin(),
                                       path.speakerPath.end());
                out.learnedFrom = from;
                out.preference = preferenceAt(to, kind);
                out.nextHopIp = path.nextHopIp;
                if (!importAllowed(to, prefix, path, out.asPath)) continue;
                // Between two VPN gateways the session is eBGP: a gateway drops a path that carries
                // its own ASN (the two need different ASNs, azure-facts-2 §17.4).
                if (kind == Session::Vnet2VnetBgp &&
                    std::find(out.asPath.begin(), out.asPath.end(), speakers_[to].asn) != out.asPath.end())
                    continue;
                offer(next[to][prefix], std::move(out));
                if (f.kind != SpeakerKind::RouteServer) break; // one path per prefix unless ECMP matters
            }
        }
    };
    for (const auto& s : sessions_) {
        send(s.a, s.b, s.kind);
        send(s.b, s.a, s.kind);
    }
    return next;
}

void BgpFabric::buildForwarding() {
    fibTries_.assign(speakers_.size(), PrefixTrie());
    fibEntries_.assign(speakers_.size(), {});
    for (std::size_t s = 0; s < speakers_.size(); ++s)
        for (auto it = tables_[s].begin(); it != tables_[s].end(); ++it) {
            fibTries_[s].insert(it->first, std::uint32_t(fibEntries_[s].size()));
            fibEntries_[s].push_back(it);
        }
}

BgpFabric::Match BgpFabric::lookup(int speaker, Ipv4Address address) const {
    if (speaker < 0 || speaker >= int(speakers_.size())) return {};
    const auto e = fibTries_[speaker].longestMatch(address);
    if (e == PrefixTrie::kNone) return {};
    const auto& it = fibEntries_[speaker][e];
    return {it->first, &it->second.front()};
}

std::vector<Ipv4Prefix> BgpFabric::changedPrefixes(const BgpFabric& before, const BgpFabric& after) {
    if (before.speakers_.size() != after.speakers_.size() ||
        !std::equal(before.speakers_.begin(), before.speakers_.end(), after.speakers_.begin(), sameSpeaker))
        return {Ipv4Prefix()};
    return differingPrefixes(before.tables_, after.tables_);
}

} // namespace pathlight
