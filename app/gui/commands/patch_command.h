#pragma once
// One undo step that applies a TopologyPatch (an inspector edit, a move, a deletion). The patch
// and its inverse are values computed from the document as it was when the step was made, so
// undo and redo replay exactly in stack order.

#include "io/topology_patch.h"

#include <QUndoCommand>

#include <optional>

namespace pathlight {

class Document;

class PatchCommand : public QUndoCommand {
public:
    // `result` is the topology after the patch, already validated by the document; the first
    // redo uses it instead of applying the patch a second time.
    PatchCommand(Document* document, TopologyPatch patch, Topology result, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    TopologyPatch patch_;
    std::optional<Topology> firstResult_;
};

} // namespace pathlight
