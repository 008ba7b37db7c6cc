// The main window's service tags: File ▸ Update service tags from file… and the stored copy read
// at start (gui/service_tag_store.h). The tags change what NSG and firewall rules on tags decide
// (trace-contract SERVICE_TAG_UNRESOLVED), so the document is traced again.

#include "gui/document.h"
#include "gui/live_import_dialog.h"
#include "gui/main_window.h"
#include "gui/service_tag_store.h"
#include "live/arm_client.h"
#include "live/live_import.h"
#include "text/message_text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace pathlight {

void MainWindow::loadStoredServiceTags() {
    const QString path = storedServiceTagsPath();
    if (!QFileInfo::exists(path)) return;
    const ServiceTagRead read = readServiceTagsFile(path);
    // A stored copy that no longer reads (edited by hand, say) is not fatal at start; it is said.
    if (read.database) {
        document_->setServiceTags(read.database);
        return;
    }
    QTimer::singleShot(0, this, [this, path] {
        statusBar()->showMessage(
            tr("The stored service tags (%1) cannot be read: only the platform tags are known")
                .arg(QDir::toNativeSeparators(path)),
            15000);
    });
}

QString MainWindow::serviceTagsSummary() const {
    const ServiceTagDatabase* tags = document_->serviceTags();
    if (!tags) return tr("Service tags: the platform tags only (no service tag file loaded)");
    const QDateTime when = storedServiceTagsTime();
    return tr("Service tags: %1 cloud, change number %2, %n tag(s), loaded %3", nullptr,
              int(tags->tags().size()))
        .arg(visible(tags->cloud.empty() ? std::string("?") : tags->cloud))
        .arg(tags->changeNumber)
        .arg(when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : tr("from the command line"));
}

void MainWindow::chooseServiceTags() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Update service tags from file"), settings.value("lastDir").toString(),
        tr("Azure service tags (ServiceTags_*.json *.json);;All files (*)"));
    restoreFocus();
    if (!path.isEmpty()) loadServiceTags(path);
}

bool MainWindow::loadServiceTags(const QString& path) {
    const ServiceTagRead read = readServiceTagsFile(path);
    if (!read.database) {
        QStringList lines;
        for (const auto& d : read.errors)
            lines << (d.pointer.empty() ? QString() : visible(d.pointer) + ": ") + displayText(d.message);
        reportLoadErrors(path, lines);
        return false;
    }
    if (const QString error = storeServiceTags(path); !error.isEmpty()) {
        reportLoadErrors(path, {tr("The service tags cannot be kept in %1: %2")
                                    .arg(QDir::toNativeSeparators(storedServiceTagsPath()), error)});
        return false;
    }
    document_->setServiceTags(read.database);
    statusBar()->showMessage(
        tr("%1 (%n entry(ies) skipped)", nullptr, int(read.warnings.size())).arg(serviceTagsSummary()), 8000);
    return true;
}

void MainWindow::chooseLiveServiceTags() {
    LiveImportDialog dialog(this, LiveImportDialog::Purpose::ServiceTags);
    const int answer = runLiveImportDialog ? runLiveImportDialog(dialog) : dialog.exec();
    restoreFocus();
    if (answer != QDialog::Accepted) return;
    dialog.remember();
    live::ArmClientSettings settings;
    settings.endpoint = dialog.endpoint();
    const QString subscription = dialog.scope().subscriptions.value(0);
    withLiveToken(dialog, settings.endpoint, [this, settings, subscription](QByteArray token) {
        readLiveServiceTags(settings, token, subscription);
    });
}

void MainWindow::readLiveServiceTags(const live::ArmClientSettings& settings, QByteArray token,
                                     const QString& subscription) {
    auto* client = new live::ArmClient(settings, token, this);
    token.fill('\0');
    auto* progress =
        new QProgressDialog(tr("Reading the service tags from Azure…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName("ServiceTagsProgress");
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, client, &live::ArmClient::cancel);
    const QString what = tr("Azure Resource Manager at %1").arg(settings.endpoint.toString());
    client->get(LiveImportDialog::serviceTagsPath(subscription), [=, this](const live::ArmResponse& r) {
        client->deleteLater(); // wipes the token
        progress->deleteLater();
        if (r.failure == live::ArmFailure::Canceled) {
            statusBar()->showMessage(tr("Reading the service tags canceled; nothing changed"), 8000);
            emit serviceTagsRead(false);
            return;
        }
        if (!r.ok()) {
            reportLoadErrors(what, {displayText(live::failureMessage(r, settings))});
            emit serviceTagsRead(false);
            return;
        }
        const ServiceTagRead read = parseServiceTags(r.body, r.url.toString(QUrl::RemoveQuery).toStdString());
        if (!read.database) {
            QStringList lines;
            for (const auto& d : read.errors)
                lines << displayText(d.message);
            reportLoadErrors(what, lines);
            emit serviceTagsRead(false);
            return;
        }
        if (const QString error = storeServiceTagsText(QByteArray::fromStdString(r.body.dump(2)));
            !error.isEmpty()) {
            reportLoadErrors(what, {tr("The service tags cannot be kept in %1: %2")
                                        .arg(QDir::toNativeSeparators(storedServiceTagsPath()), error)});
            emit serviceTagsRead(false);
            return;
        }
        document_->setServiceTags(read.database);
        statusBar()->showMessage(serviceTagsSummary(), 8000);
        emit serviceTagsRead(true);
    });
}

} // namespace pathlight
