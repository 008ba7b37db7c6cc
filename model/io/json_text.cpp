#include "io/json_text.h"

#include <unordered_set>

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

    // An object that names a key twice is refused: nlohmann keeps the last value and a rewrite
    // (format, save) would silently drop the first (a rule list, a title).
    bool start_object(std::size_t elements) {
        keys.emplace_back();
        return Base::start_object(elements);
    }
    bool end_object() {
        keys.pop_back();
        return Base::end_object();
    }
    bool key(Json::string_t& value) {
        if (!keys.empty() && !keys.back().insert(value).second) {
            what = "duplicate key \"" + value + "\": each key may appear once in an object";
            duplicate = value;
            failed = true;
            return false;
        }
        return Base::key(value);
    }

    std::size_t byte = 0;
    std::string what;
    bool failed = false;
    std::string duplicate; // the key named twice, when that is the error
    std::vector<std::unordered_set<std::string>> keys;
};

// Where a key named twice is named the second time: the first place where a quoted `key`
// followed by ':' appears again after an earlier one in the same text (close enough to show
// the user; the parser does not say).
std::size_t secondKeyPosition(std::string_view text, const std::string& key) {
    const std::string quoted = Json(key).dump();
    int seen = 0;
    for (std::size_t at = text.find(quoted); at != std::string_view::npos; at = text.find(quoted, at + 1)) {
        std::size_t after = at + quoted.size();
        while (after < text.size() &&
               (text[after] == ' ' || text[after] == '\t' || text[after] == '\n' || text[after] == '\r'))
            ++after;
        if (after < text.size() && text[after] == ':' && ++seen == 2) return at + 1;
    }
    return 0;
}

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
    if (!sax.duplicate.empty()) sax.byte = secondKeyPosition(text, sax.duplicate);
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
