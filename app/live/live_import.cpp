#include "live/live_import.h"

#include "import/arm_resource.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>

namespace pathlight::live {

namespace {

// The ARM types the mapper reads (model/import/arm_mapper.cpp), as Resource Graph spells them.
constexpr const char* kTypes[] = {
    "microsoft.network/virtualnetworks",
    "microsoft.network/networkinterfaces",
    "microsoft.network/networksecuritygroups",
    "microsoft.network/routetables",
    "microsoft.network/publicipaddresses",
    "microsoft.network/publicipprefixes",
    "microsoft.network/natgateways",
    "microsoft.network/applicationsecuritygroups",
    "microsoft.network/virtualnetworkgateways",
    "microsoft.network/localnetworkgateways",
    "microsoft.network/connections",
    "microsoft.network/expressroutecircuits",
    "microsoft.network/routefilters",
    "microsoft.network/virtualhubs",
    "microsoft.network/virtualrouters",
    "microsoft.network/azurefirewalls",
    "microsoft.network/firewallpolicies",
    "microsoft.network/loadbalancers",
    "microsoft.network/privateendpoints",
    "microsoft.network/applicationgateways",
    "microsoft.compute/virtualmachines",
};

// Children Resource Graph does not hold, read from the resource provider (step 4): the parent's
// type and the child list's name.
struct ChildList {
    const char* parentType;
    const char* list;
};
constexpr ChildList kChildLists[] = {
    {"microsoft.network/virtualhubs", "bgpConnections"},
    {"microsoft.network/virtualrouters", "peerings"},
    {"microsoft.network/firewallpolicies", "ruleCollectionGroups"},
};

QString quoted(const QStringList& names) {
    QStringList q;
    for (const QString& n : names)
        q << "'" + n + "'"; // checkScope allows no quote in a name
    return q.join(", ");
}

QString query(const QStringList& groups) {
    QStringList types;
    for (const char* t : kTypes)
        types << QString::fromLatin1(t);
    QString q = "Resources | where type in~ (" + quoted(types) + ")";
    if (!groups.isEmpty()) q += " | where resourceGroup in~ (" + quoted(groups) + ")";
    // A stable order keeps $skipToken's pages disjoint.
    return q + " | project id, name, type, kind, location, resourceGroup, subscriptionId, sku, zones, "
               "properties | order by id asc";
}

// The URL path of an ARM id, each segment percent-encoded (ids come from answers).
QString resourcePath(const armimport::ArmId& id) {
    QString path = "/subscriptions/" + pathSegment(QString::fromStdString(id.subscription)) +
                   "/resourceGroups/" + pathSegment(QString::fromStdString(id.resourceGroup)) +
                   "/providers/" + pathSegment(QString::fromStdString(id.providerNamespace));
    for (std::size_t i = 0; i < id.types.size(); ++i)
        path += "/" + pathSegment(QString::fromStdString(id.types[i])) + "/" +
                pathSegment(QString::fromStdString(id.names[i]));
    return path;
}

std::string where(const ArmResponse& r) {
    return (r.method + " " + r.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)).toStdString();
}

std::string httpSummary(const ArmResponse& r) {
    std::string s = r.status > 0 ? "HTTP " + std::to_string(r.status) : std::string();
    if (!r.errorCode.empty()) s += (s.empty() ? "" : " ") + r.errorCode;
    if (!r.errorDetail.empty()) s += (s.empty() ? "" : ": ") + r.errorDetail;
    return s;
}

const Json* rows(const Json& body) {
    for (const char* key : {"data", "value"})
        if (body.is_object() && body.contains(key) && body[key].is_array()) return &body[key];
    return nullptr;
}

} // namespace

