#include "panels/scenario_gallery.h"

#include "canvas/diagram.h"
#include "canvas/topology_scene.h"
#include "io/topology_io.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pathlight {

namespace {

QString inLanguage(const QJsonObject& texts, const QString& language) {
    const QString text = texts.value(language).toString();
    return text.isEmpty() ? texts.value("en").toString() : text;
}

constexpr QSize kThumbnail(280, 170);

} // namespace

double thumbnailScale(const Diagram& diagram) {
    QRectF all;
    for (const DiagramBox& box : diagram.boxes)
        all |= box.rect;
    all.adjust(-10, -10, 10, 10);
    const double fit =
        std::min((kThumbnail.width() - 12) / all.width(), (kThumbnail.height() - 12) / all.height());
    return std::clamp(fit, 0.15, 1.0);
}

namespace {

// The scenario's own diagram, small.
QPixmap thumbnail(const QString& file) {
    QPixmap pixmap(kThumbnail);
    pixmap.fill(QColor(250, 251, 252));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return pixmap;
    const QByteArray bytes = f.readAll();
    const LoadResult loaded =
        loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!loaded.ok()) return pixmap;
    TopologyScene scene;
    scene.setStrictOverview(true);
    scene.setDiagram(buildDiagram(*loaded.topology));
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // Whole (thumbnailScale); a design too large for that is centred on the Azure side (the
    // VNets), where the scenario happens.
    const QRectF target(6, 6, kThumbnail.width() - 12, kThumbnail.height() - 12);
    // The boxes, as thumbnailScale measures them (the items' bounds reach further, so a drawing
    // that fitted whole was centred on its VNets and cut at the sides).
    QRectF all;
    for (const DiagramBox& box : scene.diagram().boxes)
        all |= box.rect;
    all.adjust(-10, -10, 10, 10);
    QRectF vnets;
    for (const DiagramBox& box : scene.diagram().boxes)
        if (box.kind == BoxKind::Vnet) vnets |= box.rect;
    const double scale = thumbnailScale(scene.diagram());
    QRectF source(QPointF(), target.size() / scale);
    source.moveCenter(scale > std::min(target.width() / all.width(), target.height() / all.height()) + 1e-9 &&
                              !vnets.isEmpty()
                          ? vnets.center()
                          : all.center());
    scene.render(&painter, target, source);
    painter.setPen(QColor(200, 206, 214));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return pixmap;
}

} // namespace

std::vector<ScenarioEntry> loadGallery(const QString& language) {
    std::vector<ScenarioEntry> out;
    QFile file(":/scenarios/gallery.json");
    if (!file.open(QIODevice::ReadOnly)) return out;
    const QJsonArray scenarios =
        QJsonDocument::fromJson(file.readAll()).object().value("scenarios").toArray();
    for (const auto& value : scenarios) {
        const QJsonObject s = value.toObject();
        out.push_back({s.value("file").toString(), inLanguage(s.value("title").toObject(), language),
                       inLanguage(s.value("problem").toObject(), language),
                       inLanguage(s.value("goal").toObject(), language)});
    }
    return out;
}

ScenarioGallery::ScenarioGallery(const QString& language, bool welcome, QWidget* parent)
    : QDialog(parent), entries_(loadGallery(language)), list_(new QListWidget), details_(new QLabel) {
    setObjectName(welcome ? "WelcomeScreen" : "ScenarioGallery");
    setWindowTitle(welcome ? tr("Welcome to Pathlight") : tr("New from scenario"));
    resize(980, 640);
    auto* layout = new QVBoxLayout(this);
    if (welcome) {
        auto* intro =
            new QLabel(tr("<h2>Welcome to Pathlight</h2><p>Draw a hybrid Azure network and see where "
                          "each flow goes: the route at every hop, each NSG decision, the address the "
                          "destination sees, and what to change. The demo (scenario 1) is open behind "
                          "this window; or start from one of the cases Pathlight was born from.</p>"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    list_->setViewMode(QListView::IconMode);
    list_->setIconSize(kThumbnail);
    // A cell holds its whole thumbnail and two lines of title: the grid was narrower than the
    // thumbnail, so each one was cut and the next one's edge showed beside it.
    list_->setGridSize(
        QSize(kThumbnail.width() + 16, kThumbnail.height() + 3 * fontMetrics().lineSpacing() + 12));
    list_->setResizeMode(QListView::Adjust);
    list_->setMovement(QListView::Static);
    list_->setWordWrap(true);
    list_->setSpacing(4);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        auto* item = new QListWidgetItem(QIcon(thumbnail(entries_[i].file)),
                                         QString("%1. %2").arg(i + 1).arg(entries_[i].title), list_);
        item->setData(Qt::UserRole, entries_[i].file);
        item->setToolTip(entries_[i].problem);
    }
    auto* body = new QHBoxLayout;
    body->addWidget(list_, 3);
    details_->setWordWrap(true);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setMinimumWidth(280);
    details_->setTextFormat(Qt::RichText);
    body->addWidget(details_, 1);
    layout->addLayout(body, 1);

    auto* buttons = new QDialogButtonBox;
    QPushButton* open = buttons->addButton(tr("&Open scenario"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    if (welcome) {
        QPushButton* file = buttons->addButton(tr("Open a &file…"), QDialogButtonBox::ActionRole);
        connect(file, &QPushButton::clicked, this, [this] {
            accept();
            emit openFileRequested();
        });
        buttons->addButton(tr("&Start with the demo"), QDialogButtonBox::RejectRole);
        atStartup_ = new QCheckBox(tr("Show this window at startup"));
        atStartup_->setChecked(QSettings().value("welcome/show", true).toBool());
        connect(atStartup_, &QCheckBox::toggled, this,
                [](bool on) { QSettings().setValue("welcome/show", on); });
        layout->addWidget(atStartup_);
    } else {
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScenarioGallery::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list_, &QListWidget::itemDoubleClicked, this, &ScenarioGallery::openSelected);
    connect(list_, &QListWidget::currentRowChanged, this, &ScenarioGallery::showDetails);
    list_->setCurrentRow(0);
    showDetails();
}

void ScenarioGallery::showDetails() {
    const int row = list_->currentRow();
    if (row < 0 || row >= int(entries_.size())) {
        details_->clear();
        return;
    }
    const ScenarioEntry& e = entries_[std::size_t(row)];
    details_->setText("<h3>" + e.title.toHtmlEscaped() + "</h3><p><b>" + tr("The problem").toHtmlEscaped() +
                      "</b><br>" + e.problem.toHtmlEscaped() + "</p><p><b>" +
                      tr("What you will learn").toHtmlEscaped() + "</b><br>" + e.goal.toHtmlEscaped() +
                      "</p>");
}

QString ScenarioGallery::detailText() const {
    return details_->text();
}

bool ScenarioGallery::showAtStartup() const {
    return atStartup_ && atStartup_->isChecked();
}

void ScenarioGallery::openSelected() {
    const int row = list_->currentRow();
    if (row < 0 || row >= int(entries_.size())) return;
    accept();
    emit scenarioChosen(entries_[std::size_t(row)].file);
}

} // namespace pathlight
