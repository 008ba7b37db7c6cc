#pragma once
// The diagram as a draw.io file (.drawio, uncompressed XML), so architects keep editing it in
// draw.io: <mxfile><diagram><mxGraphModel><root> with the two cells draw.io always has ("0", the
// root, and "1", the default layer), VNets, subnets and sites as containers whose children have
// parent= their container and geometry relative to it, every box where the canvas draws it, names
// as plain-text labels (html=0, XML-escaped), links as edges, and each traced path on a layer of
// its own (a cell with parent="0") above the diagram. Qt Core only.

#include "canvas/diagram.h"
#include "trace/trace_result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace pathlight {

// One traced flow to draw on the path layer: the boxes its hops cross, in order (consecutive
// repeats dropped; hops the diagram does not draw sit at the Internet, as on the canvas).
struct DrawioPath {
    QString label;     // the flow's name and verdict, on its first segment
    QString color;     // "#rrggbb": the verdict's colour
    QStringList boxes; // DiagramBox ids
};

// The boxes a trace's request crosses, as the canvas draws its path: a hop's node, or the
// Internet for what the diagram does not draw (catalog endpoints, an outside client).
QStringList drawioPathBoxes(const Trace& trace, const Diagram& diagram);

// The .drawio text. `title` names the page; `pathLayer` names the layer of the paths (both shown
// in draw.io, so translated by the caller).
QByteArray drawioDocument(const Diagram& diagram, const std::vector<DrawioPath>& paths, const QString& title,
                          const QString& pathLayer);

// Writes drawioDocument() to `path` through a temporary file. Empty on success, else the reason.
QString exportDrawio(const Diagram& diagram, const std::vector<DrawioPath>& paths, const QString& title,
                     const QString& pathLayer, const QString& path);

} // namespace pathlight
