#pragma once
// The frame of the dialogs that edit one object of the file as a whole (an NSG or route table,
// a firewall's policy, a load balancer): an error line and OK / Apply / Close. Apply hands the
// edited object to the caller (applyRequested); the caller applies it as one undo step and answers
// with showErrors() and, when accepted, setObject() with the object as the file now writes it.
// OK closes once the answer is empty; OK with nothing changed just closes.

#include <QDialog>
#include <QPair>

#include <nlohmann/json.hpp>

class QBoxLayout;
class QLabel;

namespace pathlight {

class ObjectEditor : public QDialog {
    Q_OBJECT
public:
    using QDialog::QDialog;

    QString objectId() const { return QString::fromStdString(shown_.value("id", "")); }
    // The edited object, as the file would write it.
    virtual nlohmann::ordered_json result() const = 0;
    // Replaces the shown object (after an accepted Apply, or undo) without losing the dialog.
    virtual void setObject(const nlohmann::ordered_json& object, std::string pointer) = 0;
    // Puts the document's answer, (JSON Pointer, message) pairs, on the rows (empty: accepted).
    virtual void showErrors(const QList<QPair<QString, QString>>& errors) = 0;

signals:
    void applyRequested(const QString& id, const QString& json);

protected:
    // Adds the error line and the buttons at the end of `layout`.
    void addButtons(QBoxLayout* layout);
    // Before Apply or OK: false refuses (after saying why with showErrors).
    virtual bool readyToApply() { return true; }
    // The object as last shown (what OK compares with) and its pointer in the document.
    void setShown(const nlohmann::ordered_json& object, std::string pointer) {
        shown_ = object;
        pointer_ = std::move(pointer);
    }
    const nlohmann::ordered_json& shown() const { return shown_; }
    const std::string& pointer() const { return pointer_; }
    // A typed text as a key of the object: trimmed, and no key at all when empty (a name).
    static void putText(nlohmann::ordered_json& object, const char* key, const QString& typed);
    // Shows the lines (none hides the line) and, after OK, closes when there are none.
    void finishErrors(const QStringList& lines);

private:
    nlohmann::ordered_json shown_;
    std::string pointer_;
    QLabel* errors_ = nullptr;
    bool closeOnSuccess_ = false;
};

} // namespace pathlight
