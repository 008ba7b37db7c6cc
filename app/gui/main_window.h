#pragma once
// Pathlight's main window: the canvas in the middle, flows, problems and the inspector in docks.

#include <QMainWindow>

class QLabel;

namespace pathlight {

class Document;
class FlowsPanel;
class InspectorPanel;
class ProblemsPanel;
class TopologyScene;
class TopologyView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens a file; on failure shows the errors (with their JSON pointers) and keeps the
    // current document. Returns whether it opened.
    bool openFile(const QString& path);
    Document* document() const { return document_; }
    TopologyScene* scene() const { return scene_; }
    TopologyView* view() const { return view_; }
    FlowsPanel* flowsPanel() const { return flows_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void refresh();
    void showSelectedFlows();
    void showSelection();
    void chooseFile();

    Document* document_;
    TopologyScene* scene_;
    TopologyView* view_;
    FlowsPanel* flows_;
    ProblemsPanel* problems_;
    InspectorPanel* inspector_;
    QLabel* status_;
};

} // namespace pathlight
