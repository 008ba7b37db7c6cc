#pragma once
// Exports the diagram (with the paths shown) as PNG, SVG or PDF, or prints it.

#include <QString>

class QGraphicsScene;
class QPrinter;

namespace pathlight {

// Each returns an empty string on success, else the reason.
QString exportPng(QGraphicsScene* scene, const QString& path, double scale = 2.0);
QString exportSvg(QGraphicsScene* scene, const QString& path, const QString& title);
QString exportPdf(QGraphicsScene* scene, const QString& path, const QString& title);
void printScene(QGraphicsScene* scene, QPrinter* printer);

} // namespace pathlight
