#pragma once
// File ▸ Compare with…: the differences between the open design and another topology (a live
// import, a colleague's copy), as analysis/topology_diff.h computes them. Flows whose verdict or
// apparent source differ come first, then changed, removed and added objects. Activating a row
// selects its flow or object; "Compare again" recomputes after edits.

#include "analysis/topology_diff.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pathlight {

class ComparisonPanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonPanel(QWidget* parent = nullptr);
    // Shows a comparison with the file `otherPath`; `stale` says the design changed since.
    void setDiff(TopologyDiff diff, const QString& otherPath);
    void setStale(bool stale);
    const TopologyDiff& diff() const { return diff_; }
    QTreeWidget* tree() const { return tree_; }

signals:
    void objectActivated(const QString& id);
    void flowActivated(const QString& id);
    void compareAgainRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    TopologyDiff diff_;
    QString otherPath_;
    bool stale_ = false;
    QLabel* summary_;
    QPushButton* again_;
    QTreeWidget* tree_;
};

} // namespace pathlight
