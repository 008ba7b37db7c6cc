#include "advice/script_quote.h"

#include <cstdint>
#include <cstdio>

namespace pathlight {

namespace {

// Decodes one UTF-8 sequence at text[i]; returns the code point and advances i. Malformed bytes
// come back as U+FFFD, one byte at a time.
std::uint32_t nextCodePoint(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b = byte(i);
    if (b < 0x80) {
        ++i;
        return b;
    }
    const int extra = (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + std::size_t(extra) >= text.size()) {
        ++i;
        return 0xFFFD;
    }
    std::uint32_t cp = b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        const unsigned char c = byte(i + std::size_t(k));
        if ((c & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += std::size_t(extra) + 1;
    return cp;
}

bool isPowerShellSingleQuote(std::uint32_t cp) {
    return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B;
}

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

std::string shellQuote(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

std::string powerShellQuote(std::string_view value) {
    std::string out = "'";
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = nextCodePoint(value, i);
        const std::string_view bytes = value.substr(start, i - start);
        out += bytes;
        if (isPowerShellSingleQuote(cp)) out += bytes; // doubled: a literal quote
    }
    return out + "'";
}

std::string bicepString(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '$':
            out += "\\$";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                char buffer[16];
                std::snprintf(buffer, sizeof buffer, "\\u{%X}", unsigned(static_cast<unsigned char>(c)));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out + "'";
}

std::string commentText(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = nextCodePoint(value, i);
        // C0, DEL, C1 and the Unicode line and paragraph separators end a line somewhere.
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 ||
            cp == 0x85)
            out += ' ';
        else
            out += value.substr(start, i - start);
    }
    return out;
}

bool isValidAzureResourceName(std::string_view name) {
    if (name.empty() || name.size() > 80) return false;
    for (char c : name)
        if (!isAsciiAlnum(c) && c != '_' && c != '.' && c != '-') return false;
    return isAsciiAlnum(name.front()) && (isAsciiAlnum(name.back()) || name.back() == '_');
}

bool isValidResourceGroupName(std::string_view name) {
    if (name.empty() || name.back() == '.') return false;
    std::size_t characters = 0;
    for (std::size_t i = 0; i < name.size();) {
        const std::uint32_t cp = nextCodePoint(name, i);
        ++characters;
        if (cp < 0x80) {
            const char c = char(cp);
            if (!isAsciiAlnum(c) && c != '_' && c != '-' && c != '.' && c != '(' && c != ')') return false;
            continue;
        }
        // Letters and digits of other scripts are allowed; controls, separators, typographic
        // quotes and the rest of General Punctuation, and malformed UTF-8 are not.
        if (cp == 0xFFFD || cp < 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xFEFF || cp == 0x3000)
            return false;
    }
    return characters <= 90;
}

} // namespace pathlight
