#include "canvas/containment.h"

#include "edit/change.h"
#include "topology/topology_index.h"

#include <QHash>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <optional>

namespace pathlight {

namespace {

// The first place for `r` inside `room` that overlaps none of `taken`, scanning rows of 10 scene
// units from `r`'s own place onwards, then from the top; nothing when there is none.
std::optional<QRectF> freeSpot(const QRectF& room, QRectF r, const std::vector<QRectF>& taken) {
    const auto clear = [&](const QRectF& c) {
        return std::none_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(c); });
    };
    constexpr double step = 10;
    const QPointF from = r.topLeft();
    for (int pass = 0; pass < 2; ++pass)
        for (double y = pass ? room.top() : from.y(); y + r.height() <= room.bottom() + 0.01; y += step)
            for (double x = (pass == 0 && y == from.y()) ? from.x() : room.left();
                 x + r.width() <= room.right() + 0.01; x += step) {
                r.moveTopLeft(QPointF(x, y));
                if (clear(r)) return r;
            }
    return std::nullopt;
}

// Where a node goes when it lands on a sibling inside `parent`'s room: a free spot, else below
// every sibling (its container then grows to hold it).
QRectF awayFromSiblings(const QRectF& room, const QRectF& r, const std::vector<QRectF>& siblings) {
    if (std::none_of(siblings.begin(), siblings.end(), [&](const QRectF& t) { return t.intersects(r); }))
        return r;
    if (const auto spot = freeSpot(room, r, siblings)) return *spot;
    double bottom = room.top();
    for (const QRectF& t : siblings)
        bottom = std::max(bottom, t.bottom());
    return QRectF(QPointF(room.left(), bottom + 10), r.size());
}

QRectF innerRoom(const QRectF& r) {
    return r.adjusted(kContainerFrame, kContainerTitle, -kContainerFrame, -kContainerFrame);
}

} // namespace

