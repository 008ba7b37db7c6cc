#pragma once
// The palette: every kind of object, with its icon. Click an entry then click on the canvas to
// place one there, or drag it onto the canvas. VNets, subnets and sites are containers: what is
// dropped inside them goes into them.

#include <QListWidget>

namespace pathlight {

inline constexpr const char* kPaletteMimeType = "application/x-pathlight-kind";

class PalettePanel : public QListWidget {
    Q_OBJECT
public:
    explicit PalettePanel(QWidget* parent = nullptr);
    // The kind waiting to be placed by the next canvas click ("" when none).
    QString armedKind() const;
    void disarm();

signals:
    void kindArmed(const QString& kind);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kCellWidth = 92; // two columns beside the scroll bar in the default 210 pixels
    void retranslate();
    void retranslateItems();
    void fitGrid();
};

} // namespace pathlight
