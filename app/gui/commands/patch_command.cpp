#include "gui/commands/patch_command.h"

#include "gui/document.h"

namespace pathlight {

PatchCommand::PatchCommand(Document* document, TopologyPatch patch, Topology result, const QString& text)
    : document_(document), patch_(std::move(patch)), firstResult_(std::move(result)) {
    setText(text);
}

void PatchCommand::redo() {
    document_->applyPatchDirectly(patch_.forward);
}
void PatchCommand::undo() {
    document_->applyPatchDirectly(patch_.backward);
}

} // namespace pathlight
