#pragma once
// Helpers for model tests: topologies written as JSON in the test, loaded through the real reader.

#include "catalog/endpoint_catalog.h"
#include "io/topology_io.h"
#include "trace/network.h"
#include "trace/tracer.h"

#include <QString>
#include <QTest>

#include <memory>
#include <string>

namespace pathlight::test {

// Wraps the keys of a topology (without braces) into a v1 document.
inline std::string doc(const std::string& body) {
    return std::string(R"({"format": "pathlight.topology", "version": 1)") + (body.empty() ? "" : ", ") +
           body + "}";
}

inline std::string errorsOf(const LoadResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::Error) s += d.pointer + ": " + d.message.english() + "\n";
    return s;
}

// Loads or throws with the loader's errors (QVERIFY cannot be used in non-void helpers).
inline Topology load(const std::string& body) {
    LoadResult r = loadTopologyFromText(doc(body));
    if (!r.ok()) throw std::runtime_error("test topology does not load:\n" + errorsOf(r));
    return std::move(*r.topology);
}

inline std::shared_ptr<const Network> network(Topology t) {
    return Network::build(std::make_shared<const Topology>(std::move(t)),
                          std::make_shared<const EndpointCatalog>(EndpointCatalog::builtIn()));
}

inline std::shared_ptr<const Network> network(const std::string& body) {
    return network(load(body));
}

inline Trace trace(const Network& n, const std::string& from, const std::string& to, int port = 443,
                   Protocol protocol = Protocol::Tcp) {
    FlowSpec f;
    f.id = "t";
    f.source = from;
    f.destination = to;
    f.port = port;
    f.protocol = protocol;
    return traceFlow(n, f);
}

inline bool hasFinding(const Trace& t, const std::string& code) {
    for (const auto& f : t.findings)
        if (f.code == code) return true;
    return false;
}

inline QString describe(const Trace& t) {
    QString s = QString("verdict %1; hops:").arg(toString(t.verdict));
    for (const auto& h : t.hops)
        s += " " + QString::fromStdString(h.node);
    s += "; findings:";
    for (const auto& f : t.findings)
        s += " " + QString::fromStdString(f.code);
    return s;
}

inline std::string sourceDir() {
    return PATHLIGHT_SOURCE_DIR;
}

} // namespace pathlight::test
