#include "panels/inspector_panel.h"

#include "edit/topology_patch.h"
#include "io/topology_io.h"
#include "text/message_text.h"
#include "trace/network.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pathlight {

namespace {

using Json = nlohmann::ordered_json;
using Type = FieldSpec::Type;
constexpr const char* kNewEntry = "\x01new";

QString routesTable(const SubnetRoutes& routes) {
    QString html = "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr>";
    for (const QString& h :
         {InspectorPanel::tr("Source"), InspectorPanel::tr("State"), InspectorPanel::tr("Address prefix"),
          InspectorPanel::tr("Next hop type"), InspectorPanel::tr("Next hop IP")})
        html += "<th>" + h.toHtmlEscaped() + "</th>";
    html += "</tr>";
    for (const auto& r : routes.table()) {
        QStringList ips;
        for (const auto& ip : r.nextHopIps)
            ips << QString::fromStdString(ip.toString());
        const bool invalid = r.state == RouteState::Invalid;
        html += QString("<tr style='color:%1'>").arg(invalid ? "#999" : "#000");
        for (const QString& cell :
             {displayTerm(toString(r.source)), displayTerm(toString(r.state)),
              QString::fromStdString(r.prefix.toString()), QString(toString(r.nextHopType)), ips.join(", ")})
            html += "<td>" + cell.toHtmlEscaped() + "</td>";
        html += "</tr>";
    }
    return html + "</table>";
}

Json::json_pointer pointerFor(const QString& path) {
    return Json::json_pointer("/" + path.toStdString());
}

const Json* valueAt(const Json& object, const QString& path) {
    const auto p = pointerFor(path);
    return object.contains(p) ? &object.at(p) : nullptr;
}

QString listText(const Json& value) {
    QStringList items;
    if (value.is_array())
        for (const Json& v : value)
            items << (v.is_string() ? QString::fromStdString(v.get<std::string>())
                                    : QString::fromStdString(v.dump()));
    return items.join(", ");
}

QString scalarText(const Json& value) {
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    if (value.is_null()) return {};
    return QString::fromStdString(value.dump());
}

// Removes empty objects left behind by erased keys ("bgp": {} after clearing the ASN).
void eraseEmptyParents(Json& object, QString path) {
    while (path.contains('/')) {
        path = path.section('/', 0, -2);
        const auto p = pointerFor(path);
        if (object.contains(p) && object.at(p).is_object() && object.at(p).empty())
            object.at(p.parent_pointer()).erase(p.back());
        else
            return;
    }
}

} // namespace

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), tabs_(new QTabWidget(this)), form_(new QWidget),
      formLayout_(new QFormLayout(form_)), editor_(new QPlainTextEdit), apply_(new QPushButton(tr("Apply"))),
      errors_(new QLabel(this)), routes_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    title_->setWordWrap(true);
    formLayout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout_->setRowWrapPolicy(QFormLayout::WrapAllRows); // labels above: the dock is narrow
    auto* scroll = new QScrollArea;
    scroll_ = scroll;
    scroll->setWidget(form_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the dock's width
    tabs_->addTab(scroll, tr("Properties"));

    auto* jsonPage = new QWidget;
    auto* jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 4, 0, 0);
    editor_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor_->setTabChangesFocus(true);
    jsonLayout->addWidget(editor_);
    jsonLayout->addWidget(apply_, 0, Qt::AlignRight);
    tabs_->addTab(routes_, tr("Effective routes"));
    tabs_->addTab(jsonPage, tr("JSON"));

    errors_->setWordWrap(true);
    errors_->setTextFormat(Qt::PlainText);
    errors_->setStyleSheet("color: #b00020");
    errors_->hide();
    layout->addWidget(title_);
    policyButton_ = new QPushButton(tr("Edit policy rules…"), this);
    policyButton_->setObjectName("EditFirewallPolicy");
    policyButton_->setToolTip(tr("Rule collection groups, collections and rules of this firewall's policy"));
    connect(policyButton_, &QPushButton::clicked, this, [this] {
        emit editRuleSetRequested(
            collectionOf(pointer_) == "loadBalancers" ? ObjectKind::LoadBalancer : ObjectKind::Firewall, id_);
    });
    policyButton_->hide();
    layout->addWidget(policyButton_, 0, Qt::AlignLeft);
    layout->addWidget(tabs_, 3);
    layout->addWidget(errors_);
    tabs_->hide();
    apply_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    apply_->setToolTip(tr("Apply the edited settings as one undo step (Ctrl+Enter)"));
    connect(apply_, &QPushButton::clicked, this,
            [this] { emit applyRequested(id_, editor_->toPlainText()); });
    showObject(nullptr, {});
}

