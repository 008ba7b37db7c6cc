#pragma once
// The scenario gallery: the seven cases Pathlight was born from, each with a thumbnail rendered
// from the scenario itself, its title, the problem in two sentences and what it teaches, in the
// current language (texts in resources/scenarios/gallery.json, three languages each). It is
// File ▸ New from scenario and, with a few more buttons, the welcome screen.

#include <QDialog>

#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;

namespace pathlight {

struct Diagram;

struct ScenarioEntry {
    QString file; // a resource path (":/examples/…")
    QString title, problem, goal;
};

// The scale of a scenario's thumbnail: the whole diagram (its boxes, with a 10-unit margin), at
// most 1; below 0.15 (a design far larger than the scenarios) 0.15, centred on its VNets. Far
// away the canvas names its top-level boxes in a fixed size, so a whole drawing at 0.2 is a map
// with names; cut to stay above 0.3, five thumbnails lost their top or sides (newcomer walk).
double thumbnailScale(const Diagram& diagram);

// The gallery's scenarios in a language ("en", "ja", "zh_TW"; English where a text is missing).
std::vector<ScenarioEntry> loadGallery(const QString& language);

class ScenarioGallery : public QDialog {
    Q_OBJECT
public:
    ScenarioGallery(const QString& language, bool welcome, QWidget* parent = nullptr);
    QListWidget* list() const { return list_; }
    const std::vector<ScenarioEntry>& entries() const { return entries_; }
    QString detailText() const;
    // Opens the selected scenario (what the Open button and a double-click do).
    void openSelected();
    bool showAtStartup() const;

signals:
    void scenarioChosen(const QString& file);
    void openFileRequested();

private:
    void showDetails();
    std::vector<ScenarioEntry> entries_;
    QListWidget* list_;
    QLabel* details_;
    QCheckBox* atStartup_ = nullptr;
};

} // namespace pathlight
