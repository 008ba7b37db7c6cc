#pragma once
// What a live import reads from Azure Resource Manager, in which order, with progress and cancel
// (../shared/spec/import.md input 4). It only fetches: the answers become import documents
// (armimport::InputDocument) that go through the same importer as files (importDocuments), so
// mapping, layout, report and suggested checks are the file import's.
//
// The requests, all read-only (README "Live import from Azure"):
//  1. GET  /subscriptions/{s}?api-version=2022-12-01 per subscription: the token can read it.
//  2. GET  /subscriptions/{s}/resourcegroups/{rg}?api-version=2021-04-01 per chosen resource
//     group (Resource Graph says nothing of a group it may not read: this does, with a 403).
//  3. POST /providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01: the network
//     resources (and VMs) of what is readable, 1,000 a page, following $skipToken.
//  4. GET  {id}/bgpConnections, {id}/peerings, {id}/ruleCollectionGroups?api-version=2023-09-01
//     per Route Server (virtualHubs without a Virtual WAN), virtualRouter and firewall policy:
//     children Resource Graph does not hold, following nextLink.
// A 403 or 404 on one resource group or one request of step 4 is a note (NoteKind::NotRead) and
// the rest continues; a 401 (the token) or a failed step 3 stops the import with an error.

#include "import/importer.h"
#include "live/arm_client.h"

#include <QObject>
#include <QStringList>

#include <deque>
#include <vector>

namespace pathlight::live {

// API versions of the requests above.
inline constexpr const char* kSubscriptionsApiVersion = "2022-12-01";
inline constexpr const char* kResourceGroupsApiVersion = "2021-04-01";
inline constexpr const char* kResourceGraphApiVersion = "2022-10-01";
inline constexpr const char* kNetworkApiVersion = "2023-09-01";

// What to read: subscription ids and, optionally, resource groups (in every chosen subscription).
struct LiveScope {
    QStringList subscriptions;
    QStringList resourceGroups;
};

// Why the scope cannot be sent (context "LiveImport"): no subscription, a subscription id that is
// not a GUID, a resource group name Azure would not accept (1–90 letters, digits, "-", "_", ".",
// "(", ")", not ending in "."). Checked before any request: names go into URLs and the query.
std::optional<Message> checkScope(const LiveScope& scope);

// The Resource Graph query for the scope (step 3).
QString resourceGraphQuery(const LiveScope& scope);

// The imported document's title in the current language: "Imported from Azure: <subscriptions>
// (<resource groups>)".
QString liveImportTitle(const LiveScope& scope);

// The requests steps 1–4 send, one line each, for the user to read before anything is sent.
QStringList plannedRequests(const QUrl& endpoint, const LiveScope& scope);

struct LiveProgress {
    int resourcesRead = 0; // resources in the answers so far
    int requestsDone = 0;  // answered (retries not counted)
    int requestsLeft = 0;  // known to be needed: queued, in flight, and a next page announced
};

// What the fetch gave: the answers as documents, the notes of what could not be read, and why
// nothing can be imported (errors; empty on success).
struct LiveFetch {
    std::vector<armimport::InputDocument> documents;
    std::vector<armimport::ImportNote> notes;
    std::vector<Diagnostic> errors;
    bool canceled = false;
};

class LiveImport : public QObject {
    Q_OBJECT
public:
    // The token is passed to the ArmClient this object owns (and wiped with it).
    LiveImport(ArmClientSettings settings, QByteArray token, LiveScope scope, QObject* parent = nullptr);
    // Starts the requests (checkScope and checkEndpoint first: a refusal finishes at once).
    void start();
    // Stops every request; finished() follows with `canceled` set and nothing to import.
    void cancel();
    const LiveFetch& fetch() const { return fetch_; }
    LiveFetch takeFetch() { return std::move(fetch_); }
    const LiveProgress& progress() const { return progress_; }

signals:
    void progressed(const pathlight::live::LiveProgress& progress);
    void finished();

private:
    struct Group {
        QString subscription, name;
    };
    void checkSubscriptions();
    void checkResourceGroups();
    void queryResourceGraph();
    void readChildren();
    void nextChild();
    void finish();
    void fail(const ArmResponse& r);
    void noteNotRead(const ArmResponse& r, const std::string& scope);
    void addDocument(const ArmResponse& r, int page);
    void report(int announced = 0); // announced: a next page the answer gave

    ArmClient* client_;
    LiveScope scope_;
    LiveFetch fetch_;
    LiveProgress progress_;
    QStringList readable_;         // subscriptions readable as a whole
    QStringList denied_;           // subscriptions answered 403 (their groups may still be readable)
    std::vector<Group> groups_;    // readable resource groups
    std::deque<QString> children_; // step 4's lists to read
    int childrenInFlight_ = 0;
    bool finished_ = false;
};

// The fetched documents imported (armimport::importDocuments), its notes at the head of the
// report's, the errors given back as the import's. Runs the mapping: call it off the GUI thread
// for large estates.
armimport::ImportResult importFetched(LiveFetch fetch);

// A failed request in words (context "LiveImport") for an error or a note: the status, ARM's code
// and message, what to do.
Message failureMessage(const ArmResponse& r, const ArmClientSettings& settings);
// A stable code for it: TOKEN_REFUSED, ACCESS_DENIED, NOT_FOUND, THROTTLED, TIMEOUT, NETWORK,
// MALFORMED_ANSWER, TOO_LARGE, FOREIGN_LINK, TOO_MANY_PAGES, HTTP_STATUS, CANCELED.
const char* failureCode(ArmFailure failure);

} // namespace pathlight::live
