#include "io/json_text.h"

namespace pathlight {

namespace {

// nlohmann's DOM builder, but an error records where it happened instead of throwing. The SAX
// parser reports a number overflow through parse_error too, with the byte position
// (nlohmann::detail::parser::parse_internal), which the exception thrown by parse() lacks.
class LocatingDomParser : public nlohmann::detail::json_sax_dom_parser<Json> {
public:
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;
    explicit LocatingDomParser(Json& result) : Base(result, false) {}

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& e) {
        byte = position;
        what = e.what();
        // A number overflow is reported after its last digit: point at its first one instead.
        if (e.id == 406 && token.size() <= position) byte = position - token.size() + 1;
        failed = true;
        return false;
    }

    std::size_t byte = 0;
    std::string what;
    bool failed = false;
};

} // namespace

std::optional<JsonTextError> parseJsonText(std::string_view text, Json& out) {
    LocatingDomParser sax(out);
    bool ok = false;
    try {
        ok = Json::sax_parse(text.begin(), text.end(), &sax);
    } catch (const Json::exception& e) {
        // Not expected with allow_exceptions off, but nothing from a hostile text may escape.
        JsonTextError error;
        error.what = e.what();
        return error;
    }
    if (ok && !sax.failed && !sax.is_errored()) return std::nullopt;
    JsonTextError error;
    error.what = sax.what.empty() ? std::string("invalid JSON") : sax.what;
    // "[json.exception.parse_error.101] parse error at line 2, column 11: syntax error ..." says
    // the place twice: keep the description only.
    if (const auto bracket = error.what.find("] ");
        error.what.starts_with("[json.exception.") && bracket != std::string::npos)
        error.what.erase(0, bracket + 2);
    if (error.what.starts_with("parse error at line "))
        if (const auto colon = error.what.find(": "); colon != std::string::npos)
            error.what.erase(0, colon + 2);
    // The parser's position counts the characters read, the offending one included.
    const std::size_t end = std::min(sax.byte, text.size());
    const std::size_t at = end > 0 ? end - 1 : 0;
    for (std::size_t i = 0; i < at; ++i) {
        if (text[i] == '\n') {
            ++error.line;
            error.column = 1;
        } else {
            ++error.column;
        }
    }
    return error;
}

Json parseJsonOrDiscarded(std::string_view text) {
    Json out;
    if (parseJsonText(text, out)) return Json(Json::value_t::discarded);
    return out;
}

} // namespace pathlight
