#include "editors/object_editor.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace pathlight {

void ObjectEditor::addButtons(QBoxLayout* layout) {
    errors_ = new QLabel;
    errors_->setWordWrap(true);
    errors_->setTextFormat(Qt::PlainText); // messages quote names from the file
    errors_->setStyleSheet("color: #b00020");
    errors_->hide();
    layout->addWidget(errors_);
    auto* box =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Close);
    connect(box->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        closeOnSuccess_ = false;
        if (readyToApply()) emit applyRequested(objectId(), QString::fromStdString(result().dump()));
    });
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        closeOnSuccess_ = true;
        if (!readyToApply()) return;
        const nlohmann::ordered_json edited = result();
        if (edited == shown_)
            accept();
        else
            emit applyRequested(objectId(), QString::fromStdString(edited.dump()));
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
}

void ObjectEditor::putText(nlohmann::ordered_json& object, const char* key, const QString& typed) {
    if (typed.trimmed().isEmpty())
        object.erase(key);
    else
        object[key] = typed.trimmed().toStdString();
}

void ObjectEditor::finishErrors(const QStringList& lines) {
    errors_->setText(lines.join("\n"));
    errors_->setVisible(!lines.isEmpty());
    if (lines.isEmpty() && closeOnSuccess_) accept();
}

} // namespace pathlight
