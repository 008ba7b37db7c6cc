#include "plots/reachability_matrix.h"

#include "analysis/reachability.h"
#include "canvas/topology_scene.h"
#include "text/message_text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace pathlight {

namespace {

constexpr Verdict kVerdicts[] = {Verdict::Delivered, Verdict::Denied, Verdict::Rejected,  Verdict::NoRoute,
                                 Verdict::Dropped,   Verdict::Loop,   Verdict::Asymmetric};
constexpr int kVerdictCount = 7;
// The level after the verdicts: a workload to itself (Reachability::self), drawn grey.
constexpr int kSelfLevel = kVerdictCount;
constexpr int kLevels = kVerdictCount + 1;
const QColor kSelfColor(0xd0, 0xd0, 0xd0);

int verdictIndex(Verdict v) {
    for (int i = 0; i < kVerdictCount; ++i)
        if (kVerdicts[i] == v) return i;
    return 0;
}

} // namespace

ReachabilityMatrix::ReachabilityMatrix(QWidget* parent)
    : QWidget(parent), plot_(new QCustomPlot), protocol_(new QComboBox), port_(new QSpinBox) {
    setObjectName("ReachabilityMatrix");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* controls = new QHBoxLayout;
    protocolLabel_ = new QLabel;
    controls->addWidget(protocolLabel_);
    protocol_->addItems({"Tcp", "Udp", "Icmp"});
    controls->addWidget(protocol_);
    portLabel_ = new QLabel;
    controls->addWidget(portLabel_);
    port_->setRange(0, 65535);
    port_->setValue(443);
    controls->addWidget(port_);
    controls->addStretch();
    layout->addLayout(controls);
    // The legend: one swatch per verdict, on a line of its own that wraps between entries (in the
    // controls' row a narrow panel cut "asymmetric": newcomer walk).
    legend_ = new QLabel;
    legend_->setWordWrap(true);
    legend_->setObjectName("ReachabilityLegend");
    layout->addWidget(legend_);
    // At least kMinimumCell pixels a cell: 40 rows stay rows, in a scroll area when the panel is
    // smaller than that.
    scroll_ = new QScrollArea;
    scroll_->setWidget(plot_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll_, 1);
    // The plot takes wheel events and does nothing with them: the panel scrolls instead (only the
    // scroll bar's arrows moved it: newcomer walk).
    plot_->installEventFilter(this);

    map_ = new QCPColorMap(plot_->xAxis, plot_->yAxis);
    emptyText_ = new QCPItemText(plot_);
    emptyText_->position->setType(QCPItemPosition::ptAxisRectRatio);
    emptyText_->position->setCoords(0.5, 0.5);
    emptyText_->setTextAlignment(Qt::AlignCenter);
    emptyText_->setVisible(false);
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (int i = 0; i < kVerdictCount; ++i)
        gradient.setColorStopAt(double(i) / (kLevels - 1), TopologyScene::verdictColor(kVerdicts[i]));
    gradient.setColorStopAt(1.0, kSelfColor);
    gradient.setLevelCount(kLevels);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    map_->setGradient(gradient);
    map_->setInterpolate(false);
    map_->setTightBoundary(false); // whole cells at the edges too
    plot_->xAxis->setTickLabelRotation(40);
    retranslate();
    plot_->yAxis->setRangeReversed(true); // the first source on top, as a table reads
    plot_->setMouseTracking(true);
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        int s = 0, d = 0;
        if (cellAt(event->position(), &s, &d))
            QToolTip::showText(event->globalPosition().toPoint(), cellDetails(s, d), plot_);
        else
            QToolTip::hideText();
    });
    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        int s = 0, d = 0;
        if (event->button() == Qt::LeftButton && cellAt(event->position(), &s, &d) && !self(s, d))
            emit cellClicked(sources_[s], destinations_[d], protocol(), port());
    });
    connect(port_, &QSpinBox::valueChanged, this, &ReachabilityMatrix::recompute);
    connect(protocol_, &QComboBox::currentIndexChanged, this, &ReachabilityMatrix::recompute);
}

void ReachabilityMatrix::retranslate() {
    protocolLabel_->setText(tr("Protocol"));
    portLabel_->setText(tr("Port"));
    QStringList entries;
    for (int i = 0; i < kVerdictCount; ++i) // non-breaking inside an entry, breakable between
        entries << QString("<span style='color:%1'>■</span>&nbsp;%2")
                       .arg(TopologyScene::verdictColor(kVerdicts[i]).name(),
                            displayVerdict(kVerdicts[i]).toHtmlEscaped().replace(' ', "&nbsp;"));
    legend_->setText(entries.join(" &nbsp; "));
    emptyText_->setText(tr("Nothing to check yet.\nAdd VMs or sites: each row is a source, each column a "
                           "destination."));
    plot_->yAxis->setLabel(tr("Source"));
}

bool ReachabilityMatrix::eventFilter(QObject* watched, QEvent* event) {
    if (watched == plot_ && event->type() == QEvent::Wheel) {
        QCoreApplication::sendEvent(scroll_->verticalScrollBar(), event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ReachabilityMatrix::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        stale_ = true; // the axis label says how much is shown
        if (isVisible()) recompute();
    }
    QWidget::changeEvent(event);
}

int ReachabilityMatrix::port() const {
    return port_->value();
}

QString ReachabilityMatrix::protocol() const {
    return protocol_->currentText();
}

void ReachabilityMatrix::setNetwork(std::shared_ptr<const Network> network) {
    network_ = std::move(network);
    // Every cell is a trace: only worth it while someone looks (edits re-trace otherwise).
    stale_ = true;
    if (isVisible()) recompute();
}

void ReachabilityMatrix::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_) recompute();
}

