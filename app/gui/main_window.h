#pragma once
// Pathlight's main window: the canvas in the middle, flows, problems and the inspector in docks.

#include <QMainWindow>

#include "edit/topology_patch.h"
#include "topology/topology_index.h"

#include <nlohmann/json.hpp>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QTimer;

namespace pathlight {

class Document;
struct Fix;
class FlowsPanel;
class HopsPanel;
class PalettePanel;
class InspectorPanel;
class ImportReportPanel;
class ComparisonPanel;
class ProblemsPanel;
class RuleSetEditor;
class FirewallPolicyEditor;
class LoadBalancerEditor;
class ObjectEditor;
class StepBar;
class EffectiveView;
class LatencyChart;
class ReachabilityMatrix;
class ChallengeDialog;
class ScenarioGallery;
class FlowDialog;
class TopologyScene;
class TopologyView;
class LiveImportDialog;
namespace armimport {
struct ImportResult;
}
namespace live {
struct ArmClientSettings;
struct LiveScope;
class LiveImport;
} // namespace live

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a file; on failure shows the errors (with their JSON pointers) and keeps the
    // current document. Returns whether it opened. Unsaved changes are asked about first, unless
    // the caller has asked already (`askFirst` false).
    bool openFile(const QString& path, bool askFirst = true);
    Document* document() const { return document_; }
    TopologyScene* scene() const { return scene_; }
    TopologyView* view() const { return view_; }
    FlowsPanel* flowsPanel() const { return flows_; }
    ProblemsPanel* problemsPanel() const { return problems_; }
    HopsPanel* hopsPanel() const { return hops_; }

    // Loads Microsoft's service tag file (ServiceTags_*.json), keeps a copy in the user's data
    // directory for the next start, and traces again. On failure shows the errors and changes
    // nothing. Returns whether it loaded.
    bool loadServiceTags(const QString& path);

