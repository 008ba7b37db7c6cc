#include "canvas/scene_export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QSvgGenerator>

namespace pathlight {

namespace {
QRectF area(QGraphicsScene* scene) {
    return scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
}
QString tr(const char* text) {
    return QCoreApplication::translate("Export", text);
}
} // namespace

QString exportPng(QGraphicsScene* scene, const QString& path, double scale) {
    const QRectF source = area(scene);
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return tr("the drawing is too large for an image");
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    return image.save(path, "PNG") ? QString() : tr("cannot write %1").arg(path);
}

QString exportSvg(QGraphicsScene* scene, const QString& path, const QString& title) {
    const QRectF source = area(scene);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title);
    svg.setDescription(tr("Exported by Pathlight"));
    QPainter painter;
    if (!painter.begin(&svg)) return tr("cannot write %1").arg(path);
    scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return QFileInfo(path).size() > 0 ? QString() : tr("cannot write %1").arg(path);
}

QString exportPdf(QGraphicsScene* scene, const QString& path, const QString& title) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(title);
    printer.setPageOrientation(QPageLayout::Landscape);
    printScene(scene, &printer);
    return QFileInfo(path).size() > 0 ? QString() : tr("cannot write %1").arg(path);
}

void printScene(QGraphicsScene* scene, QPrinter* printer) {
    QPainter painter(printer);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    scene->render(&painter, QRectF(QPointF(0, 0), page.size()), area(scene), Qt::KeepAspectRatio);
}

} // namespace pathlight
