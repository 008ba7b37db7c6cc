// The main window's service tags: File ▸ Update service tags from file… and the stored copy read
// at start (gui/service_tag_store.h). The tags change what NSG and firewall rules on tags decide
// (trace-contract SERVICE_TAG_UNRESOLVED), so the document is traced again.

#include "gui/document.h"
#include "gui/main_window.h"
#include "gui/service_tag_store.h"
#include "text/message_text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>

namespace pathlight {

void MainWindow::loadStoredServiceTags() {
    const QString path = storedServiceTagsPath();
    if (!QFileInfo::exists(path)) return;
    const ServiceTagRead read = readServiceTagsFile(path);
    // A stored copy that no longer reads (edited by hand, say) is ignored, not fatal at start.
    if (read.database) document_->setServiceTags(read.database);
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

} // namespace pathlight
