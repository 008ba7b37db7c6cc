#pragma once
// The contract's JSON shapes for traces and effective routes (keys may be added, not renamed).
// Message texts here are the English ones: JSON is for programs.

#include "routing/effective_route.h"
#include "trace/trace_result.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace pathlight {

class Network;
struct Fix;
struct FixVerification;

// Without a network the fixes list is empty; with one, every finding's fixes are listed with
// their scripts and the verification differential. `all`: the traces of the file's flows, reused
// as the "before" of every verification (see verifyEdit).
nlohmann::ordered_json traceToJson(const Trace& trace, const Network* network = nullptr,
                                   const std::vector<Trace>* all = nullptr);
// The same with every fix verified by the analysis (the fast path: see analysis/analysis.h).
class Analysis;
nlohmann::ordered_json traceToJson(const Trace& trace, Analysis& analysis);
nlohmann::ordered_json tracesToJson(const std::vector<Trace>& traces, const Network* network = nullptr);
nlohmann::ordered_json fixToJson(const Fix& fix, const FixVerification* verification);
nlohmann::ordered_json routeToJson(const EffectiveRoute& route);
nlohmann::ordered_json routesToJson(const std::string& nicId, const std::vector<EffectiveRoute>& routes);

} // namespace pathlight
