#pragma once
// ASCII case folding for the names Azure compares without case (resource names, FQDNs). Standard
// C++ only.

#include <cctype>
#include <string>

namespace pathlight {

// `text` with A-Z as a-z; other bytes (UTF-8 included) unchanged.
inline std::string asciiLower(std::string text) {
    for (char& c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace pathlight