    bool saveDocument();
    bool saveDocumentAs(const QString& path);
    // Writes the diagram as PNG, SVG or PDF, by the file's extension. Returns the error, if any.
    QString exportDiagram(const QString& path);
    // Writes the report of every flow: HTML (diagram embedded) or Markdown (diagram as a PNG
    // beside it), by the extension. Returns the error, if any.
    QString exportReport(const QString& path);
    // Verifies the fix against every flow, asks when it breaks one, and applies it as one undo step.
    // By value: the fix and flow id may live in a panel that the applied change rebuilds.
    bool applyFix(Fix fix, QString flowId);
    // Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    // Places a new object of this kind at a canvas point, inside `container` (one undo step).
    // Returns the new id, or empty with the reason in the status bar.
    QString placeObject(const QString& kind, const QPointF& at, const QString& container);
    PalettePanel* palettePanel() const { return palette_; }
    // Connects two objects (peering, connection, attachment, BGP peer) as one undo step; refused
    // pairs leave the reason in the status bar. Returns whether it connected them.
    bool connectObjects(const QString& from, const QString& to);
    // Deletes the selected objects as one undo step, with what depends on them (a VNet's subnets
    // and VMs, its peerings, flows from them); the status bar says what went along.
    bool deleteSelection();
    // Clipboard: the selection as a Pathlight fragment (and as JSON text); pasting gives fresh
    // ids and addresses. Each returns the new ids (or whether it copied).
    bool copySelection();
    bool cutSelection();
    QStringList pasteClipboard();
    QStringList duplicateSelection();
    // Lines up the selected boxes (one undo step).
    void alignSelection(Qt::Alignment how);
    static constexpr const char* kClipboardMimeType = "application/x-pathlight-objects";
    // Opens the rule editor of an NSG ("nsgs") or route table ("routeTables"); its Apply is one
    // undo step. Returns the dialog (shown, not modal), or null when there is no such object.
    RuleSetEditor* editRuleSet(ObjectKind kind, const QString& id); // Nsg or RouteTable
    // The policy editor of an Azure Firewall; nullptr when `id` is no firewall.
    FirewallPolicyEditor* editFirewallPolicy(const QString& id);
    // The frontends, pools and rules of a load balancer; nullptr when `id` is no load balancer.
    LoadBalancerEditor* editLoadBalancer(const QString& id);
    // Creates an NSG, route table or NAT gateway and associates it at `path` of object `id`.
    QString createAssociation(const QString& id, const QString& path, ObjectKind kind);
    // Flows: a dialog to create one (optionally from/to given objects) or edit one; OK applies
    // as one undo step (or shows the file's errors and stays open). Returns the dialog.
    FlowDialog* newFlow(const QString& source = {}, const QString& destination = {});
    FlowDialog* editFlow(const QString& id);
    bool removeFlows(const QStringList& ids);
    // Teaching: the step-through bar, presenter mode (F5: docks hidden, large text, arrow keys
    // step) and challenge mode (predict, then see).
    StepBar* stepBar() const { return stepBar_; }
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return presenter_; }
    ChallengeDialog* startChallenge();
    // Effective routes and security rules of a NIC, VM (its primary NIC) or subnet.
    EffectiveView* showEffectiveView(const QString& id);
    // The flow with these ends (from the reachability matrix): selects it, adding it first when
    // the document does not have it. Returns its id.
    QString showFlowBetween(const QString& source, const QString& destination, const QString& protocol,
                            int port);
    ReachabilityMatrix* reachabilityMatrix() const { return matrix_; }
    LatencyChart* latencyChart() const { return latency_; }
    // The interface language ("en", "ja", "zh_TW"; "" follows the system), switched at run time
    // and remembered.
    void setLanguage(const QString& code);
    // Help ▸ Keyboard shortcuts: {action, keys} for every action with a shortcut, each once; and
    // the same as text, one "action<TAB>keys" line each.
    QList<QStringList> shortcutRows() const;
    QString shortcutsText() const;
    QString language() const { return language_; }
    // File ▸ New from scenario, or (welcome) the start screen with the same gallery.
    ScenarioGallery* showGallery(bool welcome = false);
    // Selects an object on the canvas and brings the inspector forward.
    void inspectObject(const QString& id);
    // Offers every recovery copy found on disk but the open document's (at start-up and from
    // File ▸ Recover unsaved work). Returns false when there is none.
    bool offerRecoveries();
    // How often the document is autosaved to its recovery copy (default: every minute).
    void setAutosaveInterval(int milliseconds);
    // Applies the inspector's JSON for an object; returns the errors shown.
    QStringList applyInspectorEdit(const QString& id, const QString& json);
    // File ▸ Import from Azure files / folder: imports the files and folders (model/import), shows
    // the report in its dock and the result, with its suggested checks as flows, as a new
    // document in one undo step. On unusable input the errors go to reportLoadErrors and the
    // document stays. Returns whether it imported.
    bool importAzureFiles(const QStringList& inputs);
    // File ▸ Import from Azure… (main_window_live_import.cpp): reads `scope` from Azure Resource
    // Manager in the background (app/live; progress with cancel, the window stays usable), maps
    // it off the GUI thread, then shows it as importAzureFiles does. Returns at once;
    // liveImportFinished follows. The token is held by the fetch only and wiped after it.
    void startLiveImport(const live::ArmClientSettings& settings, QByteArray token,
                         const live::LiveScope& scope);
    bool liveImportRunning() const { return liveImport_ != nullptr; }
    // File ▸ Update service tags from Azure… (main_window_service_tags.cpp): the Service Tag
    // Discovery API read with the live import's token, kept and applied as loadServiceTags does.
    // Returns at once; serviceTagsRead follows.
    void readLiveServiceTags(const live::ArmClientSettings& settings, QByteArray token,
                             const QString& subscription);
    // The dialog File ▸ Import from Azure… shows; tests fill and accept it (defaults to exec()).
    std::function<int(LiveImportDialog& dialog)> runLiveImportDialog;
    ImportReportPanel* importReportPanel() const { return importReport_; }
    // File ▸ Compare with…: the design (this document) against another topology file; the
    // differences go to the Comparison dock and changed or removed objects are marked on the
    // canvas. Returns whether the file could be used (errors go to reportLoadErrors).
    bool compareWith(const QString& path);
    ComparisonPanel* comparisonPanel() const { return comparison_; }
    // Arrange ▸ Automatic layout: forgets every position, so Graphviz places everything again
    // (one undo step). False when nothing was placed by hand.
    bool automaticLayout();

    // Questions the window asks; tests replace them (defaults show message boxes).
    std::function<int(const QString& name)> askUnsaved;  // QMessageBox::Save, Discard or Cancel
    std::function<bool(const QString& when)> askRecover; // recover the autosaved copy?
    // Which autosaved copy to recover (index into the descriptions), or -1 for none now.
    std::function<int(const QStringList& copies)> chooseRecovery;
    std::function<bool(const QStringList& broken)> askApplyBrokenFix;
    std::function<void(const QString& path, const QStringList& errors)> reportLoadErrors; // pointer: message