void ReachabilityMatrix::ensureComputed() {
    if (stale_) recompute();
}

QString ReachabilityMatrix::emptyText() const {
    return emptyText_->visible() ? emptyText_->text() : QString();
}

const Trace& ReachabilityMatrix::cell(int s, int d) const {
    return matrix_.cells.at(std::size_t(s) * matrix_.destinations.size() + std::size_t(d));
}

QColor ReachabilityMatrix::cellColor(int s, int d) const {
    return QColor::fromRgb(map_->gradient().color(map_->data()->cell(d, s), map_->dataRange()));
}

bool ReachabilityMatrix::self(int s, int d) const {
    return matrix_.self(std::size_t(s), std::size_t(d)); // the model says which cells are
}

QString ReachabilityMatrix::cellDetails(int s, int d) const {
    if (self(s, d))
        return tr("%1 to itself: the packet does not leave the machine, so no route or NSG applies.")
            .arg(objectText(sources_[s].toStdString()));
    const Trace& t = cell(s, d);
    QString text = tr("%1 → %2 (%3/%4): %5")
                       .arg(objectText(sources_[s].toStdString()), objectText(destinations_[d].toStdString()),
                            protocol(), QString::number(port()),
                            displayVerdict(t.verdict)); // one arg() call: names may hold "%1"
    if (t.verdict == Verdict::Delivered && t.apparentSource)
        text += "\n" + tr("seen as %1").arg(QString::fromStdString(t.apparentSource->toString()));
    for (const auto& f : t.findings)
        if (f.severity == Severity::Error) {
            text += "\n" + displayText(f.message);
            break;
        }
    return text + "\n" + tr("Click to show this flow");
}

int ReachabilityMatrix::levelOf(int s, int d) const {
    return self(s, d) ? kSelfLevel : verdictIndex(cell(s, d).verdict);
}

bool ReachabilityMatrix::cellAt(const QPointF& pixel, int* s, int* d) const {
    if (sources_.isEmpty() || destinations_.isEmpty()) return false;
    const int x = int(std::lround(plot_->xAxis->pixelToCoord(pixel.x())));
    const int y = int(std::lround(plot_->yAxis->pixelToCoord(pixel.y())));
    if (x < 0 || y < 0 || x >= destinations_.size() || y >= sources_.size()) return false;
    *s = y;
    *d = x;
    return true;
}

void ReachabilityMatrix::recompute() {
    stale_ = false;
    sources_.clear();
    destinations_.clear();
    matrix_ = {};
    if (!network_) return;
    // The model chooses the rows and columns and answers every cell; the matrix only draws.
    const Protocol protocol = protocol_->currentText() == "Udp"    ? Protocol::Udp
                              : protocol_->currentText() == "Icmp" ? Protocol::Icmp
                                                                   : Protocol::Tcp;
    matrix_ = reachabilityMatrix(*network_, protocol, port_->value());
    const Reachability& r = matrix_;
    for (const Id& id : r.sources)
        sources_ << QString::fromStdString(id);
    for (const Id& id : r.destinations)
        destinations_ << QString::fromStdString(id);
    plot_->xAxis->setLabel(r.destinationsTruncated
                               ? tr("Destination (the first %1)").arg(r.destinations.size())
                               : tr("Destination"));
    const int nx = int(destinations_.size()), ny = int(sources_.size());
    // QCPColorMap spans its range from the first cell's centre to the last's: one row or column
    // would have no extent, so it is drawn as two half cells of the same verdict.
    const int kx = std::max(2, nx), ky = std::max(2, ny);
    map_->data()->setSize(kx, ky);
    map_->data()->setRange(nx > 1 ? QCPRange(0, nx - 1) : QCPRange(-0.25, 0.25),
                           ny > 1 ? QCPRange(0, ny - 1) : QCPRange(-0.25, 0.25));
    for (int s = 0; s < ky; ++s)
        for (int d = 0; d < kx; ++d)
            map_->data()->setCell(d, s, !nx || !ny ? 0 : levelOf(std::min(s, ny - 1), std::min(d, nx - 1)));
    map_->setVisible(nx > 0 && ny > 0);
    emptyText_->setVisible(nx == 0 || ny == 0); // bare axes said nothing (newcomer walk)
    plot_->xAxis->setVisible(nx > 0 && ny > 0); // no bare axes around the sentence
    plot_->yAxis->setVisible(nx > 0 && ny > 0);
    plot_->setMinimumSize(nx * kMinimumCell + 200, nx && ny ? ny * kMinimumCell + 140 : 60);
    map_->setDataRange(QCPRange(0, kLevels - 1));
    QSharedPointer<QCPAxisTickerText> xTicks(new QCPAxisTickerText), yTicks(new QCPAxisTickerText);
    for (int d = 0; d < nx; ++d)
        xTicks->addTick(d, objectLabel(destinations_[d].toStdString())); // names, as on the canvas
    for (int s = 0; s < ny; ++s)
        yTicks->addTick(s, objectLabel(sources_[s].toStdString()));
    plot_->xAxis->setTicker(xTicks);
    plot_->yAxis->setTicker(yTicks);
    plot_->xAxis->setRange(-0.5, nx - 0.5);
    plot_->yAxis->setRange(-0.5, ny - 0.5);
    plot_->replot();
}

} // namespace pathlight
