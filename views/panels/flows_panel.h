#pragma once
// The flows of the document with their verdict, apparent source and expectation.

#include "trace/trace_result.h"

#include <QHash>
#include <QIcon>
#include <QTreeWidget>

#include <optional>
#include <string>
#include <vector>

namespace pathlight {

class FlowsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit FlowsPanel(QWidget* parent = nullptr);
    void setTraces(const std::vector<Trace>& traces);
    // Ids of the selected flows.
    QStringList selectedFlowIds() const;
    void selectFlow(const QString& id);

signals:
    void flowSelectionChanged();
    void newFlowRequested();
    void editFlowRequested(const QString& id);
    void removeFlowsRequested(const QStringList& ids);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QHash<int, QIcon> verdictIcons_; // by Verdict
    // What a row shows of its trace (an unchanged row is not touched after an edit).
    struct RowKey {
        std::string id, name, source, destination;
        Protocol protocol = Protocol::Any;
        int port = 0;
        Verdict verdict = Verdict::NoRoute;
        std::optional<Ipv4Address> apparentSource;
        std::string expect;
        static RowKey of(const Trace& t);
        bool shows(const Trace& t) const;
    };
    std::vector<std::optional<RowKey>> shown_; // what each row shows, by row (none: refill it)
};

} // namespace pathlight
