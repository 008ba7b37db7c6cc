#pragma once
// The selected flow's latency: one bar per link (its kind's assumed latency) and the cumulative
// line, hop by hop, from the model's hopLatencies. Assumptions are the document's (inspector,
// with nothing selected).

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace pathlight {

class Network;
struct Trace;

class LatencyChart : public QWidget {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget* parent = nullptr);
    // The trace's latencies on the network it was traced on; null clears the chart.
    void showTrace(const Network* network, const Trace* trace);
    QCustomPlot* plot() const { return plot_; }
    QCPGraph* cumulative() const { return cumulative_; }
    QCPBars* links() const { return links_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QCustomPlot* plot_;
    QCPBars* links_;
    QCPGraph* cumulative_;
};

} // namespace pathlight
