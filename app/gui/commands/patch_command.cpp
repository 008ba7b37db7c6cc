#include "gui/commands/patch_command.h"

#include "gui/document.h"

namespace pathlight {

PatchCommand::PatchCommand(Document* document, TopologyPatch patch, const QString& text)
    : document_(document), patch_(std::move(patch)) {
    setText(text);
}

void PatchCommand::redo() {
    if (applied_) {
        applied_ = false;
        return;
    }
    document_->applyPatchDirectly(patch_.forward);
}
void PatchCommand::undo() {
    document_->applyPatchDirectly(patch_.backward);
}

} // namespace pathlight
