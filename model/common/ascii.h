#pragma once
// ASCII case folding for the names Azure compares without case (resource names, FQDNs). Standard
// C++ only.

#include <cctype>
#include <string>
#include <string_view>

namespace pathlight {

// `text` with A-Z as a-z; other bytes (UTF-8 included) unchanged.
inline std::string asciiLower(std::string text) {
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Whether two texts are equal when A-Z and a-z count as the same.
inline bool asciiEqualsNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

} // namespace pathlight
