#pragma once
// Load warnings, lints and the findings of the traced flows, each with where it is.

#include "advice/fix.h"

#include <QTreeWidget>

#include <utility>
#include <vector>

namespace pathlight {

struct Diagnostic;
struct Finding;
struct Trace;

// The fixes of one trace's findings, in the trace's finding order (from the model's advisor).
using TraceFixes = std::vector<std::vector<Fix>>;

class ProblemsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    // fixes[i] belongs to traces[i]; may be empty (no fixes shown).
    void setProblems(const std::vector<Diagnostic>& diagnostics, const std::vector<Trace>& traces,
                     const std::vector<TraceFixes>& fixes = {});
    const Fix* fixAt(QTreeWidgetItem* item) const;

signals:
    // The user picked a problem about this object (to select it on the canvas).
    void objectActivated(const QString& id);
    // Apply this fix, which answers a finding of this flow.
    void applyFixRequested(const pathlight::Fix& fix, const QString& flowId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showMenu(const QPoint& at);
    std::vector<Fix> fixes_;
    std::vector<QString> fixFlows_; // the flow each fix belongs to
};

} // namespace pathlight
