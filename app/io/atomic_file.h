#pragma once
// Saving a document the way a careful desktop program does, for the GUI and the CLI alike.

#include <QByteArray>
#include <QString>

namespace pathlight {

// Writes bytes to path through QSaveFile: a temporary file with a unique name in the target's
// folder (created 0600, so nobody else can read or swap it), the existing file's permissions
// kept, a symlinked document written through to its target (the link stays a link), fsync, then
// an atomic rename. Refuses, leaving everything as it was, a target that is a folder or whose
// owner may not write it (read-only even for root, who would otherwise override the mode).
// Returns an empty string, or the reason in the current language.
QString writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace pathlight
