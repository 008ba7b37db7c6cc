#include "advice/script_quote.h"

#include <cctype>
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

namespace {

// Characters that must never reach a terminal raw, even inside quotes: pasted into an interactive
// shell, ESC [201~ ends bracketed paste, Ctrl-U clears the line and CR runs what follows. C0, DEL,
// C1, the line and paragraph separators and the bidirectional controls (the embeddings,
// overrides and isolates, and the marks LRM, RLM and ALM: breaker, 2026-11-30).
bool isTerminalControl(std::uint32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
           cp == 0x061C;
}

bool hasTerminalControl(std::string_view value) {
    for (std::size_t i = 0; i < value.size();)
        if (isTerminalControl(nextCodePoint(value, i))) return true;
    return false;
}

std::string hex(std::uint32_t cp, int digits) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*X", digits, unsigned(cp));
    return buffer;
}

} // namespace

std::string shellQuote(std::string_view value) {
    if (hasTerminalControl(value)) {
        // ANSI-C quoting (bash, zsh, ksh): every control as an escape, nothing raw.
        std::string out = "$'";
        for (std::size_t i = 0; i < value.size();) {
            const std::size_t start = i;
            const std::uint32_t cp = nextCodePoint(value, i);
            if (cp == '\\' || cp == '\'')
                // As escapes too: no quote character inside, so a POSIX sh without $'...' (dash)
                // reads the whole as one single-quoted literal instead of ending it early and
                // running the rest (breaker, 2026-12-01).
                out += "\\x" + hex(cp, 2);
            else if (isTerminalControl(cp))
                // Byte by byte: bash reads \u only in a UTF-8 locale (in C it kept "\u202E"
                // literally and the name changed), \x the same in every locale.
                for (std::size_t b = start; b < i; ++b)
                    out += "\\x" + hex(std::uint8_t(value[b]), 2);
            else
                out += value.substr(start, i - start);
        }
        return out + "'";
    }
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
    // Single-quoted pieces; a control character joins them as [char]0xHH, never raw.
    std::string out = "'";
    bool joined = false;
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = nextCodePoint(value, i);
        const std::string_view bytes = value.substr(start, i - start);
        if (isTerminalControl(cp)) {
            out += "' + [char]0x" + hex(cp, cp < 0x100 ? 2 : 4) + " + '";
            joined = true;
            continue;
        }
        out += bytes;
        if (isPowerShellSingleQuote(cp)) out += bytes; // doubled: a literal quote
    }
    out += "'";
    return joined ? "(" + out + ")" : out;
}

std::string bicepString(std::string_view value) {
    std::string out = "'";
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = nextCodePoint(value, i);
        switch (cp) {
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
            if (isTerminalControl(cp))
                out += "\\u{" + hex(cp, 1) + "}";
            else
                out += value.substr(start, i - start);
        }
    }
    return out + "'";
}

std::string hclString(std::string_view value) {
    std::string out = "\"";
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = nextCodePoint(value, i);
        switch (cp) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
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
        case '%':
            // "$${" is a literal "${" and "%%{" a literal "%{"; a lone '$' or '%' is itself.
            out += value.substr(start, 1);
            if (i < value.size() && value[i] == '{') out += value.substr(start, 1);
            break;
        default:
            if (isTerminalControl(cp))
                out += "\\u" + hex(cp, 4);
            else
                out += value.substr(start, i - start);
        }
    }
    return out + "\"";
}

bool isTerraformIdentifier(std::string_view text) {
    if (text.empty() || !(std::isalpha(static_cast<unsigned char>(text.front())) || text.front() == '_'))
        return false;
    for (char c : text)
        if (!isAsciiAlnum(c) && c != '_' && c != '-') return false;
    return true;
}

std::string terraformLabel(std::string_view name, std::string_view fallback) {
    std::string label(name);
    for (char& c : label)
        if (c == '.' || c == '-') c = '_'; // Terraform's own style: snake_case labels
    if (label.size() <= 64 && isTerraformIdentifier(label)) return label;
    return std::string(fallback);
}

std::string commentText(std::string_view value) {
    std::string out;
    for (std::size_t i = 0; i < value.size();) {
        const std::size_t start = i;
        const std::uint32_t cp = nextCodePoint(value, i);
        // Controls end a line somewhere, or drive the terminal the text is pasted into.
        if (isTerminalControl(cp))
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
