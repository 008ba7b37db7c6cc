#pragma once
// Several files at once (`pathlight a.pathlight.json b.pathlight.json`, or a file manager handing
// the desktop entry several files): each file in a window of its own.

#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace pathlight {

class MainWindow;

// Opens each of `files` in a new main window, in that order, and returns the windows whose file
// opened (a window deletes itself when closed; none is shown yet). `prepare` is called on each
// window before its file is opened: the caller sets there how the window reports load errors and
// answers its questions. A file that cannot be opened gets no window: its errors were reported.
// Each window after the first is placed a little lower and to the right, so none hides another.
QList<QPointer<MainWindow>> openWindows(const QStringList& files,
                                        const std::function<void(MainWindow&)>& prepare);

} // namespace pathlight
