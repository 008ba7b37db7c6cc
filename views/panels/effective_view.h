#pragma once
// Effective routes and effective security rules of a NIC or subnet, in the Azure portal's
// columns. Routes include the ones that lost, marked Invalid with why; security rules list each
// associated NSG (subnet, then NIC) with Azure's default rules. Both export as CSV.

#include <QDialog>

#include <memory>

class QComboBox;
class QTableWidget;
class QTabWidget;

namespace pathlight {

class Network;

class EffectiveView : public QDialog {
    Q_OBJECT
public:
    EffectiveView(std::shared_ptr<const Network> network, QWidget* parent = nullptr);
    // The document's network after an edit: the same NIC or subnet shown again, as it is now
    // (the first one when it is gone).
    void setNetwork(std::shared_ptr<const Network> network);
    // Shows a NIC or subnet (by id); returns whether it knows it.
    bool showTarget(const QString& id);
    QTableWidget* routesTable() const { return routes_; }
    QTableWidget* rulesTable() const { return rules_; }
    // The table as CSV (RFC 4180 quoting), header first.
    static QString toCsv(const QTableWidget* table);
    // Writes the current tab's CSV; returns the error, if any.
    QString exportCsv(const QString& path) const;

private:
    void fill();
    void addTargets();
    std::shared_ptr<const Network> network_;
    QComboBox* target_;
    QTabWidget* tabs_;
    QTableWidget* routes_;
    QTableWidget* rules_;
};

} // namespace pathlight
