#include "gui/open_windows.h"

#include "gui/main_window.h"

namespace pathlight {

QList<QPointer<MainWindow>> openWindows(const QStringList& files,
                                        const std::function<void(MainWindow&)>& prepare) {
    QList<QPointer<MainWindow>> opened;
    for (const QString& path : files) {
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        if (prepare) prepare(*window);
        if (!window->openFile(path)) {
            delete window;
            continue;
        }
        // Every window restores the geometry the last one closed had: cascade them.
        const int step = 32 * int(opened.size());
        window->move(window->pos() + QPoint(step, step));
        opened << window;
    }
    return opened;
}

} // namespace pathlight
