#include "gui/commands/change_command.h"

#include "gui/document.h"

namespace pathlight {

ChangeCommand::ChangeCommand(Document* document, Change change, const QString& text)
    : document_(document), change_(std::move(change)), inverse_(change_.inverse()) {
    setText(text);
}

void ChangeCommand::redo() {
    if (applied_) {
        applied_ = false;
        return;
    }
    // A step that no longer applies is dropped by the stack rather than left to undo nothing.
    if (!document_->applyDirectly(change_).empty()) setObsolete(true);
}

void ChangeCommand::undo() {
    document_->applyDirectly(inverse_);
}

} // namespace pathlight
