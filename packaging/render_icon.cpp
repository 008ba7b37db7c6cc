// pathlight-render-icon: renders an SVG icon to a square PNG of the given size, for the hicolor
// icon theme (build time only, never installed). Usage: pathlight-render-icon IN.svg SIZE OUT.png
// Exit 0 when the PNG was written, 2 with the reason on stderr otherwise.

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine has no display
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool sized = false;
    const int size = args.size() == 4 ? args[2].toInt(&sized) : 0;
    if (!sized || size < 1 || size > 4096) {
        std::fprintf(stderr, "usage: pathlight-render-icon IN.svg SIZE(1-4096) OUT.png\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "%s: not a readable SVG\n", qPrintable(args[1]));
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(args[3], "PNG")) {
        std::fprintf(stderr, "%s: cannot be written\n", qPrintable(args[3]));
        return 2;
    }
    return 0;
}