bool InspectorPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel)
        if (auto* combo = qobject_cast<QComboBox*>(watched); combo && !combo->hasFocus()) {
            QCoreApplication::sendEvent(scroll_->verticalScrollBar(), event); // the form scrolls
            return true;
        }
    return QWidget::eventFilter(watched, event);
}

void InspectorPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        tabs_->setTabText(0, tr("Properties"));
        tabs_->setTabText(tabs_->indexOf(routes_), tr("Effective routes"));
        tabs_->setTabText(tabs_->count() - 1, tr("JSON"));
        apply_->setText(tr("Apply"));
        apply_->setToolTip(tr("Apply the edited settings as one undo step (Ctrl+Enter)"));
        policyButton_->setText(tr("Edit policy rules…"));
        policyButton_->setToolTip(
            tr("Rule collection groups, collections and rules of this firewall's policy"));
        // The labels were translated when the form was built: build it again when next shown.
        buildForm({});
        id_.clear();
        pointer_.clear();
    }
    QWidget::changeEvent(event);
}

// A choice as people read it: Azure's words in the current language (displayTerm), the guest
// OS by its product name ("Linux", not the file's "linux"); the file keeps its value.
QString InspectorPanel::choiceText(const QString& value) {
    if (value == "windows") return QStringLiteral("Windows");
    if (value == "linux") return QStringLiteral("Linux");
    return displayTerm(value.toUtf8().constData());
}

namespace {

// A referenced object as people read it: its name, with its id when they differ (many subnets
// are called "default"; the id tells them apart).
QString referenceLabel(const QString& id) {
    const QString name = objectText(id.toStdString());
    const QString shown = visible(id.toStdString());
    return name == shown ? shown : QStringLiteral("%1 (%2)").arg(name, shown);
}

} // namespace

QStringList InspectorPanel::referenceChoices(ObjectKind kind) const {
    QStringList ids;
    if (!network_) return ids;
    const Topology& t = network_->topology();
    auto add = [&ids](const auto& list) {
        for (const auto& o : list)
            ids << QString::fromStdString(o.id);
    };
    if (kind == ObjectKind::Nsg) add(t.nsgs);
    if (kind == ObjectKind::RouteTable) add(t.routeTables);
    if (kind == ObjectKind::NatGateway) add(t.natGateways);
    if (kind == ObjectKind::Site) add(t.sites);
    if (kind == ObjectKind::Subnet)
        for (const auto& v : t.vnets)
            add(v.subnets);
    return ids;
}

