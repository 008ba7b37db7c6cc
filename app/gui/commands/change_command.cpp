#include "gui/commands/change_command.h"

#include "gui/document.h"

namespace pathlight {

ChangeCommand::ChangeCommand(Document* document, Change change, std::function<QString()> describe)
    : document_(document), describe_(std::move(describe)), change_(std::move(change)),
      inverse_(change_.inverse()) {
    setText(describe_());
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