std::optional<Message> checkScope(const LiveScope& scope) {
    if (scope.subscriptions.isEmpty())
        return Message{"LiveImport", QT_TRANSLATE_NOOP("LiveImport", "no subscription chosen"), {}};
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    for (const QString& s : scope.subscriptions)
        if (!guid.match(s).hasMatch())
            return Message{"LiveImport",
                           QT_TRANSLATE_NOOP("LiveImport", "\"%1\" is not a subscription id (a GUID such as "
                                                           "00000000-0000-0000-0000-000000000000)"),
                           {s.toStdString()}};
    // Azure's rule for resource group names: letters, digits, "-", "_", ".", "(", ")", 1–90,
    // not ending in ".".
    static const QRegularExpression group(QStringLiteral("^[\\w\\-.()]{1,90}$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    for (const QString& g : scope.resourceGroups)
        if (!group.match(g).hasMatch() || g.endsWith('.'))
            return Message{"LiveImport",
                           QT_TRANSLATE_NOOP("LiveImport",
                                             "\"%1\" is not a resource group name (1 to 90 letters, digits, "
                                             "\"-\", \"_\", \".\", \"(\", \")\", not ending in \".\")"),
                           {g.toStdString()}};
    return std::nullopt;
}

QString resourceGraphQuery(const LiveScope& scope) {
    return query(scope.resourceGroups);
}

QString liveImportTitle(const LiveScope& scope) {
    QString what = scope.subscriptions.join(", ");
    if (!scope.resourceGroups.isEmpty()) what += " (" + scope.resourceGroups.join(", ") + ")";
    return QCoreApplication::translate("LiveImport", "Imported from Azure: %1").arg(what);
}

QStringList plannedRequests(const QUrl& endpoint, const LiveScope& scope) {
    const QString base = endpoint.toString(QUrl::StripTrailingSlash);
    QStringList lines;
    for (const QString& s : scope.subscriptions) {
        lines << QString("GET %1/subscriptions/%2?api-version=%3").arg(base, s, kSubscriptionsApiVersion);
        for (const QString& g : scope.resourceGroups)
            lines << QString("GET %1/subscriptions/%2/resourcegroups/%3?api-version=%4")
                         .arg(base, s, pathSegment(g), kResourceGroupsApiVersion);
    }
    lines << QString("POST %1/providers/Microsoft.ResourceGraph/resources?api-version=%2 {\"query\": \"%3\"}")
                 .arg(base, kResourceGraphApiVersion, resourceGraphQuery(scope));
    for (const auto& c : kChildLists)
        lines << QString("GET %1/{%2 id}/%3?api-version=%4")
                     .arg(base, QString::fromLatin1(c.parentType).section('/', 1), c.list,
                          kNetworkApiVersion);
    return lines;
}

const char* failureCode(ArmFailure failure) {
    switch (failure) {
    case ArmFailure::None:
        return "OK";
    case ArmFailure::Unauthorized:
        return "TOKEN_REFUSED";
    case ArmFailure::Forbidden:
        return "ACCESS_DENIED";
    case ArmFailure::NotFound:
        return "NOT_FOUND";
    case ArmFailure::Throttled:
        return "THROTTLED";
    case ArmFailure::HttpStatus:
        return "HTTP_STATUS";
    case ArmFailure::Timeout:
        return "TIMEOUT";
    case ArmFailure::Network:
        return "NETWORK";
    case ArmFailure::Malformed:
        return "MALFORMED_ANSWER";
    case ArmFailure::TooLarge:
        return "TOO_LARGE";
    case ArmFailure::ForeignLink:
        return "FOREIGN_LINK";
    case ArmFailure::TooManyPages:
        return "TOO_MANY_PAGES";
    case ArmFailure::Canceled:
        return "CANCELED";
    }
    return "";
}

Message failureMessage(const ArmResponse& r, const ArmClientSettings& settings) {
    const char* c = "LiveImport";
    switch (r.failure) {
    case ArmFailure::None:
        return {};
    case ArmFailure::Unauthorized:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport",
                                  "the token was refused (%1): it has expired or is not meant for %2. Get a "
                                  "new one (az login, then az account get-access-token) for an account with "
                                  "the Reader role on the subscription"),
                {httpSummary(r), settings.endpoint.toString().toStdString()}};
    case ArmFailure::Forbidden:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport",
                                  "access denied (%1): the token's account needs the Reader role on %2"),
                {httpSummary(r), r.url.path().section("/providers/", 0, 0).toStdString()}};
    case ArmFailure::NotFound:
        return {c, QT_TRANSLATE_NOOP("LiveImport", "not found (%1)"), {httpSummary(r)}};
    case ArmFailure::Throttled:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport",
                                  "Azure Resource Manager still throttled the request after %1 attempts "
                                  "(%2): try again in a few minutes"),
                {std::to_string(r.attempts), httpSummary(r)}};
    case ArmFailure::HttpStatus:
        return {c, QT_TRANSLATE_NOOP("LiveImport", "the request failed (%1)"), {httpSummary(r)}};
    case ArmFailure::Timeout:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport", "no complete answer within %1 s"),
                {QString::number(settings.timeoutMs / 1000.0).toStdString()}};
    case ArmFailure::Network:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport", "the request could not be sent or answered: %1"),
                {r.errorDetail}};
    case ArmFailure::Malformed:
        return {c, QT_TRANSLATE_NOOP("LiveImport", "the answer is not JSON: %1"), {r.errorDetail}};
    case ArmFailure::TooLarge:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport", "the answer is larger than %1 bytes"),
                {std::to_string(settings.maxBodyBytes)}};
    case ArmFailure::ForeignLink:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport",
                                  "the next page is at %1, not at the endpoint: not followed (the token is "
                                  "sent to the endpoint only)"),
                {r.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toStdString()}};
    case ArmFailure::TooManyPages:
        return {c,
                QT_TRANSLATE_NOOP("LiveImport", "more than %1 pages, or a page link repeated: stopped"),
                {std::to_string(settings.maxPages)}};
    case ArmFailure::Canceled:
        return {c, QT_TRANSLATE_NOOP("LiveImport", "canceled"), {}};
    }
    return {};
}