std::vector<LayoutPlacement> containmentPlacements(const Diagram& d) {
    QHash<QString, QRectF> rect;
    QHash<QString, const DiagramBox*> byId;
    for (const auto& b : d.boxes) {
        rect.insert(b.id, b.rect);
        byId.insert(b.id, &b);
    }
    const auto depth = [&](const DiagramBox& b) {
        int n = 0;
        for (const DiagramBox* p = &b; p && !p->parent.isEmpty() && n < 8; p = byId.value(p->parent))
            ++n;
        return n;
    };
    // Deepest first: a subnet grows for its VMs before its VNet is made to hold the subnet.
    // Each box's depth is found once (a comparison that walked up the parents cost 20 ms on a
    // 20,000-box drawing).
    std::vector<std::pair<int, const DiagramBox*>> byDepth;
    for (const auto& b : d.boxes)
        if (!b.parent.isEmpty() && byId.contains(b.parent)) byDepth.emplace_back(depth(b), &b);
    std::stable_sort(byDepth.begin(), byDepth.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const DiagramBox*> order;
    order.reserve(byDepth.size());
    for (const auto& [level, box] : byDepth)
        order.push_back(box);
    QHash<QString, std::vector<const DiagramBox*>> children;
    for (const auto& b : d.boxes)
        if (!b.parent.isEmpty()) children[b.parent].push_back(&b);
    QHash<QString, bool> changed;
    for (const DiagramBox* b : order) {
        QRectF& parent = rect[b->parent];
        QRectF r = rect.value(b->id);
        if (innerRoom(parent).contains(r)) continue;
        if (b->container) {
            // A container that sticks out: its own container grows around it.
            parent = parent.united(
                r.adjusted(-kContainerFrame, -kContainerTitle, kContainerFrame, kContainerFrame));
            changed[b->parent] = true;
            continue;
        }
        // A node: its container grows if it cannot hold it, then the node moves back inside.
        QRectF room = innerRoom(parent);
        if (r.width() > room.width() || r.height() > room.height()) {
            parent.setWidth(std::max(parent.width(), r.width() + 2 * kContainerFrame));
            parent.setHeight(std::max(parent.height(), r.height() + kContainerTitle + kContainerFrame));
            changed[b->parent] = true;
            room = innerRoom(parent);
        }
        r.moveLeft(std::clamp(r.left(), room.left(), room.right() - r.width()));
        r.moveTop(std::clamp(r.top(), room.top(), room.bottom() - r.height()));
        // Back inside, but never on a sibling (a VM dragged out came back on top of another).
        std::vector<QRectF> siblings;
        for (const DiagramBox* other : children.value(b->parent))
            if (other != b && !other->container) siblings.push_back(rect.value(other->id));
        r = awayFromSiblings(room, r, siblings);
        if (!innerRoom(parent).contains(r)) {
            parent = parent.united(
                r.adjusted(-kContainerFrame, -kContainerTitle, kContainerFrame, kContainerFrame));
            changed[b->parent] = true;
        }
        rect[b->id] = r;
        changed[b->id] = true;
    }
    std::vector<LayoutPlacement> out;
    for (const auto& b : d.boxes) {
        if (!changed.value(b.id)) continue;
        const QRectF r = rect.value(b.id);
        LayoutPlacement p{b.id.toStdString(), r.x(), r.y(), {}, {}};
        if (b.container) {
            p.w = r.width();
            p.h = r.height();
        }
        out.push_back(std::move(p));
    }
    return out;
}

namespace {

// A new top-level box (a VNet with its first subnet, a site, a circuit ... just placed or
// pasted) never lands on another one: it moves, with what it holds, to the nearest free place
// beside what it overlaps (a VNet clicked in near the Internet node lay under it). Boxes already
// drawn never move.
std::vector<LayoutPlacement> clearOfOthers(const Diagram& after, const QSet<QString>& drawn) {
    std::vector<LayoutPlacement> result;
    if (after.boxes.size() <= std::size_t(drawn.size())) return result; // nothing new (a move, an edit)
    QHash<QString, std::vector<const DiagramBox*>> children;
    std::vector<const DiagramBox*> others;
    for (const DiagramBox& box : after.boxes) {
        if (!box.parent.isEmpty()) children[box.parent].push_back(&box);
        if (box.parent.isEmpty() && drawn.contains(box.id)) others.push_back(&box);
    }
    for (const DiagramBox& box : after.boxes) {
        if (!box.parent.isEmpty() || drawn.contains(box.id)) continue;
        const auto free = [&](const QRectF& r) {
            return std::none_of(others.begin(), others.end(),
                                [&](const DiagramBox* o) { return o->rect.intersects(r); });
        };
        // The nearest free place beside a box it overlaps (above, below, left or right of it),
        // where the user clicked when that is free: moving only down put a VNet clicked near the
        // top 250 px lower, off the window (newcomer walk, session 16).
        QRectF rect = box.rect;
        if (!free(rect)) {
            std::optional<QRectF> best;
            const auto consider = [&](const QRectF& r) {
                const double moved = QLineF(r.topLeft(), box.rect.topLeft()).length();
                if (free(r) && (!best || moved < QLineF(best->topLeft(), box.rect.topLeft()).length()))
                    best = r;
            };
            for (const DiagramBox* o : others) {
                if (!o->rect.intersects(rect)) continue;
                consider(rect.translated(0, o->rect.bottom() + 30 - rect.top()));
                consider(rect.translated(0, o->rect.top() - 30 - rect.bottom()));
                consider(rect.translated(o->rect.right() + 30 - rect.left(), 0));
                consider(rect.translated(o->rect.left() - 30 - rect.right(), 0));
            }
            if (best) {
                rect = *best;
            } else { // crowded all round: down past each box it lands on, as before
                for (int guard = 0; guard < 1000; ++guard) {
                    const auto hit = std::find_if(others.begin(), others.end(), [&](const DiagramBox* o) {
                        return o->rect.intersects(rect);
                    });
                    if (hit == others.end()) break;
                    rect.moveTop((*hit)->rect.bottom() + 30);
                }
            }
        }
        const double dx = rect.left() - box.rect.left(), dy = rect.top() - box.rect.top();
        if (dx == 0 && dy == 0) continue;
        std::vector<const DiagramBox*> group{&box};
        for (std::size_t i = 0; i < group.size(); ++i) // the box, then what it holds, at any depth
            for (const DiagramBox* child : children.value(group[i]->id))
                group.push_back(child);
        for (const DiagramBox* member : group) {
            LayoutPlacement p{member->id.toStdString(), member->rect.x() + dx, member->rect.y() + dy, {}, {}};
            if (member->container) {
                p.w = member->rect.width();
                p.h = member->rect.height();
            }
            result.push_back(std::move(p));
        }
    }
    return result;
}

// A node the change placed (new, or moved: `placed`) inside its container but onto a sibling
// goes to a free spot beside them (newcomer walk: a VM clicked in next to another hid it). Its
// new place is written into `after` too. A node outside its container is left to containment,
// which brings it in away from its siblings.
std::vector<LayoutPlacement> besideSiblings(Diagram& after, const QSet<QString>& drawn,
                                            const std::vector<Id>& placed) {
    std::vector<LayoutPlacement> result;
    QSet<QString> moved;
    for (const Id& id : placed)
        moved.insert(QString::fromStdString(id));
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < after.boxes.size(); ++i) {
        const DiagramBox& box = after.boxes[i];
        if (!box.container && !box.parent.isEmpty() && (!drawn.contains(box.id) || moved.contains(box.id)))
            candidates.push_back(i);
    }
    if (candidates.empty()) return result;
    // Each container's nodes and each box by id, once (a whole selection may have moved).
    QHash<QString, std::vector<std::size_t>> nodesIn;
    QHash<QString, std::size_t> at;
    for (std::size_t i = 0; i < after.boxes.size(); ++i) {
        at.insert(after.boxes[i].id, i);
        if (!after.boxes[i].container) nodesIn[after.boxes[i].parent].push_back(i);
    }
    for (const std::size_t i : candidates) {
        DiagramBox& box = after.boxes[i];
        const auto parent = at.constFind(box.parent);
        if (parent == at.constEnd()) continue;
        const QRectF room = innerRoom(after.boxes[*parent].rect);
        if (!room.contains(box.rect)) continue;
        std::vector<QRectF> siblings;
        for (const std::size_t k : nodesIn.value(box.parent))
            if (k != i) siblings.push_back(after.boxes[k].rect);
        const QRectF r = awayFromSiblings(room, box.rect, siblings);
        if (r == box.rect) continue;
        box.rect = r;
        result.push_back({box.id.toStdString(), r.x(), r.y(), {}, {}});
    }
    return result;
}

} // namespace

