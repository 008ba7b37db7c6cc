#include "io/json_text.h"

#include <unordered_set>
#include <vector>

namespace pathlight {

namespace {

// A DOM builder for nlohmann's SAX parser. An error records where it happened instead of throwing
// (the SAX parser reports a number overflow through parse_error too, with the byte position,
// which the exception thrown by parse() lacks). Members are appended to an object without
// ordered_map's search for an existing key (a linear scan per key, so 160,000 keys in one object
// took 23 s): keys are checked for uniqueness here, through a hash set per open object.
class LocatingDomParser {
public:
    explicit LocatingDomParser(Json& result) : root_(result) {}

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
    bool number_float(Json::number_float_t value, const Json::string_t&) { return add(Json(value)); }
    // A NUL character (written \u0000) is refused in any string or key: a script quoting such a
    // name for bash is cut at it and names another resource (breaker, session 9).
    bool string(Json::string_t& value) { return noNul(value) && add(Json(std::move(value))); }
    bool binary(Json::binary_t& value) { return add(Json::binary(std::move(value))); }
    bool start_object(std::size_t) {
        keys.emplace_back();
        return open(Json(Json::value_t::object));
    }
    bool end_object() {
        keys.pop_back();
        open_.pop_back();
        return true;
    }
    bool start_array(std::size_t) { return open(Json(Json::value_t::array)); }
    bool end_array() {
        open_.pop_back();
        return true;
    }

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
    bool key(Json::string_t& value) {
        if (!noNul(value)) return false;
        if (!keys.empty() && !keys.back().insert(value).second) {
            what = "duplicate key \"" + value + "\": each key may appear once in an object";
            duplicate = value;
            failed = true;
            return false;
        }
        key_ = std::move(value);
        return true;
    }

    std::size_t byte = 0;
    std::string what;
    bool failed = false;
    std::string duplicate; // the key named twice, when that is the error
    bool nul = false;      // a string held U+0000
    bool deep = false;     // nested deeper than kMaxJsonDepth
    std::vector<std::unordered_set<std::string>> keys;

private:
    bool noNul(const Json::string_t& value) {
        if (value.find('\0') == std::string::npos) return true;
        what = "a string holds a NUL character (\\u0000), which no name or value may contain";
        nul = true;
        failed = true;
        return false;
    }
    // Places a value in the open container (or as the root) and returns where it lies. Only the
    // innermost open container grows, so the pointers to the outer ones stay valid.
    Json* place(Json&& value) {
        if (open_.empty()) {
            root_ = std::move(value);
            return &root_;
        }
        Json& parent = *open_.back();
        if (parent.is_array()) {
            auto& array = parent.get_ref<Json::array_t&>();
            array.push_back(std::move(value));
            return &array.back();
        }
        auto& members = static_cast<Json::object_t::Container&>(parent.get_ref<Json::object_t&>());
        members.emplace_back(std::move(key_), std::move(value));
        return &members.back().second;
    }
    bool add(Json&& value) {
        place(std::move(value));
        return true;
    }
    // Deeper nesting is refused as it is met: a clipboard of 100,000 nested arrays built a value
    // whose copies and destruction recurse once a level, and overflowed the stack (breaker,
    // session 15; the file reader refuses 64 levels before parsing, TOO_DEEP).
    bool open(Json&& container) {
        if (open_.size() >= kMaxJsonDepth) {
            what = "the text nests deeper than " + std::to_string(kMaxJsonDepth) + " levels";
            deep = true;
            failed = true;
            return false;
        }
        open_.push_back(place(std::move(container)));
        return true;
    }

    Json& root_;
    std::vector<Json*> open_;
    Json::string_t key_;
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

std::optional<JsonTextError> parseJsonTextImpl(std::string_view text, Json& out, bool comments,
                                               const std::vector<std::size_t>& joinedLines);

} // namespace

std::optional<JsonTextError> parseJsonText(std::string_view text, Json& out) {
    return parseJsonTextImpl(text, out, false, {});
}

std::optional<JsonTextError> parseLenientJsonText(std::string_view text, Json& out) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // Raw control characters inside strings become escapes (nlohmann refuses them even with
    // comments allowed); the places of line breaks so removed keep the reported lines right.
    std::string cooked;
    cooked.reserve(text.size() + 64);
    std::vector<std::size_t> joinedLines;
    bool inString = false, escaped = false;
    enum class Comment { None, Line, Block } comment = Comment::None;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (comment == Comment::Line) {
            if (c == '\n') comment = Comment::None;
        } else if (comment == Comment::Block) {
            if (c == '*' && i + 1 < text.size() && text[i + 1] == '/') {
                cooked += "*/";
                ++i;
                comment = Comment::None;
                continue;
            }
        } else if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                if (c == '\n') joinedLines.push_back(cooked.size());
                cooked += c == '\n'   ? std::string("\\n")
                          : c == '\r' ? std::string("\\r")
                          : c == '\t' ? std::string("\\t")
                                      : std::string("\\u00") + hex[(c >> 4) & 1] + hex[c & 15];
                continue;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')) {
            comment = text[i + 1] == '/' ? Comment::Line : Comment::Block;
        }
        cooked += c;
    }
    return parseJsonTextImpl(cooked, out, true, joinedLines);
}

namespace {

std::optional<JsonTextError> parseJsonTextImpl(std::string_view text, Json& out, bool comments,
                                               const std::vector<std::size_t>& joinedLines) {
    LocatingDomParser sax(out);
    bool ok = false;
    try {
        ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true,
                             comments);
    } catch (const Json::exception& e) {
        // Not expected with allow_exceptions off, but nothing from a hostile text may escape.
        JsonTextError error;
        error.what = e.what();
        return error;
    }
    if (ok && !sax.failed) return std::nullopt;
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
    if (sax.deep) { // no position either: the bracket that goes one level too deep
        std::size_t depth = 0;
        bool inString = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if ((c == '[' || c == '{') && ++depth > kMaxJsonDepth) {
                sax.byte = i + 1;
                break;
            } else if (c == ']' || c == '}') {
                --depth;
            }
        }
    }
    if (sax.nul) { // the SAX parser gives no position for a value: point at the first escape
        const std::size_t at = text.find("\\u0000");
        sax.byte = at == std::string_view::npos ? 0 : at + 1;
    }
    // The parser's position counts the characters read, the offending one included.
    const std::size_t end = std::min(sax.byte, text.size());
    const std::size_t at = end > 0 ? end - 1 : 0;
    std::size_t joined = 0;
    for (std::size_t i = 0; i < at; ++i) {
        if (joined < joinedLines.size() && joinedLines[joined] == i) {
            ++joined;
            ++error.line;
            error.column = 1;
            ++i; // the escape written for the line break is two characters
        } else if (text[i] == '\n') {
            ++error.line;
            error.column = 1;
        } else {
            ++error.column;
        }
    }
    return error;
}

} // namespace

Json parseJsonOrDiscarded(std::string_view text) {
    Json out;
    if (parseJsonText(text, out)) return Json(Json::value_t::discarded);
    return out;
}

} // namespace pathlight