LiveImport::LiveImport(ArmClientSettings settings, QByteArray token, LiveScope scope, QObject* parent)
    : QObject(parent), client_(new ArmClient(std::move(settings), std::move(token), this)),
      scope_(std::move(scope)) {}

void LiveImport::start() {
    std::optional<Message> refusal = checkEndpoint(client_->settings().endpoint);
    if (!refusal) refusal = checkScope(scope_);
    if (refusal) {
        fetch_.errors.push_back({Severity::Error, "LIVE_SCOPE", {}, *refusal});
        QTimer::singleShot(0, this, &LiveImport::finish);
        return;
    }
    scope_.subscriptions.removeDuplicates();
    scope_.resourceGroups.removeDuplicates();
    checkSubscriptions();
}

void LiveImport::cancel() {
    if (finished_) return;
    fetch_.canceled = true;
    client_->cancel();
    QTimer::singleShot(0, this, &LiveImport::finish);
}

void LiveImport::report(int announced) {
    progress_.requestsLeft = client_->inFlight() + int(children_.size()) + announced;
    emit progressed(progress_);
}

void LiveImport::fail(const ArmResponse& r) {
    if (finished_ || !fetch_.errors.empty()) return;
    fetch_.errors.push_back(
        {Severity::Error, failureCode(r.failure), where(r), failureMessage(r, client_->settings())});
    client_->cancel(); // nothing more is needed
    QTimer::singleShot(0, this, &LiveImport::finish);
}

void LiveImport::noteNotRead(const ArmResponse& r, const std::string& scope) {
    armimport::ImportNote n;
    n.kind = armimport::NoteKind::NotRead;
    n.code = failureCode(r.failure);
    n.source = where(r);
    n.armId = scope;
    n.message = {"LiveImport",
                 QT_TRANSLATE_NOOP("LiveImport", "%1 not read: %2; the rest is imported"),
                 {scope, Message::term("LiveImport", failureMessage(r, client_->settings()).sourceText,
                                       failureMessage(r, client_->settings()).args)}};
    fetch_.notes.push_back(std::move(n));
}

void LiveImport::addDocument(const ArmResponse& r, int page) {
    std::string source = r.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toStdString();
    if (page > 1) source += " [" + std::to_string(page) + "]";
    if (const Json* items = rows(r.body)) progress_.resourcesRead += int(items->size());
    fetch_.documents.push_back({source, r.body});
}

