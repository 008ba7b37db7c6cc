#include "edit/change.h"

namespace pathlight {

Change Change::typed(Edit edit) {
    Change c;
    c.edit = std::move(edit);
    return c;
}

Change Change::patched(TopologyPatch patch) {
    Change c;
    c.patch = std::move(patch);
    return c;
}

Change Change::inverse() const {
    Change c;
    c.edit = invertEdit(edit);
    c.patch.forward = patch.backward;
    c.patch.backward = patch.forward;
    return c;
}

Diagnostic editRefused(const Message& why) {
    return {Severity::Error, "EDIT_REFUSED", "", why};
}

std::vector<Diagnostic> applyChange(Topology& topology, const Change& change) {
    if (change.isTyped()) {
        if (const Message why = applyEdit(topology, change.edit); !why.empty()) return {editRefused(why)};
        return {};
    }
    return change.patch.empty() ? std::vector<Diagnostic>{} : applyPatch(topology, change.patch.forward);
}

} // namespace pathlight
