#pragma once
// The open document: the topology, where it came from, and what the model says about it
// (lints, traces). Every change of topology recomputes the network and re-traces every flow.

#include "common/message.h"
#include "trace/network.h"
#include "trace/trace_result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace pathlight {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    // Loads a file (or a resource such as ":/examples/..."). On failure nothing changes and the
    // errors are returned; on success warnings are kept in diagnostics().
    std::vector<Diagnostic> load(const QString& path);
    void setTopology(Topology topology, const QString& path);

    const Topology& topology() const { return network_->topology(); }
    const std::shared_ptr<const Network>& network() const { return network_; }
    const std::vector<Trace>& traces() const { return traces_; }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    const QString& path() const { return path_; }
    bool isBuiltIn() const { return path_.startsWith(":/"); }
    QString displayName() const;

    static QString demoPath() { return QStringLiteral(":/examples/01-forced-tunneling-kms.pathlight.json"); }

signals:
    void changed();

private:
    void recompute();

    QString path_;
    std::shared_ptr<const EndpointCatalog> catalog_;
    std::shared_ptr<const Network> network_;
    std::vector<Trace> traces_;
    std::vector<Diagnostic> loadWarnings_;
    std::vector<Diagnostic> diagnostics_;
};

} // namespace pathlight
