#include "gui/commands/replace_topology_command.h"

#include "gui/document.h"

namespace pathlight {

ReplaceTopologyCommand::ReplaceTopologyCommand(Document* document, Topology before, Topology after,
                                               const QString& text)
    : document_(document), before_(std::move(before)), after_(std::move(after)) {
    setText(text);
}

void ReplaceTopologyCommand::redo() {
    document_->replaceTopologyDirectly(after_);
}
void ReplaceTopologyCommand::undo() {
    document_->replaceTopologyDirectly(before_);
}

} // namespace pathlight
