#include "panels/palette_panel.h"

#include "canvas/canvas_items.h"
#include "edit/object_factory.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QSvgRenderer>

namespace pathlight {

PalettePanel::PalettePanel(QWidget* parent) : QListWidget(parent) {
    setViewMode(QListView::IconMode);
    setIconSize(QSize(36, 36));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setWordWrap(true);
    const std::pair<const char*, const char*> kinds[] = {
        {"vnet", QT_TR_NOOP("VNet")},
        {"subnet", QT_TR_NOOP("Subnet")},
        {"vm", QT_TR_NOOP("VM")},
        {"nva", QT_TR_NOOP("NVA")},
        {"gateway", QT_TR_NOOP("ExpressRoute gateway")},
        {"vpn-gateway", QT_TR_NOOP("VPN gateway")},
        {"route-server", QT_TR_NOOP("Route Server")},
        {"app-gateway", QT_TR_NOOP("Application Gateway")},
        {"nat-gateway", QT_TR_NOOP("NAT gateway")},
        {"firewall", QT_TR_NOOP("Azure Firewall")},
        {"private-endpoint", QT_TR_NOOP("Private endpoint")},
        {"load-balancer", QT_TR_NOOP("Internal load balancer")},
        {"site", QT_TR_NOOP("Site")},
        {"host", QT_TR_NOOP("Host")},
        {"circuit", QT_TR_NOOP("ExpressRoute circuit")},
        {"endpoint", QT_TR_NOOP("Endpoint")},
        {"nsg", QT_TR_NOOP("Network security group")},
        {"route-table", QT_TR_NOOP("Route table")},
        {"asg", QT_TR_NOOP("Application security group")},
    };
    for (const auto& [kind, name] : kinds) {
        QPixmap pixmap(72, 72);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        iconRenderer(kind)->render(&painter);
        auto* item = new QListWidgetItem(QIcon(pixmap), QString(), this);
        item->setData(Qt::UserRole, QString(kind));
        item->setData(Qt::UserRole + 1, QString(name)); // untranslated, for retranslation
    }
    setTextElideMode(Qt::ElideNone);
    retranslate();
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit kindArmed(item->data(Qt::UserRole).toString()); });
}

void PalettePanel::retranslate() {
    retranslateItems();
    fitGrid();
}

void PalettePanel::retranslateItems() {
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem* entry = item(i);
        const auto kind = newObjectKindFromString(entry->data(Qt::UserRole).toString().toStdString());
        const QString name = tr(entry->data(Qt::UserRole + 1).toString().toUtf8().constData());
        entry->setText(name);
        entry->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        entry->setToolTip(
            kind == NewObjectKind::Nsg || kind == NewObjectKind::RouteTable
                ? tr("Drop it on a subnet (or, for an NSG, a VM) to associate a new %1 with it").arg(name)
                : tr("Click, then click on the canvas to place a %1 — or drag it there").arg(name));
    }
}

void PalettePanel::fitGrid() {
    // Every label whole in every language: the cells are as tall as the longest label wrapped at
    // the cell's width ("ネットワーク セキュリティ グループ" takes three lines).
    const QFontMetrics fm(font());
    int text = 2 * fm.height();
    for (int i = 0; i < count(); ++i)
        text = std::max(
            text,
            fm.boundingRect(QRect(0, 0, kCellWidth - 16, 1000), Qt::TextWordWrap, item(i)->text()).height());
    setGridSize(QSize(kCellWidth, iconSize().height() + 14 + text));
    doItemsLayout();
}

void PalettePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QListWidget::changeEvent(event);
}

QString PalettePanel::armedKind() const {
    auto* item = currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

void PalettePanel::disarm() {
    clearSelection();
}

QMimeData* PalettePanel::mimeData(const QList<QListWidgetItem*>& items) const {
    auto* data = new QMimeData;
    if (!items.isEmpty())
        data->setData(kPaletteMimeType, items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace pathlight
