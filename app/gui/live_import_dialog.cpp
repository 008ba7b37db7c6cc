#include "live_import_dialog.h"

#include "text/message_text.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace pathlight {

namespace {

QStringList words(const QString& text) {
    return text.split(QRegularExpression("[,;\\s]+"), Qt::SkipEmptyParts);
}

} // namespace

QString LiveImportDialog::serviceTagsPath(const QString& subscription) {
    return serviceTagsPathFor(live::pathSegment(subscription));
}

QString LiveImportDialog::serviceTagsPathFor(const QString& segment) {
    // The region only says where the request is served: the answer lists every region's tags.
    return "/subscriptions/" + segment +
           "/providers/Microsoft.Network/locations/westeurope/serviceTags?api-version=2023-09-01";
}

LiveImportDialog::LiveImportDialog(QWidget* parent, Purpose purpose) : QDialog(parent), purpose_(purpose) {
    setWindowTitle(purpose == Purpose::Import ? tr("Import from Azure")
                                              : tr("Update service tags from Azure"));
    setObjectName("LiveImportDialog");
    QSettings settings;
    subscriptions_ = new QLineEdit(settings.value("liveImport/subscriptions").toString(), this);
    subscriptions_->setPlaceholderText(tr("subscription ids, separated by commas"));
    groups_ = new QLineEdit(settings.value("liveImport/resourceGroups").toString(), this);
    groups_->setPlaceholderText(tr("all resource groups"));
    endpoint_ =
        new QLineEdit(settings.value("liveImport/endpoint", "https://management.azure.com").toString(), this);
    endpoint_->setToolTip(tr("Azure Resource Manager: https://management.azure.com for the public cloud; "
                             "a sovereign cloud's own, e.g. https://management.usgovcloudapi.net"));
    azureCli_ = new QRadioButton(tr("Azure CLI (az account get-access-token)"), this);
    environment_ = new QRadioButton(tr("Environment variable %1").arg(live::kTokenVariable), this);
    pasted_ = new QRadioButton(tr("Pasted here:"), this);
    token_ = new QLineEdit(this);
    token_->setEchoMode(QLineEdit::Password);
    token_->setPlaceholderText(tr("a bearer token for Azure Resource Manager"));
    azureCli_->setEnabled(!live::azureCliProgram().isEmpty());
    if (!azureCli_->isEnabled())
        azureCli_->setToolTip(tr("The Azure CLI (az) is not installed or not on PATH"));
    environment_->setEnabled(qEnvironmentVariableIsSet(live::kTokenVariable));
    (azureCli_->isEnabled()      ? azureCli_
     : environment_->isEnabled() ? environment_
                                 : pasted_)
        ->setChecked(true);
    requests_ = new QPlainTextEdit(this);
    requests_->setReadOnly(true);
    requests_->setLineWrapMode(QPlainTextEdit::NoWrap);
    requests_->setMinimumWidth(640);
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet("color: #b00020");

    auto* form = new QFormLayout;
    form->addRow(tr("Subscriptions:"), subscriptions_);
    form->addRow(tr("Resource groups:"), groups_);
    if (purpose_ == Purpose::ServiceTags) {
        groups_->hide();
        form->labelForField(groups_)->hide();
    }
    form->addRow(tr("Endpoint:"), endpoint_);
    auto* tokenBox = new QVBoxLayout;
    tokenBox->addWidget(azureCli_);
    tokenBox->addWidget(environment_);
    auto* pastedRow = new QHBoxLayout;
    pastedRow->addWidget(pasted_);
    pastedRow->addWidget(token_, 1);
    tokenBox->addLayout(pastedRow);
    form->addRow(tr("Token:"), tokenBox);
    auto* explanation = new QLabel(
        tr("Nothing is sent before you press Read. Pathlight then sends only these read-only requests, "
           "with the token in memory only (never saved, logged or written to the report). The token's "
           "account needs the Reader role on what it reads."),
        this);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    read_ = buttons->addButton(tr("Read"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(requests_, 1);
    layout->addWidget(problem_);
    layout->addWidget(buttons);
    for (QLineEdit* field : {subscriptions_, groups_, endpoint_, token_})
        connect(field, &QLineEdit::textChanged, this, &LiveImportDialog::update);
    for (QRadioButton* choice : {azureCli_, environment_, pasted_})
        connect(choice, &QRadioButton::toggled, this, &LiveImportDialog::update);
    connect(token_, &QLineEdit::textEdited, this, [this] { pasted_->setChecked(true); });
    update();
}

live::LiveScope LiveImportDialog::scope() const {
    return {words(subscriptions_->text()), words(groups_->text())};
}

QUrl LiveImportDialog::endpoint() const {
    return live::normalizeEndpoint(endpoint_->text());
}

live::TokenSource LiveImportDialog::tokenSource() const {
    return azureCli_->isChecked()      ? live::TokenSource::AzureCli
           : environment_->isChecked() ? live::TokenSource::Environment
                                       : live::TokenSource::Pasted;
}

QByteArray LiveImportDialog::takePastedToken() {
    QByteArray text = token_->text().toUtf8();
    token_->clear();
    const auto token = live::cleanToken(text);
    text.fill('\0');
    return token.value_or(QByteArray());
}

void LiveImportDialog::remember() const {
    QSettings settings;
    settings.setValue("liveImport/subscriptions", subscriptions_->text().trimmed());
    settings.setValue("liveImport/resourceGroups", groups_->text().trimmed());
    settings.setValue("liveImport/endpoint", endpoint().toString());
}

void LiveImportDialog::update() {
    std::optional<Message> problem = live::checkEndpoint(endpoint());
    if (!problem) problem = live::checkScope(scope());
    if (!problem && pasted_->isChecked()) {
        Message why;
        if (!live::cleanToken(token_->text().toUtf8(), &why)) problem = why;
    }
    if (!problem && purpose_ == Purpose::ServiceTags && scope().subscriptions.size() > 1)
        problem = Message{"LiveImport",
                          QT_TRANSLATE_NOOP("LiveImport", "service tags are read once, for one subscription"),
                          {}};
    problem_->setText(problem ? displayText(*problem) : QString());
    problem_->setVisible(problem.has_value());
    read_->setEnabled(!problem);
    const live::LiveScope shown = scope().subscriptions.isEmpty()
                                      ? live::LiveScope{{"{subscription}"}, scope().resourceGroups}
                                      : scope();
    if (purpose_ == Purpose::ServiceTags) // the placeholder shown as typed, a subscription encoded
        requests_->setPlainText("GET " + endpoint().toString() +
                                serviceTagsPathFor(scope().subscriptions.isEmpty()
                                                       ? QString("{subscription}")
                                                       : live::pathSegment(scope().subscriptions.front())));
    else
        requests_->setPlainText(live::plannedRequests(endpoint(), shown).join("\n"));
}

} // namespace pathlight
