#pragma once
// Load warnings, lints and the findings of the traced flows, each with where it is.

#include "advice/fix.h"

#include <QIcon>
#include <QTreeWidget>

#include <deque>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace pathlight {

struct Diagnostic;
struct Finding;
struct Trace;

// The fixes of one trace's findings, in the trace's finding order (from the model's advisor).
using TraceFixes = std::vector<std::vector<Fix>>;
// Where the panel gets a flow's fixes when it shows them (Analysis::proposedFixes): asked only
// for the findings a user opens, and for the errors it opens itself on a small file.
using FixSource = std::function<const TraceFixes&(const std::string& flowId)>;

class ProblemsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    // `fixes` may be empty (no fixes shown). Findings with fixes are opened for errors when there
    // are at most kExpandedFindings findings; their fixes are read when first shown.
    void setProblems(const std::vector<Diagnostic>& diagnostics, const std::vector<Trace>& traces,
                     FixSource fixes = {});
    static constexpr int kExpandedFindings = 200;
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
    void addFixes(QTreeWidgetItem* findingItem);
    FixSource source_;
    // A row as the model states it, untranslated.
    struct RowKey {
        Severity severity = Severity::Info;
        std::string context, sourceText;
        std::vector<std::string> args;
        std::string pointer, code, object, flow;
        int finding = -1; // -1: a diagnostic (load warning or lint)
        bool operator==(const RowKey&) const = default;
    };
    std::vector<RowKey> rows_;     // what the panel shows
    std::deque<Fix> fixes_;        // item data indexes into this; grows as findings are opened
    std::deque<QString> fixFlows_; // the flow each fix belongs to
    QIcon applicableIcon_, alternativeIcon_;
};

} // namespace pathlight
