#pragma once
// Read-only inspector: the selected object's fields as the file has them, and for a VM its
// NICs' effective routes as the model computed them.

#include <QTextBrowser>

#include <memory>

namespace pathlight {

class Network;

class InspectorPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    void showObject(const std::shared_ptr<const Network>& network, const QString& id);
};

} // namespace pathlight
