#pragma once
// Parsing JSON text from untrusted sources (files, the clipboard, editors) without exceptions
// escaping: every failure, a syntax error or a number beyond a double's range (1e309) alike,
// comes back as a message with its line and column.

#include "topology/topology.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pathlight {

struct JsonTextError {
    std::size_t line = 1, column = 1; // 1-based, column counted in bytes
    std::string what;                 // nlohmann's description, e.g. "number overflow parsing '1e309'"
};

// Objects and arrays nest at most this deep in any parsed text (deeper is an error).
inline constexpr std::size_t kMaxJsonDepth = 256;

// Parses text into out. Returns the error instead of throwing; out is unspecified on error.
std::optional<JsonTextError> parseJsonText(std::string_view text, Json& out);

// The same, for callers that only need "valid or not": a discarded value on any error.
Json parseJsonOrDiscarded(std::string_view text);

// The reading Azure Resource Manager allows in templates and exports (../shared/spec/import.md
// "Inputs"): a UTF-8 byte-order mark, `//` and `/* */` comments, and line breaks or tabs written
// raw inside a string (a multi-line expression, as in the ALZ templates). Everything else is
// strict JSON as above; the line and column of an error are those of the original text.
std::optional<JsonTextError> parseLenientJsonText(std::string_view text, Json& out);

} // namespace pathlight
