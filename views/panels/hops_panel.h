#pragma once
// The selected flow's hops: at each, the route chosen, the NSG decisions (with what IP flow
// verify would say beside a hidden platform allowance), the packet before and after, and one
// sentence of what happens. Everything comes from the model's trace.

#include <QTreeWidget>

namespace pathlight {

struct Trace;

class HopsPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit HopsPanel(QWidget* parent = nullptr);
    void showTrace(const Trace* trace);
};

} // namespace pathlight
