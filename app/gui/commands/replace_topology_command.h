#pragma once
// One undo step that swaps the whole topology (recovering an autosaved copy). Other changes use
// id-addressed edits (ApplyEditCommand).

#include "topology/topology.h"

#include <QUndoCommand>

namespace pathlight {

class Document;

class ReplaceTopologyCommand : public QUndoCommand {
public:
    ReplaceTopologyCommand(Document* document, Topology before, Topology after, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* document_;
    Topology before_, after_;
};

} // namespace pathlight
