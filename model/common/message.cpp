#include "common/message.h"

namespace pathlight {

std::string Message::fill(const std::string& pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const std::size_t index = std::size_t(pattern[i + 1] - '1');
            if (index < args.size()) {
                out += args[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string Message::english() const {
    std::vector<std::string> shown;
    shown.reserve(args.size());
    for (const auto& a : args)
        shown.push_back(isTerm(a) ? fill(termParts(a).second, termArgs(a)) : objectId(a));
    return fill(sourceText, shown);
}

std::string Message::term(const char* context, const char* text) {
    return std::string("\x1d") + context + "\x1e" + text;
}

std::string Message::term(const char* context, const char* text, const std::vector<std::string>& args) {
    std::string out = term(context, text);
    for (const auto& a : args)
        out += "\x1f" + a; // its own arguments, after the text
    return out;
}

std::pair<std::string, std::string> Message::termParts(const std::string& arg) {
    const std::size_t split = arg.find('\x1e');
    if (!isTerm(arg) || split == std::string::npos) return {{}, arg};
    const std::size_t end = arg.find('\x1f', split + 1);
    return {arg.substr(1, split - 1),
            arg.substr(split + 1, end == std::string::npos ? end : end - split - 1)};
}

std::vector<std::string> Message::termArgs(const std::string& arg) {
    std::vector<std::string> out;
    if (!isTerm(arg)) return out;
    for (std::size_t at = arg.find('\x1f'); at != std::string::npos;) {
        const std::size_t next = arg.find('\x1f', at + 1);
        out.push_back(arg.substr(at + 1, next == std::string::npos ? next : next - at - 1));
        at = next;
    }
    return out;
}

const char* severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return "error";
}

} // namespace pathlight
