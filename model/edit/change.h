#pragma once
// One change to a topology, whatever made it: a fix, an inspector or rule-editor edit, a move, a
// paste, a deletion, a new flow. Every change goes through this one path: it applies completely
// or changes nothing (Kdenlive's contract), it carries its inverse, and it addresses objects by id
// or by JSON Pointer, never by pointers into the structs, so that undo and redo replay it after the
// objects were rebuilt.
//
// A change is one of two forms, each exact and invertible:
// - typed steps (edit/topology_edit.h): what fixes are made of; applied in place, so that the
//   analysis can verify and apply them incrementally without reading the file again;
// - a JSON patch (edit/topology_patch.h, RFC 6902 on the canonical document): anything else;
//   applied by the file's own reader, so that a change that would make the file invalid is
//   refused with the reader's errors and their pointers.

#include "common/message.h"
#include "edit/topology_edit.h"
#include "edit/topology_patch.h"
#include "topology/topology.h"

#include <vector>

namespace pathlight {

struct Change {
    Edit edit;           // typed steps (a fix), or
    TopologyPatch patch; // forward and backward operations
    static Change typed(Edit edit);
    static Change patched(TopologyPatch patch);
    bool isTyped() const { return !edit.empty(); }
    bool empty() const { return edit.empty() && patch.empty(); }
    // The change that undoes this one (applied after it, gives back the same file bytes).
    Change inverse() const;
};

// Applies a change to a topology (the CLI's fixes; the analysis has its own incremental
// Analysis::apply). On an error nothing changes and the errors are returned: a typed step that
// cannot apply (code "EDIT_REFUSED", context "Edit"), or the reader's errors for a patch.
std::vector<Diagnostic> applyChange(Topology& topology, const Change& change);

// A typed step's refusal as a diagnostic, the form every change reports errors in.
Diagnostic editRefused(const Message& why);

} // namespace pathlight