void InspectorPanel::buildForm(const std::vector<FieldSpec>& fields) {
    while (formLayout_->rowCount() > 0)
        formLayout_->removeRow(0);
    rows_.clear();
    QString group;
    for (const FieldSpec& spec : fields) {
        if (spec.group != group) {
            group = spec.group;
            auto* heading = new QLabel("<b>" + group.toHtmlEscaped() + "</b>");
            heading->setContentsMargins(0, 8, 0, 0);
            formLayout_->addRow(heading);
        }
        Row row;
        row.spec = spec;
        QWidget* field = nullptr;
        switch (spec.type) {
        case Type::Bool: {
            auto* box = new QCheckBox;
            connect(box, &QCheckBox::toggled, this, [this] { applyForm(); });
            row.editor = field = box;
            break;
        }
        case Type::Choice:
        case Type::Reference: {
            auto* combo = new QComboBox;
            combo->setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: see eventFilter
            combo->installEventFilter(this);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
            if (spec.type == Type::Choice) {
                for (const QString& c : spec.choices)
                    combo->addItem(choiceText(c), c);
            } else {
                combo->addItem(tr("(none)"), QString());
                for (const QString& id : referenceChoices(*spec.referenceKind))
                    combo->addItem(referenceLabel(id), id);
                if (spec.referenceKind == ObjectKind::Nsg || spec.referenceKind == ObjectKind::RouteTable ||
                    spec.referenceKind == ObjectKind::NatGateway)
                    combo->addItem(tr("New…"), QString(kNewEntry));
            }
            connect(combo, &QComboBox::activated, this,
                    [this, combo, path = spec.path, kind = spec.referenceKind] {
                        if (combo->currentData().toString() == kNewEntry) {
                            fillForm(); // put the old choice back; the new object arrives with the document
                            emit newAssociationRequested(id_, path, *kind); // only references offer "New…"
                            return;
                        }
                        applyForm();
                    });
            row.editor = combo;
            field = combo;
            if (spec.referenceKind == ObjectKind::Nsg || spec.referenceKind == ObjectKind::RouteTable) {
                auto* holder = new QWidget;
                auto* line = new QHBoxLayout(holder);
                line->setContentsMargins(0, 0, 0, 0);
                line->addWidget(combo, 1);
                auto* edit = new QPushButton(tr("Edit…"));
                edit->setToolTip(spec.referenceKind == ObjectKind::Nsg
                                     ? tr("Edit this network security group's rules")
                                     : tr("Edit this route table's routes"));
                connect(edit, &QPushButton::clicked, this, [this, combo, kind = spec.referenceKind] {
                    if (!combo->currentData().toString().isEmpty())
                        emit editRuleSetRequested(*kind, combo->currentData().toString());
                });
                line->addWidget(edit);
                field = holder;
            }
            break;
        }
        default: {
            auto* line = new QLineEdit;
            if (spec.type == Type::PrefixList || spec.type == Type::IpList || spec.type == Type::TextList ||
                spec.type == Type::IntList)
                line->setToolTip(tr("Several values: separate them with commas"));
            connect(line, &QLineEdit::editingFinished, this, [this, line] {
                if (line->isModified()) {
                    line->setModified(false);
                    applyForm();
                }
            });
            row.editor = field = line;
            break;
        }
        }
        row.editor->setObjectName(spec.path);
        row.message = new QLabel;
        row.message->setTextFormat(Qt::PlainText); // messages quote names from the file
        row.message->setWordWrap(true);
        row.message->hide();
        auto* cell = new QWidget;
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(1);
        cellLayout->addWidget(field);
        cellLayout->addWidget(row.message);
        formLayout_->addRow(spec.label, cell);
        rows_.push_back(row);
    }
}

void InspectorPanel::fillForm() {
    filling_ = true;
    for (Row& row : rows_) {
        const Json* value = valueAt(object_, row.spec.path);
        switch (row.spec.type) {
        case Type::Bool: {
            auto* box = static_cast<QCheckBox*>(row.editor);
            const QSignalBlocker block(box);
            box->setChecked(value && value->is_boolean() ? value->get<bool>() : row.spec.defaultBool);
            break;
        }
        case Type::Choice:
        case Type::Reference: {
            auto* combo = static_cast<QComboBox*>(row.editor);
            const QSignalBlocker block(combo);
            const QString current = value ? scalarText(*value) : row.spec.defaultText;
            int index = combo->findData(current);
            if (index < 0 && !current.isEmpty()) { // a value the list does not know: show it as it is
                combo->addItem(current, current);
                index = combo->count() - 1;
            }
            combo->setCurrentIndex(std::max(0, index));
            break;
        }
        default: {
            auto* line = static_cast<QLineEdit*>(row.editor);
            const bool list = row.spec.type == Type::PrefixList || row.spec.type == Type::IpList ||
                              row.spec.type == Type::TextList || row.spec.type == Type::IntList;
            line->setText(value ? (list ? listText(*value) : scalarText(*value)) : QString());
            // Read from its start (setText leaves the cursor, and the view, at the end: a long
            // description showed only its last words); the whole of it is the tooltip.
            line->setCursorPosition(0);
            line->setToolTip(line->text().size() > 40 ? line->text() : QString());
            line->setPlaceholderText(row.spec.defaultText);
            line->setModified(false);
            break;
        }
        }
    }
    filling_ = false;
}

