#pragma once
// The hop inspector: the selected flow's hops. At each, the route chosen (prefix, next hop,
// origin) and the matching routes it beat with why; each NSG evaluated with the deciding rule
// (and what IP flow verify would say beside a hidden platform allowance); the packet before and
// after; one sentence of what happens. Findings follow with their fixes: Apply (one undo step),
// what else the fix changes, and Copy for the Azure CLI / PowerShell / Bicep or guest commands.
// Everything comes from the model.

#include "advice/fix.h"

#include <QTreeWidget>

#include <vector>

namespace pathlight {

class Network;
struct Trace;

class HopsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit HopsPanel(QWidget* parent = nullptr);
    // `fixes`: one entry per finding of the trace, in its order (Analysis::fixes), each fix with
    // what applying it does.
    void showTrace(const Trace* trace, const Network* network = nullptr,
                   const std::vector<FindingFixes>& fixes = {});
    // Selects and reveals a hop (or, for -1, the verdict).
    void selectHop(int hop);
    // No hop selected, the list at its top (a step-through restarted).
    void clearHop();
    int selectedHop() const;
    // The same for the reply's hops (R1 is 0; -1 when none is selected).
    void selectReplyHop(int hop);
    int selectedReplyHop() const;
    QTreeWidgetItem* hopItem(int hop) const;
    // The fix items (for tests): their text includes the differential.
    QList<QTreeWidgetItem*> fixItems() const;
    const Fix* fixAt(QTreeWidgetItem* item) const;

signals:
    void applyFixRequested(const pathlight::Fix& fix, const QString& flowId);
    void hopSelected(int hop);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitHopColumn();
    void showMenu(const QPoint& at);
    QString flowId_;
    std::vector<Fix> fixes_; // item data indexes into this
};

} // namespace pathlight
