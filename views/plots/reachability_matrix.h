#pragma once
// The reachability matrix: every source (VMs, on-premises hosts) against every destination (VMs,
// hosts, endpoints), each cell the model's verdict for that flow on the chosen protocol and
// port, coloured as on the canvas. Hover shows the details; a click asks for that flow.

#include "analysis/reachability.h"
#include "trace/trace_result.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPItemText;
class QComboBox;
class QLabel;
class QScrollArea;
class QSpinBox;

namespace pathlight {

class Network;

class ReachabilityMatrix : public QWidget {
    Q_OBJECT
public:
    explicit ReachabilityMatrix(QWidget* parent = nullptr);
    void setNetwork(std::shared_ptr<const Network> network);
    const QStringList& sources() const { return sources_; }
    const QStringList& destinations() const { return destinations_; }
    // The verdict of a cell (source row, destination column).
    const Trace& cell(int source, int destination) const;
    // The colour the plot paints for that cell.
    QColor cellColor(int source, int destination) const;
    QString cellDetails(int source, int destination) const;
    QCustomPlot* plot() const { return plot_; }
    // What the plot says when there is no row or no column ("nothing to check yet"); empty when
    // there are cells.
    QString emptyText() const;
    int port() const;
    // Computes now if the network changed while hidden.
    void ensureComputed();
    QString protocol() const;

signals:
    void cellClicked(const QString& source, const QString& destination, const QString& protocol, int port);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void recompute();
    bool stale_ = true;
    bool cellAt(const QPointF& pixel, int* source, int* destination) const;
    bool self(int source, int destination) const;   // Reachability::self
    int levelOf(int source, int destination) const; // the colour level of a cell
    std::shared_ptr<const Network> network_;
    QStringList sources_, destinations_;
    Reachability matrix_; // the model's rows, columns and cells, as last computed
    QCustomPlot* plot_;
    QCPColorMap* map_;
    QScrollArea* scroll_ = nullptr;
    static constexpr int kMinimumCell = 14; // pixels: a row stays a row
    void retranslate();
    QLabel* legend_ = nullptr;
    QCPItemText* emptyText_ = nullptr; // shown when there is no row or no column
    QLabel* protocolLabel_ = nullptr;
    QLabel* portLabel_ = nullptr;
    QComboBox* protocol_;
    QSpinBox* port_;
};

} // namespace pathlight
