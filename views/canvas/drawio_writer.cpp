#include "canvas/drawio_writer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace pathlight {

namespace {

// draw.io's ids are free text; a prefix keeps a box's id from meeting "0", "1" or an edge's.
QString cellId(const QString& boxId) {
    return "box:" + boxId;
}

QString number(double v) {
    return QString::number(v, 'g', 10);
}

// Plain text labels (html=0: draw.io shows the value as it is, markup included), wrapped inside
// the box. Containers keep their title at the top left, where the canvas writes it.
QString boxStyle(const DiagramBox& box) {
    QString fill = "#ffffff", stroke = "#868e96";
    switch (box.kind) {
    case BoxKind::Vnet:
        fill = "#e7f5ff";
        stroke = "#1c7ed6";
        break;
    case BoxKind::Subnet:
        fill = "#f8f9fa";
        stroke = "#74c0fc";
        break;
    case BoxKind::Site:
        fill = "#fff9db";
        stroke = "#f08c00";
        break;
    case BoxKind::Internet:
        fill = "#f1f3f5";
        break;
    default:
        break;
    }
    QString style =
        "rounded=1;arcSize=6;whiteSpace=wrap;html=0;fillColor=" + fill + ";strokeColor=" + stroke + ";";
    if (box.container)
        style += "container=1;collapsible=0;verticalAlign=top;align=left;spacingLeft=6;fontStyle=1;";
    return style + "pathlight=" + iconName(box.kind) + ";";
}

QString linkStyle(DiagramLinkKind kind) {
    switch (kind) {
    case DiagramLinkKind::Peering:
        return "endArrow=none;html=0;strokeColor=#1c7ed6;strokeWidth=2;";
    case DiagramLinkKind::ExpressRoute:
        return "endArrow=none;html=0;strokeColor=#7048e8;strokeWidth=2;";
    case DiagramLinkKind::Vpn:
        return "endArrow=none;html=0;strokeColor=#0c8599;dashed=1;";
    case DiagramLinkKind::SiteCircuit:
        return "endArrow=none;html=0;strokeColor=#868e96;";
    case DiagramLinkKind::BgpPeer:
        return "endArrow=none;html=0;strokeColor=#e8590c;dashed=1;dashPattern=1 3;";
    case DiagramLinkKind::Nat:
        return "endArrow=none;html=0;strokeColor=#868e96;dashed=1;";
    }
    return "endArrow=none;html=0;";
}

void geometry(QXmlStreamWriter& xml, const QRectF& r) {
    xml.writeStartElement("mxGeometry");
    xml.writeAttribute("x", number(r.x()));
    xml.writeAttribute("y", number(r.y()));
    xml.writeAttribute("width", number(r.width()));
    xml.writeAttribute("height", number(r.height()));
    xml.writeAttribute("as", "geometry");
    xml.writeEndElement();
}

void edge(QXmlStreamWriter& xml, const QString& id, const QString& parent, const QString& label,
          const QString& style, const QString& source, const QString& target) {
    xml.writeStartElement("mxCell");
    xml.writeAttribute("id", id);
    xml.writeAttribute("value", label);
    xml.writeAttribute("style", style);
    xml.writeAttribute("edge", "1");
    xml.writeAttribute("parent", parent);
    xml.writeAttribute("source", source);
    xml.writeAttribute("target", target);
    xml.writeStartElement("mxGeometry");
    xml.writeAttribute("relative", "1");
    xml.writeAttribute("as", "geometry");
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray drawioDocument(const Diagram& diagram, const std::vector<DrawioPath>& paths, const QString& title,
                          const QString& pathLayer) {
    QHash<QString, const DiagramBox*> byId;
    for (const auto& box : diagram.boxes)
        byId.insert(box.id, &box);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement("mxfile");
    xml.writeAttribute("host", "Pathlight");
    xml.writeStartElement("diagram");
    xml.writeAttribute("id", "pathlight");
    xml.writeAttribute("name", title);
    xml.writeStartElement("mxGraphModel");
    for (const auto& [key, value] : {std::pair{"grid", "1"},
                                     {"gridSize", "10"},
                                     {"guides", "1"},
                                     {"connect", "1"},
                                     {"arrows", "1"},
                                     {"page", "0"}})
        xml.writeAttribute(key, value);
    xml.writeStartElement("root");
    xml.writeEmptyElement("mxCell");
    xml.writeAttribute("id", "0");
    xml.writeEmptyElement("mxCell");
    xml.writeAttribute("id", "1");
    xml.writeAttribute("parent", "0");

    // Containers come before what they hold (buildDiagram's order): draw.io needs a parent first.
    for (const auto& box : diagram.boxes) {
        const DiagramBox* parent = box.parent.isEmpty() ? nullptr : byId.value(box.parent);
        xml.writeStartElement("mxCell");
        xml.writeAttribute("id", cellId(box.id));
        xml.writeAttribute("value", box.subtitle.isEmpty() ? box.title : box.title + "\n" + box.subtitle);
        xml.writeAttribute("style", boxStyle(box));
        xml.writeAttribute("vertex", "1");
        xml.writeAttribute("parent", parent ? cellId(parent->id) : QStringLiteral("1"));
        geometry(xml, parent ? box.rect.translated(-parent->rect.topLeft()) : box.rect);
        xml.writeEndElement();
    }
    int n = 0;
    for (const auto& link : diagram.links) {
        if (!byId.contains(link.from) || !byId.contains(link.to)) continue;
        edge(xml, QString("link:%1").arg(n++), "1", link.label, linkStyle(link.kind), cellId(link.from),
             cellId(link.to));
    }

    // The paths: a layer of their own over the diagram, to hide, lock or delete in draw.io.
    if (!paths.empty()) {
        xml.writeEmptyElement("mxCell");
        xml.writeAttribute("id", "layer:path");
        xml.writeAttribute("value", pathLayer);
        xml.writeAttribute("parent", "0");
        for (std::size_t p = 0; p < paths.size(); ++p) {
            const DrawioPath& path = paths[p];
            QStringList stops;
            for (const QString& id : path.boxes)
                if (byId.contains(id) && (stops.isEmpty() || stops.back() != id)) stops << id;
            for (int i = 1; i < stops.size(); ++i)
                edge(xml, QString("path:%1:%2").arg(p).arg(i), "layer:path", i == 1 ? path.label : QString(),
                     "html=0;endArrow=block;endFill=1;strokeWidth=4;opacity=80;curved=0;strokeColor=" +
                         path.color + ";fontColor=" + path.color + ";" +
                         (p ? QString("dashed=1;") : QString()),
                     cellId(stops[i - 1]), cellId(stops[i]));
        }
    }
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return out;
}

QString exportDrawio(const Diagram& diagram, const std::vector<DrawioPath>& paths, const QString& title,
                     const QString& pathLayer, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(drawioDocument(diagram, paths, title, pathLayer)) < 0 || !file.commit())
        return QCoreApplication::translate("Export", "cannot write %1").arg(path);
    return {};
}

QStringList drawioPathBoxes(const Trace& trace, const Diagram& diagram) {
    QStringList boxes;
    for (const Hop& hop : trace.hops) {
        const QString id = QString::fromStdString(hop.node);
        boxes << (diagram.find(id) ? id : QString(kInternetNodeId));
    }
    return boxes;
}

} // namespace pathlight
