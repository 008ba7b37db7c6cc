#include "import/suggested_flows.h"

#include "topology/topology_index.h"

#include <map>
#include <set>

namespace pathlight::armimport {

namespace {

// A public address that answers HTTPS (Cloudflare's resolver), standing for "the Internet".
constexpr const char* kInternetAddress = "1.1.1.1";
constexpr const char* kPlatformAddress = "168.63.129.16"; // azure-facts §3.3

class Suggester {
public:
    Suggester(const Topology& t, std::size_t limit) : t_(t), index_(t), limit_(limit) {
        for (const auto& g : t.gateways)
            hubs_.insert(g.vnet);
        std::map<Id, int> peered;
        for (const auto& p : t.peerings) {
            ++peered[p.vnets[0]];
            ++peered[p.vnets[1]];
        }
        for (const auto& [vnet, n] : peered)
            if (n >= 2) hubs_.insert(vnet);
        for (const auto& p : t.peerings)
            for (int side : {0, 1})
                if (hubs_.count(p.vnets[side]) && !hubs_.count(p.vnets[1 - side])) {
                    spokeSet_.insert(p.vnets[1 - side]);
                    // A spoke reaches on-premises through its hub's gateway (gateway transit).
                    if (p.gatewayTransit) reachesGateway_.insert(p.vnets[1 - side]);
                }
        for (const auto& g : t.gateways)
            reachesGateway_.insert(g.vnet);
        for (const auto& v : t.vnets)
            for (const auto& s : v.subnets)
                vnetOfSubnet_[s.id] = v.id;
        for (const auto& vm : t.vms)
            if (!vm.nva && !vm.nics.empty()) {
                const Nic* nic = vm.primaryNic();
                if (!nic) continue;
                vmsOfSubnet_[nic->subnet].push_back(&vm);
                const auto v = vnetOfSubnet_.find(nic->subnet);
                if (v != vnetOfSubnet_.end()) vmsOfVnet_[v->second].push_back(&vm);
            }
        for (const auto& id : t.flows)
            used_.insert(id.id);
    }

    std::vector<SuggestedFlow> run() {
        for (const auto& vm : t_.vms)
            if (!vm.nva && vm.os == OsType::Windows && !vm.nics.empty())
                add(SuggestionKind::WindowsKms, "kms-" + vm.id, vm.id, "azure-kms", Protocol::Tcp, 1688,
                    QT_TRANSLATE_NOOP("Import", "%1 activates Windows with Azure KMS (TCP 1688)"),
                    {Message::object(vm.id)});
        for (const auto& v : t_.vnets)
            for (const auto& s : v.subnets)
                if (const auto it = vmsOfSubnet_.find(s.id); it != vmsOfSubnet_.end())
                    add(SuggestionKind::SubnetInternet, "internet-" + s.id, it->second.front()->id,
                        kInternetAddress, Protocol::Tcp, 443,
                        QT_TRANSLATE_NOOP("Import", "%1 (subnet %2) reaches the Internet on HTTPS (443)"),
                        {Message::object(it->second.front()->id), Message::object(s.id)});
        const auto spokes = this->spokes();
        if (const auto onPremises = onPremisesAddress())
            for (const auto& vnet : t_.vnets) {
                const Vnet* v = &vnet;
                if (!reachesGateway_.count(v->id) || !vmsOfVnet_.count(v->id)) continue;
                const Vm* vm = vmsOfVnet_[v->id].front();
                add(SuggestionKind::SpokeToOnPremises, "onprem-from-" + v->id, vm->id, onPremises->first,
                    Protocol::Tcp, 443, QT_TRANSLATE_NOOP("Import", "%1 (%2) reaches on-premises %3"),
                    {Message::object(vm->id), Message::object(v->id), onPremises->second});
                add(SuggestionKind::OnPremisesToSpoke, "onprem-to-" + v->id, onPremises->first, vm->id,
                    Protocol::Tcp, 443, QT_TRANSLATE_NOOP("Import", "on-premises %1 reaches %2 (%3)"),
                    {onPremises->second, Message::object(vm->id), Message::object(v->id)});
            }
        for (std::size_t i = 0; i + 1 < spokes.size(); ++i) {
            const Vm* from = vmsOfVnet_[spokes[i]->id].front();
            const Vm* to = vmsOfVnet_[spokes[i + 1]->id].front();
            add(SuggestionKind::SpokeToSpoke, "spoke-" + spokes[i]->id + "-to-" + spokes[i + 1]->id, from->id,
                to->id, Protocol::Tcp, 443,
                QT_TRANSLATE_NOOP("Import", "%1 (%2) reaches %3 (%4), spoke to spoke"),
                {Message::object(from->id), Message::object(spokes[i]->id), Message::object(to->id),
                 Message::object(spokes[i + 1]->id)});
        }
        for (const auto& v : t_.vnets)
            if (const auto it = vmsOfVnet_.find(v.id); it != vmsOfVnet_.end())
                add(SuggestionKind::PlatformAddress, "platform-" + v.id, it->second.front()->id,
                    kPlatformAddress, Protocol::Tcp, 80,
                    QT_TRANSLATE_NOOP("Import",
                                      "%1 (%2) reaches Azure's platform address 168.63.129.16 (VM agent, "
                                      "TCP 80)"),
                    {Message::object(it->second.front()->id), Message::object(v.id)});
        return std::move(out_);
    }

private:
    // The spokes with VMs, in file order.
    std::vector<const Vnet*> spokes() const {
        std::vector<const Vnet*> out;
        for (const auto& v : t_.vnets)
            if (vmsOfVnet_.count(v.id) && spokeSet_.count(v.id)) out.push_back(&v);
        return out;
    }

