#pragma once
// Helpers for GUI tests: what the window's document says about a flow.

#include "advice/fix_advisor.h"
#include "gui/document.h"
#include "gui/main_window.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace pathlight::test {

// The first applicable fix of the flow's findings, or an empty fix.
inline Fix firstFixOf(MainWindow& w, const std::string& flowId) {
    for (const auto& t : w.document()->traces())
        if (t.flowId == flowId)
            for (const auto& f : t.findings)
                for (auto& fix : fixesFor(*w.document()->network(), t, f))
                    if (fix.applicable()) return fix;
    return {};
}

inline QString verdictOf(MainWindow& w, const std::string& flowId) {
    for (const auto& t : w.document()->traces())
        if (t.flowId == flowId) return toString(t.verdict);
    return {};
}

// A writable copy of a built-in example in dir.
inline QString copyOf(QTemporaryDir& dir, const char* example) {
    const QString path = dir.filePath(QString(example) + ".pathlight.json");
    QFile::copy(QString(":/examples/%1.pathlight.json").arg(example), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace pathlight::test
