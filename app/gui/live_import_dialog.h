#pragma once
// File ▸ Import from Azure…: what to read (subscriptions, resource groups), from which endpoint,
// with which token (Azure CLI, AZURE_ACCESS_TOKEN, or pasted), and — before anything is sent —
// the exact read-only requests Pathlight will send (../shared/spec/import.md input 4). It sends
// nothing itself. The endpoint, subscriptions and resource groups are remembered; a pasted token
// never is (it is read once with takePastedToken and the field is cleared).

#include "live/access_token.h"
#include "live/live_import.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace pathlight {

class LiveImportDialog : public QDialog {
    Q_OBJECT
public:
    // What the dialog asks for: a live import, or Azure's service tags (File ▸ Update service tags
    // from Azure…: one subscription, no resource groups, one request to the Service Tag Discovery API).
    enum class Purpose { Import, ServiceTags };
    explicit LiveImportDialog(QWidget* parent = nullptr, Purpose purpose = Purpose::Import);
    // The Service Tag Discovery API request for the first subscription (ServiceTags purpose).
    static QString serviceTagsPath(const QString& subscription);
    // The same path around a segment already encoded (or the "{subscription}" placeholder).
    static QString serviceTagsPathFor(const QString& segment);
    live::LiveScope scope() const;
    QUrl endpoint() const;
    live::TokenSource tokenSource() const;
    // The pasted token, cleaned (cleanToken); the field is emptied. Empty when not pasted.
    QByteArray takePastedToken();
    // Remembers endpoint, subscriptions and resource groups (QSettings "liveImport/..."); never
    // the token.
    void remember() const;

    // For tests: the fields.
    QLineEdit* subscriptionsField() const { return subscriptions_; }
    QLineEdit* resourceGroupsField() const { return groups_; }
    QLineEdit* endpointField() const { return endpoint_; }
    QLineEdit* tokenField() const { return token_; }
    QRadioButton* pastedChoice() const { return pasted_; }
    QPlainTextEdit* requestsView() const { return requests_; }
    QPushButton* readButton() const { return read_; }

private:
    void update();
    Purpose purpose_;

    QLineEdit* subscriptions_;
    QLineEdit* groups_;
    QLineEdit* endpoint_;
    QRadioButton* azureCli_;
    QRadioButton* environment_;
    QRadioButton* pasted_;
    QLineEdit* token_;
    QPlainTextEdit* requests_;
    QLabel* problem_;
    QPushButton* read_;
};

} // namespace pathlight
