#pragma once
// Load warnings, lints and the findings of the traced flows, each with where it is.

#include <QTreeWidget>

#include <vector>

namespace pathlight {

struct Diagnostic;
struct Trace;

class ProblemsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProblemsPanel(QWidget* parent = nullptr);
    void setProblems(const std::vector<Diagnostic>& diagnostics, const std::vector<Trace>& traces);

signals:
    // The user picked a problem about this object (to select it on the canvas).
    void objectActivated(const QString& id);
};

} // namespace pathlight
