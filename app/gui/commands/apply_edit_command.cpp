#include "gui/commands/apply_edit_command.h"

#include "gui/document.h"

namespace pathlight {

ApplyEditCommand::ApplyEditCommand(Document* document, Edit edit, const QString& text)
    : document_(document), edit_(std::move(edit)), inverse_(invertEdit(edit_)) {
    setText(text);
}

void ApplyEditCommand::redo() {
    if (applied_) {
        applied_ = false;
        return;
    }
    const QString error = document_->applyEditDirectly(edit_);
    if (!error.isEmpty()) setObsolete(true); // the stack drops a step that could not apply
}

void ApplyEditCommand::undo() {
    document_->applyEditDirectly(inverse_);
}

} // namespace pathlight