void InspectorPanel::applyForm() {
    if (filling_ || (id_.isEmpty() && !documentMode_)) return;
    Json edited = object_;
    for (const Row& row : rows_) {
        const auto p = pointerFor(row.spec.path);
        std::optional<Json> value;
        switch (row.spec.type) {
        case Type::Bool: {
            const bool checked = static_cast<QCheckBox*>(row.editor)->isChecked();
            const Json* old = valueAt(object_, row.spec.path);
            if (old || checked != row.spec.defaultBool) value = checked;
            break;
        }
        case Type::Choice:
        case Type::Reference: {
            const QString data = static_cast<QComboBox*>(row.editor)->currentData().toString();
            if (!data.isEmpty()) value = data.toStdString();
            break;
        }
        default: {
            const QString text = static_cast<QLineEdit*>(row.editor)->text().trimmed();
            if (text.isEmpty()) break;
            if (row.spec.type == Type::Integer) {
                bool ok = false;
                const qlonglong number = text.toLongLong(&ok);
                value = ok ? Json(number) : Json(text.toStdString()); // the reader says what is wrong
            } else if (row.spec.type == Type::Number) {
                bool ok = false;
                const double number = QLocale().toDouble(text, &ok);
                const double plain = ok ? number : text.toDouble(&ok);
                value = ok ? Json(plain) : Json(text.toStdString());
            } else if (row.spec.type == Type::Text || row.spec.type == Type::Prefix ||
                       row.spec.type == Type::Ip) {
                value = text.toStdString();
            } else {
                Json list = Json::array();
                for (const QString& item : text.split(QRegularExpression("[,\\s]+"), Qt::SkipEmptyParts)) {
                    bool ok = false;
                    const int number = item.toInt(&ok);
                    if (row.spec.type == Type::IntList && ok)
                        list.push_back(number);
                    else
                        list.push_back(item.toStdString());
                }
                value = list;
            }
            break;
        }
        }
        if (value) {
            edited[p] = *value;
        } else if (edited.contains(p)) {
            edited.at(p.parent_pointer()).erase(p.back());
            eraseEmptyParents(edited, row.spec.path);
        }
    }
    if (edited == object_) return;
    emit applyRequested(id_, QString::fromStdString(edited.dump(2)));
}

void InspectorPanel::markFields(const QList<QPair<QString, QString>>& errors) {
    QHash<QString, QStringList> perField;
    QHash<QString, bool> isError;
    QStringList general;
    auto place = [&](const QString& pointer, const QString& text, bool error) {
        const QString base = QString::fromStdString(pointer_) + "/";
        for (const Row& row : rows_) {
            const QString at = base + row.spec.path;
            if (pointer == at || pointer.startsWith(at + "/")) {
                perField[row.spec.path] << text;
                isError[row.spec.path] = isError.value(row.spec.path) || error;
                return;
            }
        }
        if (error) general << (pointer.isEmpty() ? text : pointer + ": " + text);
    };
    for (const auto& [pointer, text] : errors)
        place(pointer, text, true);
    for (const Diagnostic& d : lints_)
        place(QString::fromStdString(d.pointer), displayText(d.message), false);
    for (Row& row : rows_) {
        const QStringList texts = perField.value(row.spec.path);
        row.message->setText(texts.join("\n"));
        row.message->setVisible(!texts.isEmpty());
        const bool error = isError.value(row.spec.path);
        row.message->setStyleSheet(error ? "color: #b00020" : "color: #a35c00");
        row.editor->setStyleSheet(texts.isEmpty() ? QString()
                                  : error         ? "border: 1.5px solid #b00020"
                                                  : "border: 1.5px solid #e08c00");
    }
    errors_->setText(general.join("\n"));
    errors_->setVisible(!general.isEmpty());
}

void InspectorPanel::showErrors(const QList<QPair<QString, QString>>& errors) {
    markFields(errors);
}

QWidget* InspectorPanel::fieldEditor(const QString& path) const {
    for (const Row& row : rows_)
        if (row.spec.path == path) return row.editor;
    return nullptr;
}

QString InspectorPanel::fieldMessage(const QString& path) const {
    for (const Row& row : rows_)
        if (row.spec.path == path) return row.message->isHidden() ? QString() : row.message->text();
    return {};
}

QString InspectorPanel::toPlainText() const {
    QStringList fields;
    for (const Row& row : rows_) {
        QString value;
        if (auto* line = qobject_cast<QLineEdit*>(row.editor)) value = line->text();
        if (auto* combo = qobject_cast<QComboBox*>(row.editor)) value = combo->currentText();
        if (auto* box = qobject_cast<QCheckBox*>(row.editor)) value = box->isChecked() ? "yes" : "no";
        fields << row.spec.label + ": " + value +
                      (row.message->isHidden() ? QString() : " — " + row.message->text());
    }
    return title_->text() + "\n" + fields.join("\n") + "\n" + editor_->toPlainText() + "\n" +
           errors_->text() + "\n" + routes_->toPlainText();
}

void InspectorPanel::showTop() {
    tabs_->setCurrentIndex(0);
    scroll_->verticalScrollBar()->setValue(0);
}

