#pragma once
// Turns the model's untranslated messages into display text in the current language.

#include "common/message.h"
#include "topology/topology_index.h"
#include "trace/trace_result.h"

#include <QString>

#include <functional>

namespace pathlight {

// Translates the source text in its context, then fills in the arguments (shown with visible()):
// an object argument (Message::object) by the name the current namer gives it.
QString displayText(const Message& message);
// How object arguments are shown: the window sets one that gives each object's name from the
// open document (TopologyIndex::displayName); without one (the CLI), the id. Not thread-safe:
// set it from the thread that shows text.
using ObjectNamer = std::function<std::string(const std::string& id)>;
void setObjectNamer(ObjectNamer namer);
// The object's name by the current namer, made visible.
QString objectText(const std::string& id);
// A name, id or address from a file as text to show: control characters (a newline, ESC) as
// their Unicode pictures, so a name can never start a line or drive a terminal.
QString visible(const std::string& value);
// The same, cut in the middle to at most `maxChars` characters ("a-very…-name"): for axis ticks
// and other labels where a 5,000-character id from a file must not be drawn whole.
QString shortLabel(const std::string& value, int maxChars = 32);
// `text` with every word (a run without spaces) longer than `maxChars` cut in the middle as
// shortLabel cuts: for a sentence in a fixed space (the step bar), where a 3,000-character name
// from a file would push everything else out.
QString elideLongWords(const QString& text, int maxChars = 40);
// How many terminal columns a text takes: East Asian wide and fullwidth characters (CJK, kana,
// Hangul, fullwidth forms; Unicode UAX #11) take two, combining marks none, others one. For the
// CLI's tables, which align by columns, not characters (a Japanese table was misaligned).
int terminalWidth(const QString& text);
// `text` followed by spaces up to `columns` terminal columns.
QString padToColumns(const QString& text, int columns);
// An object's name by the current namer, cut as shortLabel cuts: for axis ticks.
QString objectLabel(const std::string& id, int maxChars = 32);
// "error", "warning", "info" in the current language.
QString displaySeverity(Severity severity);
// One of Azure's words the model writes as it is (a route's source "Default", "User", "BGP",
// "VirtualNetworkGateway"; its state "Active", "Invalid"; an NSG rule's "Inbound", "Outbound",
// "Allow", "Deny"; Pathlight's own next hops "Site", "InternetEdge"), in the current language;
// other text unchanged (Azure's next-hop types stay as Azure writes them).
QString displayTerm(const char* azureWord);
// A route's next-hop type: Azure's own (VirtualNetworkGateway, VnetLocal, Internet, ...) as Azure
// writes them in every language, as the portal's effective routes do; Pathlight's own ("Site",
// "InternetEdge") in the current language.
QString displayNextHopType(const std::string& type);
// The name of an endpoint of the built-in catalog (model/catalog/endpoints.json) in the current
// language (context "Catalog"); a name of a file's own endpoint as it is, made visible.
QString catalogNameText(const std::string& name);
QString displayVerdict(Verdict verdict);
// The model's kind of apparent source (Trace::apparentSourceKind: private, natGateway,
// defaultOutboundAccess, ...) and of hop (Hop::kind: vm, nva, gateway, ...), in the current
// language; an unknown kind is shown as it is, made visible.
QString displaySourceKind(SourceKind kind);
QString displayHopKind(HopKind kind);
// The kind of an object of the file ("VNet", "subnet", "NSG" ...) in the current language.
QString displayObjectKind(ObjectKind kind);

} // namespace pathlight
