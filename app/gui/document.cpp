#include "gui/document.h"

#include "io/topology_io.h"
#include "trace/tracer.h"
#include "validation/lints.h"

#include <QFile>
#include <QFileInfo>

namespace pathlight {

Document::Document(QObject* parent)
    : QObject(parent), catalog_(std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn())) {
    setTopology(Topology{}, {});
}

std::vector<Diagnostic> Document::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Diagnostic{
            Severity::Error, "UNREADABLE", "",
            Message{"LoadError", QT_TRANSLATE_NOOP("LoadError", "cannot open %1"), {path.toStdString()}}}};
    const LoadLimits limits;
    if (std::size_t(file.size()) > limits.maxBytes)
        return {Diagnostic{
            Severity::Error, "TOO_LARGE", "",
            Message{"LoadError",
                    QT_TRANSLATE_NOOP("LoadError", "the file is %1 bytes; files over %2 bytes are refused"),
                    {std::to_string(file.size()), std::to_string(limits.maxBytes)}}}};
    const QByteArray bytes = file.readAll();
    LoadResult result =
        loadTopologyFromText(std::string_view(bytes.constData(), std::size_t(bytes.size())), limits);
    if (!result.ok()) {
        std::vector<Diagnostic> errors;
        for (auto& d : result.diagnostics)
            if (d.severity == Severity::Error) errors.push_back(std::move(d));
        return errors;
    }
    loadWarnings_ = std::move(result.diagnostics);
    setTopology(std::move(*result.topology), path);
    return {};
}

void Document::setTopology(Topology topology, const QString& path) {
    path_ = path;
    network_ = Network::build(std::make_shared<const Topology>(std::move(topology)), catalog_);
    recompute();
}

void Document::recompute() {
    traces_.clear();
    for (const auto& f : network_->topology().flows) {
        try {
            traces_.push_back(traceFlow(*network_, FlowSpec::fromFlow(f)));
        } catch (const TraceInputError& e) {
            // The lint reports the unknown destination; the flow is listed without a trace.
            (void)e;
        }
    }
    diagnostics_ = loadWarnings_;
    for (auto& d : lintTopology(network_->topology(), *catalog_))
        diagnostics_.push_back(std::move(d));
    emit changed();
}

QString Document::displayName() const {
    if (path_.isEmpty()) return tr("Untitled");
    return QFileInfo(path_).fileName();
}

} // namespace pathlight