void InspectorPanel::showObject(const std::shared_ptr<const Network>& network, const QString& id,
                                const std::vector<Diagnostic>& lints) {
    network_ = network;
    lints_ = lints;
    const std::string key = id.toStdString();
    // Only what is shown is written as JSON: the selected object, or the document's own settings
    // (a 20,000-object file is never converted whole on a selection or an edit).
    const ObjectJson selected =
        network && !id.isEmpty() ? objectToJson(network->topology(), network->index(), key) : ObjectJson{};
    const std::string& at = selected.pointer;
    if (at.empty() && network && id.isEmpty()) {
        Topology settings;
        settings.title = network->topology().title;
        settings.description = network->topology().description;
        settings.latency = network->topology().latency;
        const Json doc = topologyToJson(settings);
        // Nothing selected: the document's own settings.
        const bool same = id_.isEmpty() && pointer_.empty() && !rows_.empty();
        id_.clear();
        pointer_.clear();
        object_ = Json::object();
        for (const char* key : {"title", "description", "latency"})
            if (doc.contains(key)) object_[key] = doc[key];
        policyButton_->hide();
        title_->setText("<b>" + tr("Document") + "</b> — " +
                        tr("select an object on the canvas to see and edit its settings"));
        tabs_->show();
        const auto fields = fieldsFor("document", object_);
        if (!same || fields.size() != rows_.size()) buildForm(fields);
        fillForm();
        editor_->setPlainText(QString::fromStdString(object_.dump(2)));
        tabs_->setTabVisible(tabs_->indexOf(routes_), false);
        markFields({});
        documentMode_ = true;
        return;
    }
    documentMode_ = false;
    if (at.empty()) {
        id_.clear();
        pointer_.clear();
        object_ = Json();
        policyButton_->hide();
        title_->setText(tr("Select an object on the canvas to see and edit its settings and, for a VM or "
                           "subnet, its effective routes."));
        tabs_->hide();
        errors_->hide();
        buildForm({});
        return;
    }
    const bool sameObject = id == id_;
    id_ = id;
    pointer_ = at;
    object_ = selected.object;
    const QString collection = collectionOf(at);
    // The name a person reads, the id beside it when they differ (names, not ids: newcomer walk).
    const QString name = objectText(id.toStdString());
    title_->setText("<b>" + elideLongWords(name, 60).toHtmlEscaped() + "</b>" +
                    (name == visible(id.toStdString())
                         ? QString()
                         : " — " + elideLongWords(visible(id.toStdString()), 60).toHtmlEscaped()));
    // The tables of what the form cannot show: a firewall's policy, a load balancer's parts.
    policyButton_->setVisible(collection == "firewalls" || collection == "loadBalancers");
    policyButton_->setText(collection == "loadBalancers" ? tr("Edit frontends, pools and rules…")
                                                         : tr("Edit policy rules…"));
    policyButton_->setToolTip(
        collection == "loadBalancers"
            ? tr("Frontends, backend pools, load-balancing rules and outbound rules")
            : tr("Rule collection groups, collections and rules of this firewall's policy"));
    tabs_->show();
    // Rebuild only when the fields differ (a NIC added): editing in place keeps the focus.
    const auto fields = fieldsFor(collection, object_);
    bool sameFields = sameObject && fields.size() == rows_.size();
    for (std::size_t i = 0; sameFields && i < fields.size(); ++i)
        sameFields = fields[i].path == rows_[i].spec.path;
    if (!sameFields) {
        buildForm(fields);
    } else { // references may have come or gone
        for (Row& row : rows_)
            if (row.spec.type == Type::Reference) {
                auto* combo = static_cast<QComboBox*>(row.editor);
                const QSignalBlocker block(combo);
                while (combo->count() > 1 && combo->itemData(1).toString() != kNewEntry)
                    combo->removeItem(1);
                int insertAt = 1;
                for (const QString& choice : referenceChoices(*row.spec.referenceKind))
                    combo->insertItem(insertAt++, referenceLabel(choice), choice);
            }
    }
    fillForm();
    editor_->setPlainText(QString::fromStdString(object_.dump(2)));
    markFields({});

    QString html;
    auto addRoutes = [&](const std::string& subnet, const QString& heading) {
        if (const SubnetRoutes* routes = network->subnetRoutes(subnet))
            html += "<h4>" + heading.toHtmlEscaped() + "</h4>" + routesTable(*routes);
    };
    if (const Vm* vm = network->index().vm(key))
        for (const auto& nic : vm->nics)
            addRoutes(nic.subnet, tr("Effective routes of %1").arg(QString::fromStdString(nic.id)));
    if (collection == "subnets") addRoutes(key, tr("Effective routes of %1").arg(id));
    routes_->setHtml(html);
    tabs_->setTabVisible(tabs_->indexOf(routes_), !html.isEmpty());
}

} // namespace pathlight
