#include "ip/ipv4.h"

#include "common/message.h"

#include <array>
#include <charconv>

namespace pathlight {

namespace {

bool parseDecimal(std::string_view text, int maxValue, int& out) {
    if (text.empty() || text.size() > 3) return false;
    if (text.size() > 1 && text[0] == '0') return false; // "01" is ambiguous (octal in some tools)
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && out <= maxValue;
}

// A reason is a Message term (context "Ipv4"): shown in the reader's sentence, translated.
void setReason(std::string* reason, const char* text, const std::vector<std::string>& args = {}) {
    if (reason) *reason = Message::term("Ipv4", text, args);
}

} // namespace

std::string Ipv4Address::toString() const {
    std::string s;
    s.reserve(15);
    for (int shift = 24; shift >= 0; shift -= 8) {
        s += std::to_string((value_ >> shift) & 0xff);
        if (shift) s += '.';
    }
    return s;
}

std::optional<Ipv4Address> Ipv4Address::parse(std::string_view text, std::string* reason) {
    std::array<int, 4> octets{};
    std::size_t start = 0;
    for (int i = 0; i < 4; ++i) {
        std::size_t end = i < 3 ? text.find('.', start) : text.size();
        if (end == std::string_view::npos) {
            setReason(reason, QT_TRANSLATE_NOOP("Ipv4", "expected four dot-separated numbers"));
            return std::nullopt;
        }
        if (!parseDecimal(text.substr(start, end - start), 255, octets[i])) {
            setReason(reason, QT_TRANSLATE_NOOP("Ipv4", "octet %1 is not a number from 0 to 255"),
                      {std::to_string(i + 1)});
            return std::nullopt;
        }
        start = end + 1;
    }
    return Ipv4Address(octets[0], octets[1], octets[2], octets[3]);
}

std::optional<Ipv4Prefix> Ipv4Prefix::parse(std::string_view text, std::string* reason,
                                            bool allowBareAddress) {
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) {
        if (!allowBareAddress) {
            setReason(reason, QT_TRANSLATE_NOOP("Ipv4", "missing '/length'"));
            return std::nullopt;
        }
        auto address = Ipv4Address::parse(text, reason);
        if (!address) return std::nullopt;
        return hostRoute(*address);
    }
    auto address = Ipv4Address::parse(text.substr(0, slash), reason);
    if (!address) return std::nullopt;
    int length = 0;
    if (!parseDecimal(text.substr(slash + 1), 32, length)) {
        setReason(reason, QT_TRANSLATE_NOOP("Ipv4", "prefix length must be a number from 0 to 32"));
        return std::nullopt;
    }
    if ((address->value() & ~maskFor(length)) != 0) {
        setReason(reason, QT_TRANSLATE_NOOP("Ipv4", "host bits are set (did you mean %1?)"),
                  {containing(*address, length).toString()});
        return std::nullopt;
    }
    return Ipv4Prefix(*address, length);
}

Ipv4Prefix Ipv4Prefix::containing(Ipv4Address address, int length) {
    return Ipv4Prefix(Ipv4Address(address.value() & maskFor(length)), length);
}

std::string Ipv4Prefix::toString() const {
    return network_.toString() + "/" + std::to_string(length_);
}

std::optional<Ipv4Range> Ipv4Range::parse(std::string_view text, std::string* reason) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        if (text.find('/') != std::string_view::npos) {
            auto p = Ipv4Prefix::parse(text, reason);
            return p ? std::optional<Ipv4Range>(Ipv4Range(*p)) : std::nullopt;
        }
        auto a = Ipv4Address::parse(text, reason);
        return a ? std::optional<Ipv4Range>(Ipv4Range(*a, *a)) : std::nullopt;
    }
    auto first = Ipv4Address::parse(text.substr(0, dash), reason);
    if (!first) return std::nullopt;
    auto last = Ipv4Address::parse(text.substr(dash + 1), reason);
    if (!last) return std::nullopt;
    if (*last < *first) {
        setReason(reason, QT_TRANSLATE_NOOP("Ipv4", "the last address comes before the first"));
        return std::nullopt;
    }
    return Ipv4Range(*first, *last);
}

bool isNonPublic(Ipv4Address a) {
    static constexpr std::array<Ipv4Prefix, 8> ranges{{
        {Ipv4Address(0, 0, 0, 0), 8},
        {Ipv4Address(10, 0, 0, 0), 8},
        {Ipv4Address(100, 64, 0, 0), 10},
        {Ipv4Address(127, 0, 0, 0), 8},
        {Ipv4Address(169, 254, 0, 0), 16},
        {Ipv4Address(172, 16, 0, 0), 12},
        {Ipv4Address(192, 168, 0, 0), 16},
        {Ipv4Address(224, 0, 0, 0), 3}, // multicast and reserved
    }};
    for (const auto& r : ranges)
        if (r.contains(a)) return true;
    return false;
}

} // namespace pathlight
