#pragma once
// The import report (model/import/import_report.h) in a dock: the files read, then the notes by
// kind (questions first, inferred values, half-configured things, unresolved values, secrets,
// skipped resources, refusals). Activating a note about an object selects it on the canvas.

#include "import/import_report.h"

#include <QTreeWidget>

namespace pathlight {

class ImportReportPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit ImportReportPanel(QWidget* parent = nullptr);
    // Shows this report (kept, to be shown again in another language).
    void setReport(armimport::ImportReport report);
    const armimport::ImportReport& report() const { return report_; }

signals:
    // The user picked a note about this object.
    void objectActivated(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    armimport::ImportReport report_;
};

} // namespace pathlight
