#pragma once
// The contract's JSON shapes for traces and effective routes (keys may be added, not renamed).
// Message texts here are the English ones: JSON is for programs.

#include "routing/effective_route.h"
#include "trace/trace_result.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace pathlight {

nlohmann::ordered_json traceToJson(const Trace& trace);
nlohmann::ordered_json tracesToJson(const std::vector<Trace>& traces);
nlohmann::ordered_json routeToJson(const EffectiveRoute& route);
nlohmann::ordered_json routesToJson(const std::string& nicId, const std::vector<EffectiveRoute>& routes);

} // namespace pathlight
