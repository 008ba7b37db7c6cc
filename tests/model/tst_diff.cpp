// Design against reality (analysis/topology_diff.h): objects matched by ARM id, name or id; the
// changes a modified copy makes; the design's flows traced on both.

#ifndef Q_MOC_RUN // moc in Qt 6.4 cannot parse the C++20 headers the model uses
#include "analysis/topology_diff.h"
#include "import/importer.h"
#include "io/topology_io.h"

#include <QTest>
#endif

using namespace pathlight;

namespace {

Topology example(const char* name) {
    auto r = loadTopologyFromFile(PATHLIGHT_SOURCE_DIR "/resources/examples/" + std::string(name) +
                                  ".pathlight.json");
    return std::move(*r.topology);
}

std::shared_ptr<const EndpointCatalog> catalog() {
    return std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn());
}

const ObjectDifference* find(const TopologyDiff& d, DiffChange change, const std::string& id) {
    for (const auto& o : d.objects)
        if (o.change == change && (o.designId == id || o.otherId == id)) return &o;
    return nullptr;
}

} // namespace

class TestDiff : public QObject {
    Q_OBJECT
private slots:
    void sameTopologyHasNoDifferences() {
        const Topology t = example("08-firewall-hub-private-endpoint");
        const TopologyDiff d = diffTopologies(t, t, catalog());
        QVERIFY(d.objects.empty());
        QCOMPARE(d.flows.size(), t.flows.size());
        QCOMPARE(d.flowsThatDiffer(), std::size_t(0));
    }

    void modifiedCopy() {
        const Topology design = example("08-firewall-hub-private-endpoint");
        Topology other = design;
        // Reality lost the firewall's rules, gained a VNet, and its NSG has another id (an import
        // names objects its own way) but the same name: matched, not removed and added.
        other.firewalls[0].policy->ruleCollectionGroups.clear();
        Vnet extra;
        extra.id = "extra";
        extra.name = "extra";
        extra.addressSpace = {*Ipv4Prefix::parse("10.99.0.0/16")};
        other.vnets.push_back(extra);
        const Id oldNsg = other.nsgs[0].id;
        other.nsgs[0].id = "renamed-nsg";
        for (auto& v : other.vnets)
            for (auto& s : v.subnets)
                if (s.nsg == oldNsg) s.nsg = "renamed-nsg";
        for (auto& vm : other.vms)
            for (auto& n : vm.nics)
                if (n.nsg == oldNsg) n.nsg = "renamed-nsg";
        const TopologyDiff d = diffTopologies(design, other, catalog());
        QVERIFY(find(d, DiffChange::Added, "extra"));
        const ObjectDifference* fw = find(d, DiffChange::Changed, design.firewalls[0].id);
        QVERIFY(fw);
        QCOMPARE(fw->keys, std::vector<std::string>{"policy"});
        QVERIFY(!find(d, DiffChange::Removed, oldNsg)); // matched by name
        QVERIFY(!find(d, DiffChange::Changed, oldNsg));
        for (const auto& o : d.objects)
            QVERIFY(o.kind != ObjectKind::Subnet); // references compare through the match
        QVERIFY(d.flowsThatDiffer() > 0);
        bool denied = false;
        for (const auto& f : d.flows)
            if (f.differs())
                denied |= f.designVerdict == Verdict::Delivered && f.otherVerdict == Verdict::Denied;
        QVERIFY(denied);
        // The JSON form.
        const Json j = diffToJson(d);
        QCOMPARE(j["objects"].size(), d.objects.size());
        QCOMPARE(j["flows"].size(), d.flows.size());
    }

    // An import of the same resources under another resource group matches by name; one with the
    // same ARM ids matches by ARM id even when names differ.
    void matchedByArmId() {
        armimport::ImportOptions options;
        options.inputs = {
            PATHLIGHT_SOURCE_DIR
            "/../shared/data/azure-corpus/export/az700-m01__portal-export-3vnets.template.json"};
        auto a = armimport::importAzureFiles(options);
        QVERIFY(a.ok());
        Topology renamed = *a.topology;
        for (auto& v : renamed.vnets)
            v.name += "-renamed";
        const TopologyDiff d = diffTopologies(*a.topology, renamed, catalog());
        QCOMPARE(d.count(DiffChange::Added), std::size_t(0));
        QCOMPARE(d.count(DiffChange::Removed), std::size_t(0));
        QCOMPARE(d.count(DiffChange::Changed), a.topology->vnets.size()); // the name only
        for (const auto& o : d.objects)
            QCOMPARE(o.keys, std::vector<std::string>{"name"});
    }
};

QTEST_APPLESS_MAIN(TestDiff)
#include "tst_diff.moc"
