#pragma once
// Where the GUI keeps the service tag file the user chose (File ▸ Update service tags from
// file…): a copy in the user's data directory, read again at every start. The file is
// Microsoft's ServiceTags_*.json (catalog/service_tags.h); nothing is fetched from the network here.

#include "catalog/service_tags.h"

#include <QDateTime>
#include <QString>

namespace pathlight {

// <data dir>/service-tags.json (QStandardPaths::AppDataLocation).
QString storedServiceTagsPath();

// Reads and parses a tag file (at most 64 MB; a bigger one is refused before it is read).
// Unreadable files give an error diagnostic with code SERVICE_TAGS_UNREADABLE.
ServiceTagRead readServiceTagsFile(const QString& path);

// Copies the file the user chose into the data directory, atomically (QSaveFile). Returns the
// error text, empty on success.
QString storeServiceTags(const QString& chosenPath);
// The same for tags read from the Service Tag Discovery API (their JSON text).
QString storeServiceTagsText(const QByteArray& text);

// The stored copy's time (what the GUI shows as "loaded on"); invalid when there is none.
QDateTime storedServiceTagsTime();

} // namespace pathlight