signals:
    // A live import ended: imported (a new document), or canceled or refused (the document stays).
    void liveImportFinished(bool imported);
    void serviceTagsRead(bool loaded);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void nameObjectsFromThisDocument();
    void showQuickStart();
    void showShortcuts();
    // Why the flow dialog's flow (its JSON) could not be traced, translated; empty when it can.
    QString untraceable(const Json& flow) const;
    TopologyPatch withContainment(const TopologyPatch& patch) const;
    Json copiedWithPositions(const std::vector<Id>& chosen) const;
    void showEvent(QShowEvent* event) override;

private:
    bool statusShowsFlow_ = false; // the status bar's message is the shown flow's verdict
    // Shows an NSG, route table, firewall policy or load balancer editor, and applies what it
    // hands back as one undo step (main_window_editing.cpp).
    void showObjectEditor(ObjectEditor* editor);
    void applyEditedObject(ObjectEditor* editor, const QString& id, const QString& json);
    void createActions();
    void retranslate();
    void refresh();
    void showSelectedFlows();
    void showSelection();
    void chooseFile();
    void chooseImport(bool folder);
    void chooseLiveImport();
    void chooseLiveServiceTags();
    // The token the dialog's choice gives (the Azure CLI asked asynchronously); `then` runs with
    // it, or the reason goes to reportLoadErrors.
    void withLiveToken(LiveImportDialog& dialog, const QUrl& endpoint, std::function<void(QByteArray)> then);
    // An import's result as a new document with its report (files and live alike); on unusable
    // input the errors (and the notes saying why) go to reportLoadErrors under `what`.
    bool adoptImport(armimport::ImportResult result, const QString& what, const QString& title);
    void chooseCompare();
    // Service tags (main_window_service_tags.cpp): the stored file at start, a new one chosen.
    void loadStoredServiceTags();
    void chooseServiceTags();
    QString serviceTagsSummary() const;
    // Empties and hides the Import report (another document is shown).
    void forgetImportReport();
    void markComparisonOnCanvas();
    void chooseSaveAs();
    void chooseExport();
    void chooseReport();
    void printDiagram();
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();
    void updateTitle();
    void moveBoxes(const QList<QPair<QString, QRectF>>& moved);
    void markLintsOnCanvas();
    QStringList pasteFragment(const nlohmann::ordered_json& fragment, double offset,
                              std::function<QString()> text);

    Document* document_;
    TopologyScene* scene_;
    TopologyView* view_;
    FlowsPanel* flows_;
    ProblemsPanel* problems_;
    HopsPanel* hops_;
    PalettePanel* palette_;
    InspectorPanel* inspector_;
    ImportReportPanel* importReport_;
    live::LiveImport* liveImport_ = nullptr; // the live import running, if any
    ComparisonPanel* comparison_;
    QString comparedPath_;    // the other topology of the comparison shown, if any
    int comparedAtStep_ = -1; // the undo index the comparison was made at
    void restoreFocus();      // the window and its canvas, after a dialog
    QLabel* status_;
    QLabel* connectIndicator_ = nullptr; // shown while Edit ▸ Connect objects is on
    QLabel* zoomIndicator_ = nullptr;    // the canvas's zoom, in the status bar
    QAction* connectAction_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QTimer* autosave_;
    bool shownOnce_ = false;
    StepBar* stepBar_;
    LatencyChart* latency_;
    ReachabilityMatrix* matrix_;
    bool presenter_ = false;
    QByteArray statePresenterLeft_;
    QList<QAction*> presenterKeys_;
    QAction* presenterAction_ = nullptr;
    QStringList broughtIntoView_; // the flows last brought into sight (showSelectedFlows)
    QString hiddenFlow_;          // challenge: the flow whose answer is not shown yet
    QString language_;
    QString inspected_;             // the object the inspector showed last
    QList<QAction*> windowActions_; // actions owned by the window itself, rebuilt with the menus
    bool aligning_ = false;
    int pasteCount_ = 0; // successive pastes land side by side
};

} // namespace pathlight
