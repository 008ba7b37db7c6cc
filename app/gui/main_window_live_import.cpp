// File ▸ Import from Azure… (../shared/spec/import.md input 4): the dialog says what will be read
// before anything is sent; the token comes from the Azure CLI (a process, asynchronous), the
// environment or the dialog; the fetch (app/live) runs on the network's asynchronous replies with
// a progress dialog whose Cancel stops it; the mapping runs on a worker thread; the result is
// adopted as the file import's is (adoptImport).

#include "main_window.h"

#include "import/importer.h"
#include "live/access_token.h"
#include "live/live_import.h"
#include "live_import_dialog.h"
#include "text/message_text.h"

#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

#include <memory>

namespace pathlight {

void MainWindow::chooseLiveImport() {
    if (liveImport_) return;
    LiveImportDialog dialog(this);
    const int answer = runLiveImportDialog ? runLiveImportDialog(dialog) : dialog.exec();
    restoreFocus();
    if (answer != QDialog::Accepted) return;
    dialog.remember();
    live::ArmClientSettings settings;
    settings.endpoint = dialog.endpoint();
    const live::LiveScope scope = dialog.scope();
    withLiveToken(dialog, settings.endpoint,
                  [this, settings, scope](QByteArray token) { startLiveImport(settings, token, scope); });
}

void MainWindow::withLiveToken(LiveImportDialog& dialog, const QUrl& endpoint,
                               std::function<void(QByteArray)> then) {
    const QString what = tr("Azure Resource Manager at %1").arg(endpoint.toString());
    switch (dialog.tokenSource()) {
    case live::TokenSource::Pasted: {
        QByteArray token = dialog.takePastedToken();
        then(token);
        token.fill('\0');
        return;
    }
    case live::TokenSource::Environment: {
        Message why;
        auto token = live::tokenFromEnvironment(&why);
        if (!token) {
            reportLoadErrors(what, {displayText(why)});
            return;
        }
        then(*token);
        token->fill('\0');
        return;
    }
    case live::TokenSource::AzureCli:
        break;
    }
    // The Azure CLI may take seconds (it can refresh the token): asked asynchronously.
    auto* az = new live::AzureCliToken(this);
    auto* waiting = new QProgressDialog(tr("Asking the Azure CLI for a token…"), tr("Cancel"), 0, 0, this);
    waiting->setWindowModality(Qt::WindowModal);
    waiting->setMinimumDuration(300);
    connect(waiting, &QProgressDialog::canceled, az, &live::AzureCliToken::cancel);
    connect(az, &live::AzureCliToken::finished, this, [=, this] {
        waiting->deleteLater();
        az->deleteLater(); // wipes its copy of the token
        if (waiting->wasCanceled()) return;
        if (!az->ok()) {
            reportLoadErrors(what, {displayText(az->error())});
            return;
        }
        then(az->token());
    });
    az->start(endpoint);
}

void MainWindow::startLiveImport(const live::ArmClientSettings& settings, QByteArray token,
                                 const live::LiveScope& scope) {
    if (liveImport_) return;
    auto* fetcher = new live::LiveImport(settings, token, scope, this);
    token.fill('\0');
    liveImport_ = fetcher;
    auto* progress = new QProgressDialog(tr("Reading from Azure…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName("LiveImportProgress");
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, fetcher, &live::LiveImport::cancel);
    connect(fetcher, &live::LiveImport::progressed, progress, [progress](const live::LiveProgress& p) {
        progress->setLabelText(
            tr("Read %n resources; %1 requests left", nullptr, p.resourcesRead).arg(p.requestsLeft));
    });
    const QString title = live::liveImportTitle(scope);
    const QString what = tr("Azure Resource Manager at %1").arg(settings.endpoint.toString());
    connect(fetcher, &live::LiveImport::finished, this, [=, this] {
        auto fetched = std::make_shared<live::LiveFetch>(fetcher->takeFetch());
        fetcher->deleteLater();
        liveImport_ = nullptr;
        if (fetched->canceled) {
            progress->deleteLater();
            statusBar()->showMessage(tr("Import from Azure canceled; the document shown is unchanged"), 8000);
            emit liveImportFinished(false);
            return;
        }
        // The mapping, the reader's check and the lints: off the GUI thread (a large estate takes
        // a second or more).
        progress->setLabelText(tr("Importing what was read…"));
        progress->setCancelButton(nullptr);
        auto result = std::make_shared<armimport::ImportResult>();
        QThread* worker =
            QThread::create([fetched, result] { *result = live::importFetched(std::move(*fetched)); });
        connect(worker, &QThread::finished, this, [=, this] {
            worker->deleteLater();
            progress->deleteLater();
            const bool imported = adoptImport(std::move(*result), what, title);
            emit liveImportFinished(imported);
        });
        worker->start();
    });
    fetcher->start();
}

} // namespace pathlight