    // A host of the first site that a gateway connection reaches (its id), else an address of its
    // address space (the first usable one), with how to name it.
    std::optional<std::pair<std::string, std::string>> onPremisesAddress() const {
        std::set<Id> reached;
        for (const auto& c : t_.connections) {
            if (!c.site.empty()) reached.insert(c.site);
            if (!c.circuit.empty())
                for (const auto& s : t_.sites)
                    for (const auto& circuit : s.circuits)
                        if (circuit == c.circuit) reached.insert(s.id);
        }
        for (const auto& s : t_.sites) {
            if (!reached.count(s.id)) continue;
            if (!s.hosts.empty())
                return std::make_pair(s.hosts.front().id, Message::object(s.hosts.front().id));
            if (!s.addressSpace.empty()) {
                const auto& p = s.addressSpace.front();
                const Ipv4Address a(p.network().value() + (p.length() >= 31 ? 0u : 1u));
                return std::make_pair(a.toString(), a.toString());
            }
        }
        return std::nullopt;
    }

    void add(SuggestionKind kind, std::string id, const std::string& source, const std::string& destination,
             Protocol protocol, int port, const char* text, std::vector<std::string> args) {
        if (++perKind_[kind] > limit_) {
            ++leftOut_;
            return;
        }
        const std::string base = id;
        for (int n = 2; used_.count(id) || index_.contains(id); ++n)
            id = base + "-" + std::to_string(n);
        used_.insert(id);
        SuggestedFlow s;
        s.kind = kind;
        s.flow.id = id;
        s.flow.source = source;
        s.flow.destination = destination;
        s.flow.protocol = protocol;
        s.flow.port = port;
        s.name = {"Import", text, std::move(args)};
        out_.push_back(std::move(s));
    }

    const Topology& t_;
    TopologyIndex index_;
    std::size_t limit_;
    std::map<Id, Id> vnetOfSubnet_;
    std::map<Id, std::vector<const Vm*>> vmsOfSubnet_, vmsOfVnet_;
    std::set<std::string> used_;
    std::vector<SuggestedFlow> out_;
    std::set<Id> hubs_, spokeSet_, reachesGateway_;
    std::map<SuggestionKind, std::size_t> perKind_;

public:
    std::size_t leftOut_ = 0;
};

} // namespace

std::vector<SuggestedFlow> suggestFlows(const Topology& topology, std::size_t limitPerKind,
                                        std::size_t* leftOut) {
    Suggester s(topology, limitPerKind);
    auto out = s.run();
    if (leftOut) *leftOut = s.leftOut_;
    return out;
}

} // namespace pathlight::armimport
