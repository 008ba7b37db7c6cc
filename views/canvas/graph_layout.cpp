#include "canvas/graph_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>

#include <memory>

namespace pathlight {

namespace {

// Graphviz's C API takes char* for names and values it does not change.
char* c(const char* s) {
    return const_cast<char*>(s);
}

void set(void* object, const char* name, const QByteArray& value) {
    agsafeset(object, c(name), c(value.constData()), c(""));
}

} // namespace

LayoutEngine layoutEngineFor(std::size_t nodes) {
    return nodes <= 40 ? LayoutEngine::Layered : LayoutEngine::Spring;
}

QHash<QString, QPointF> layoutGraph(const std::vector<LayoutNode>& nodes,
                                    const std::vector<LayoutEdge>& edges, LayoutEngine engine,
                                    QPointF origin) {
    QHash<QString, QPointF> out;
    if (nodes.empty()) return out;
    agseterr(AGMAX); // warnings and errors are ours to report, not Graphviz's to print
    std::unique_ptr<GVC_t, int (*)(GVC_t*)> gvc(gvContext(), gvFreeContext);
    std::unique_ptr<Agraph_t, int (*)(Agraph_t*)> g(agopen(c("pathlight"), Agdirected, nullptr), agclose);
    if (!gvc || !g) return out;
    const bool layered = engine == LayoutEngine::Layered;
    if (layered) {
        set(g.get(), "rankdir", "LR");
        set(g.get(), "nodesep", "0.6"); // inches: 43 px between boxes of one layer
        set(g.get(), "ranksep", "1.1"); // 80 px between layers, room for a link's label
    } else {
        set(g.get(), "overlap", "prism"); // boxes never overlap
        set(g.get(), "sep", "+24");       // points kept free around each box
    }
    set(g.get(), "splines", "false"); // the canvas draws its own links
    QHash<QString, Agnode_t*> byId;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (byId.contains(nodes[i].id)) continue;
        Agnode_t* n = agnode(g.get(), c(QByteArray("n" + QByteArray::number(qulonglong(i))).constData()), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "label", "");
        set(n, "width", QByteArray::number(nodes[i].size.width() / 72.0));
        set(n, "height", QByteArray::number(nodes[i].size.height() / 72.0));
        byId.insert(nodes[i].id, n);
    }
    for (const auto& e : edges) {
        Agnode_t* from = byId.value(e.from);
        Agnode_t* to = byId.value(e.to);
        if (from && to && from != to) agedge(g.get(), from, to, nullptr, 1);
    }
    if (gvLayout(gvc.get(), g.get(), layered ? "dot" : "sfdp") != 0) return out;
    const boxf bb = GD_bb(g.get());
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        const pointf centre = ND_coord(it.value());
        const double w = ND_width(it.value()) * 72.0, h = ND_height(it.value()) * 72.0;
        // Graphviz's y grows upwards; the scene's downwards.
        out.insert(it.key(), origin + QPointF(centre.x - bb.LL.x - w / 2, bb.UR.y - centre.y - h / 2));
    }
    gvFreeLayout(gvc.get(), g.get());
    return out;
}

} // namespace pathlight
