#pragma once
// One undo step for any change to the document (edit/change.h): a fix, an inspector edit, a move,
// a paste, a deletion, a new flow. It holds the change and its inverse as values (ids and JSON
// Pointers, never pointers into the topology), so undo and redo replay exactly in stack order
// after the objects were rebuilt. No topology is copied per step.

#include "edit/change.h"

#include <QUndoCommand>

#include <functional>

namespace pathlight {

class Document;

class ChangeCommand : public QUndoCommand {
public:
    // The change is already applied (Document::apply does it, to report a refusal); the first
    // redo, which QUndoStack::push makes, does nothing.
    // `describe` gives the step's name in the current language: called now and again after a
    // language switch (retranslate), so Edit ▸ Undo never keeps the old language.
    ChangeCommand(Document* document, Change change, std::function<QString()> describe);
    const Change& change() const { return change_; }
    void retranslate() { setText(describe_()); }
    void redo() override;
    void undo() override;

private:
    Document* document_;
    std::function<QString()> describe_;
    Change change_;
    Change inverse_;
    bool applied_ = true;
};

} // namespace pathlight