// Step 1.
void LiveImport::checkSubscriptions() {
    auto pending = std::make_shared<int>(int(scope_.subscriptions.size()));
    for (const QString& s : scope_.subscriptions) {
        const QString path = "/subscriptions/" + pathSegment(s) + "?api-version=" + kSubscriptionsApiVersion;
        client_->get(path, [this, s, pending](const ArmResponse& r) {
            if (finished_ || client_->canceled()) return;
            ++progress_.requestsDone;
            if (r.ok())
                readable_ << s;
            else if (r.failure == ArmFailure::Forbidden)
                denied_ << s; // its resource groups may still be readable
            else if (r.failure == ArmFailure::NotFound)
                noteNotRead(r, "/subscriptions/" + s.toStdString());
            else
                return fail(r);
            if (r.failure == ArmFailure::Forbidden && scope_.resourceGroups.isEmpty())
                noteNotRead(r, "/subscriptions/" + s.toStdString());
            report();
            if (--*pending > 0) return;
            if (!scope_.resourceGroups.isEmpty())
                checkResourceGroups();
            else
                queryResourceGraph();
        });
    }
    report();
}

// Step 2.
void LiveImport::checkResourceGroups() {
    const QStringList subscriptions = readable_ + denied_;
    if (subscriptions.isEmpty()) return queryResourceGraph(); // says that nothing is readable
    auto pending = std::make_shared<int>(int(subscriptions.size() * scope_.resourceGroups.size()));
    auto found = std::make_shared<QSet<QString>>(); // groups that exist somewhere (readable or not)
    for (const QString& s : subscriptions)
        for (const QString& g : scope_.resourceGroups) {
            const QString path = "/subscriptions/" + pathSegment(s) + "/resourcegroups/" + pathSegment(g) +
                                 "?api-version=" + kResourceGroupsApiVersion;
            client_->get(path, [this, s, g, pending, found](const ArmResponse& r) {
                if (finished_ || client_->canceled()) return;
                ++progress_.requestsDone;
                const std::string scope =
                    "/subscriptions/" + s.toStdString() + "/resourceGroups/" + g.toStdString();
                if (r.ok()) {
                    groups_.push_back({s, g});
                    found->insert(g.toLower());
                } else if (r.failure == ArmFailure::Forbidden) {
                    found->insert(g.toLower());
                    noteNotRead(r, scope);
                } else if (r.failure != ArmFailure::NotFound) {
                    return fail(r);
                }
                report();
                if (--*pending > 0) return;
                for (const QString& name : scope_.resourceGroups)
                    if (!found->contains(name.toLower())) {
                        armimport::ImportNote n;
                        n.kind = armimport::NoteKind::NotRead;
                        n.code = "NOT_FOUND";
                        n.message = {"LiveImport",
                                     QT_TRANSLATE_NOOP("LiveImport",
                                                       "resource group %1 is in none of the chosen "
                                                       "subscriptions"),
                                     {name.toStdString()}};
                        fetch_.notes.push_back(std::move(n));
                    }
                queryResourceGraph();
            });
        }
    report();
}

