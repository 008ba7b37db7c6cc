#pragma once
// Design against reality (issue 17, "Design against reality"): the objects added, removed and
// changed between two topologies, matched by ARM id (`armId`, what an import writes), else by kind
// and name, else by kind and id; and the design's flows traced on both, with those whose verdict or
// apparent source differ. Standard C++ only.

#include "catalog/endpoint_catalog.h"
#include "topology/topology.h"
#include "topology/topology_index.h"
#include "trace/verdict.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pathlight {

enum class DiffChange { Added, Removed, Changed };
const char* toString(DiffChange change);

// One object that differs. `designId` is empty for an added object, `otherId` for a removed one.
struct ObjectDifference {
    DiffChange change = DiffChange::Changed;
    ObjectKind kind = ObjectKind::Vnet;
    Id designId;
    Id otherId;
    std::string name;
    // For a changed object: its top-level keys whose values differ ("addressSpace", "securityRules"),
    // references compared through the match (a subnet's "nsg" naming the matched NSG is the same).
    std::vector<std::string> keys;
};

// One design flow traced in both topologies.
struct FlowDifference {
    Id flow;
    std::string name;
    Verdict designVerdict = Verdict::NoRoute;
    std::optional<Verdict> otherVerdict; // none: the flow names objects the other topology lacks
    std::string designSource;            // apparent source: an address, or the kind when none
    std::string otherSource;
    bool differs() const {
        return !otherVerdict || *otherVerdict != designVerdict || designSource != otherSource;
    }
};

struct TopologyDiff {
    std::vector<ObjectDifference> objects; // design order, then what only the other has
    std::vector<FlowDifference> flows;     // every design flow, in file order
    std::size_t count(DiffChange change) const;
    std::size_t flowsThatDiffer() const;
};

// Compares `other` (a live import, a modified copy) with `design`. Never throws.
TopologyDiff diffTopologies(const Topology& design, const Topology& other,
                            std::shared_ptr<const EndpointCatalog> catalog);

// The diff as `pathlight-cli diff --json` writes it: {"objects": [{"change", "kind", "designId",
// "otherId", "name", "keys"}], "flows": [{"flow", "name", "designVerdict", "otherVerdict" (null when
// untraceable), "designSource", "otherSource", "differs"}]}.
Json diffToJson(const TopologyDiff& diff);

} // namespace pathlight