TopologyPatch withContainment(const Topology& current, const TopologyIndex& index, const Diagram& shown,
                              const TopologyPatch& patch) {
    if (patch.empty()) return patch;
    // A move changes only the layout: the drawing after it is the current topology's with the
    // patched layout, neither copied nor read again nor indexed (a drag on the scale estate took
    // 0.9 s when it was). Anything else is applied to a copy, as the document will apply it.
    std::optional<Topology> changed;
    std::optional<TopologyIndex> changedIndex;
    Json layout;
    if (patchScope(current, patch.forward).layoutOnly) {
        layout = current.layout;
        if (!patchLayout(layout, patch.forward).empty()) return patch; // refused later
    } else {
        changed = current;
        if (!applyChange(*changed, Change::patched(patch)).empty()) return patch; // refused later
        changedIndex.emplace(*changed);
        layout = changed->layout;
    }
    if (!layout.is_object()) layout = Json::object();
    const Json applied = layout; // what the layout operations below are relative to
    // The picture the user sees is kept: sites, circuits and VNets that automatic placement put
    // where they are get those positions now, so that placing or moving one moves no other.
    std::vector<LayoutPlacement> frozen;
    for (const DiagramBox& box : shown.boxes) {
        const Id id = box.id.toStdString();
        if (!box.parent.isEmpty() || layout.contains(id) ||
            (box.kind != BoxKind::Internet && !index.contains(id)))
            continue;
        LayoutPlacement p{id, box.rect.x(), box.rect.y(), {}, {}};
        if (box.container) {
            p.w = box.rect.width();
            p.h = box.rect.height();
        }
        frozen.push_back(std::move(p));
    }
    if (!frozen.empty()) layout = withPlacements(layout, frozen);
    Diagram after =
        changed ? buildDiagram(*changed, layout, *changedIndex) : buildDiagram(current, layout, index);
    QSet<QString> drawn;
    for (const DiagramBox& box : shown.boxes)
        drawn.insert(box.id);
    std::vector<LayoutPlacement> cleared = clearOfOthers(after, drawn);
    if (!cleared.empty()) {
        layout = withPlacements(layout, cleared);
        after =
            changed ? buildDiagram(*changed, layout, *changedIndex) : buildDiagram(current, layout, index);
    }
    for (auto& p : besideSiblings(after, drawn, placedIds(patch.forward)))
        cleared.push_back(std::move(p));
    std::vector<LayoutPlacement> placements = containmentPlacements(after);
    for (auto& p : cleared)
        if (std::none_of(placements.begin(), placements.end(),
                         [&](const LayoutPlacement& q) { return q.id == p.id; }))
            placements.push_back(std::move(p));
    for (auto& p : frozen) // containment's own placement of a box wins
        if (std::none_of(placements.begin(), placements.end(),
                         [&](const LayoutPlacement& q) { return q.id == p.id; }))
            placements.push_back(std::move(p));
    if (placements.empty()) return patch;
    const TopologyPatch extra = layoutPatch(applied, placements);
    TopologyPatch both = patch;
    for (const auto& op : extra.forward)
        both.forward.push_back(op);
    Json backward = extra.backward;
    for (const auto& op : patch.backward)
        backward.push_back(op);
    both.backward = std::move(backward);
    return both;
}

void applyContainment(Diagram& d) {
    const std::vector<LayoutPlacement> placements = containmentPlacements(d);
    if (placements.empty()) return;
    QHash<QString, std::size_t> at;
    for (std::size_t i = 0; i < d.boxes.size(); ++i)
        at.insert(d.boxes[i].id, i);
    for (const auto& p : placements) {
        QRectF& r = d.boxes[at.value(QString::fromStdString(p.id))].rect;
        r = QRectF(p.x, p.y, p.w.value_or(r.width()), p.h.value_or(r.height()));
    }
}

} // namespace pathlight