// Step 3.
void LiveImport::queryResourceGraph() {
    QStringList subscriptions = readable_;
    QStringList groups;
    if (!scope_.resourceGroups.isEmpty()) {
        subscriptions.clear();
        for (const auto& g : groups_) {
            if (!subscriptions.contains(g.subscription)) subscriptions << g.subscription;
            if (!groups.contains(g.name)) groups << g.name;
        }
    }
    if (subscriptions.isEmpty()) {
        fetch_.errors.push_back(
            {Severity::Error,
             "NOTHING_READABLE",
             client_->settings().endpoint.toString().toStdString(),
             {"LiveImport",
              QT_TRANSLATE_NOOP("LiveImport",
                                "none of the chosen subscriptions and resource groups can be read with this "
                                "token (the notes say why): it needs the Reader role on them"),
              {}}});
        return finish();
    }
    Json body = {{"subscriptions", Json::array()},
                 {"query", query(groups).toStdString()},
                 {"options", {{"$top", 1000}, {"resultFormat", "objectArray"}}}};
    for (const QString& s : subscriptions)
        body["subscriptions"].push_back(s.toStdString());
    auto page = std::make_shared<int>(0);
    client_->postPages(
        QString("/providers/Microsoft.ResourceGraph/resources?api-version=") + kResourceGraphApiVersion, body,
        [this, page](const ArmResponse& r, bool hasMore) {
            if (finished_ || client_->canceled()) return false;
            if (!r.ok()) {
                fail(r);
                return false;
            }
            ++progress_.requestsDone;
            addDocument(r, ++*page);
            if (const Json* items = rows(r.body))
                for (const Json& row : *items) {
                    if (!row.is_object() || !row.contains("id") || !row["id"].is_string()) continue;
                    const auto id = armimport::parseArmId(row["id"].get<std::string>());
                    if (!id) continue;
                    const std::string type = armimport::idKey(id->type());
                    // A Virtual WAN hub's connections are Virtual WAN's, which Pathlight does not model.
                    if (type == "microsoft.network/virtualhubs" && armimport::field(row, "virtualWan"))
                        continue;
                    for (const auto& c : kChildLists)
                        if (type == c.parentType)
                            children_.push_back(resourcePath(*id) + "/" + c.list +
                                                "?api-version=" + kNetworkApiVersion);
                }
            report(hasMore ? 1 : 0);
            if (!hasMore) readChildren();
            return true;
        });
    report();
}

// Step 4: at most four lists at a time.
void LiveImport::readChildren() {
    if (children_.empty()) return finish();
    for (int i = 0; i < 4; ++i)
        nextChild();
}

void LiveImport::nextChild() {
    if (finished_ || client_->canceled()) return;
    if (children_.empty()) {
        if (childrenInFlight_ == 0) finish();
        return;
    }
    const QString path = children_.front();
    children_.pop_front();
    ++childrenInFlight_;
    auto page = std::make_shared<int>(0);
    client_->getPages(path, [this, page](const ArmResponse& r, bool hasMore) {
        if (finished_ || client_->canceled()) return false;
        ++progress_.requestsDone;
        if (r.failure == ArmFailure::Unauthorized) {
            fail(r);
            return false;
        }
        if (!r.ok()) {
            // The parent's id: the list's path without its last segment.
            noteNotRead(r, r.url.path().section('/', 0, -2).toStdString());
        } else {
            addDocument(r, ++*page);
        }
        report(hasMore ? 1 : 0);
        if (!r.ok() || !hasMore) {
            --childrenInFlight_;
            nextChild();
        }
        return r.ok();
    });
    report();
}

void LiveImport::finish() {
    if (finished_) return;
    finished_ = true;
    if (fetch_.canceled) {
        fetch_.documents.clear();
        fetch_.errors.clear();
    } else if (fetch_.errors.empty() && progress_.resourcesRead == 0) {
        fetch_.errors.push_back(
            {Severity::Error,
             "NOTHING_TO_IMPORT",
             client_->settings().endpoint.toString().toStdString(),
             {"LiveImport",
              QT_TRANSLATE_NOOP("LiveImport", "the chosen subscriptions and resource groups hold no "
                                              "network resource this token can read"),
              {}}});
    }
    progress_.requestsLeft = 0;
    emit progressed(progress_);
    emit finished();
}

armimport::ImportResult importFetched(LiveFetch fetch) {
    armimport::ImportResult result;
    if (fetch.canceled || !fetch.errors.empty()) {
        result.errors = std::move(fetch.errors);
        result.report.notes = std::move(fetch.notes);
        return result;
    }
    result = armimport::importDocuments(fetch.documents, {});
    result.report.notes.insert(result.report.notes.begin(), std::make_move_iterator(fetch.notes.begin()),
                               std::make_move_iterator(fetch.notes.end()));
    return result;
}

} // namespace pathlight::live
