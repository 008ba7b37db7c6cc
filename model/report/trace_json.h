#pragma once
// The contract's JSON shapes for traces and effective routes (keys may be added, not renamed).
// Message texts here are the English ones: JSON is for programs.

#include "routing/effective_route.h"
#include "trace/trace_result.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace pathlight {

class Analysis;
struct Fix;
struct FixVerification;

// A trace with an empty fixes list.
nlohmann::ordered_json traceToJson(const Trace& trace);
// The same with every finding's fixes, their scripts and each one's verification differential,
// from the analysis (what trace --json prints; see analysis/analysis.h).
nlohmann::ordered_json traceToJson(const Trace& trace, Analysis& analysis);
// {"flows": [...]} of traces without fixes.
nlohmann::ordered_json tracesToJson(const std::vector<Trace>& traces);
nlohmann::ordered_json fixToJson(const Fix& fix, const FixVerification* verification);
nlohmann::ordered_json routeToJson(const EffectiveRoute& route);
nlohmann::ordered_json routesToJson(const std::string& nicId, const std::vector<EffectiveRoute>& routes);

} // namespace pathlight
