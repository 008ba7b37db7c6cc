#pragma once
// One undo step that applies a TopologyPatch (an inspector edit, a move, a deletion). The patch
// and its inverse are values computed from the document as it was when the step was made, so
// undo and redo replay exactly in stack order.

#include "edit/topology_patch.h"

#include <QUndoCommand>

namespace pathlight {

class Document;

class PatchCommand : public QUndoCommand {
public:
    // The patch is already applied (Document::applyPatch does it, to report a refusal); the
    // first redo, which QUndoStack::push makes, does nothing.
    PatchCommand(Document* document, TopologyPatch patch, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    TopologyPatch patch_;
    bool applied_ = true;
};

} // namespace pathlight
