#pragma once
// IPv4 addresses and CIDR prefixes as small value types.
// Parsing never throws: it returns the value or the reason the text is not one. A reason is a
// Message term (context "Ipv4", common/message.h): an argument for a Message, shown translated.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace pathlight {

class Ipv4Address {
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t value) : value_(value) {}
    constexpr Ipv4Address(int a, int b, int c, int d)
        : value_((std::uint32_t(a) << 24) | (std::uint32_t(b) << 16) | (std::uint32_t(c) << 8) |
                 std::uint32_t(d)) {}

    constexpr std::uint32_t value() const { return value_; }
    std::string toString() const;

    // Strict dotted quad: four decimal octets 0-255, no leading zeros beyond "0", no spaces.
    static std::optional<Ipv4Address> parse(std::string_view text, std::string* reason = nullptr);

    // Explicit operators rather than <=>: Qt 6.4's moc cannot parse <compare>.
    constexpr bool operator==(const Ipv4Address& o) const { return value_ == o.value_; }
    constexpr bool operator!=(const Ipv4Address& o) const { return value_ != o.value_; }
    constexpr bool operator<(const Ipv4Address& o) const { return value_ < o.value_; }

private:
    std::uint32_t value_ = 0;
};

class Ipv4Prefix {
public:
    constexpr Ipv4Prefix() = default;
    // The caller guarantees that host bits are clear (use tryMake or parse otherwise).
    constexpr Ipv4Prefix(Ipv4Address network, int length) : network_(network), length_(length) {}

    // "a.b.c.d/n" with host bits clear. A bare address is refused unless allowBareAddress,
    // in which case it means /32 (NSG rules and endpoint lists accept plain addresses).
    static std::optional<Ipv4Prefix> parse(std::string_view text, std::string* reason = nullptr,
                                           bool allowBareAddress = false);
    static Ipv4Prefix hostRoute(Ipv4Address address) { return Ipv4Prefix(address, 32); }
    // Masks the address to the length (for computed prefixes, never for user input).
    static Ipv4Prefix containing(Ipv4Address address, int length);

    constexpr Ipv4Address network() const { return network_; }
    constexpr int length() const { return length_; }
    constexpr std::uint32_t mask() const { return maskFor(length_); }
    constexpr Ipv4Address first() const { return network_; }
    constexpr Ipv4Address last() const { return Ipv4Address(network_.value() | ~mask()); }
    // Number of addresses, as 64-bit so /0 fits.
    constexpr std::uint64_t size() const { return std::uint64_t(1) << (32 - length_); }

    constexpr bool contains(Ipv4Address a) const { return (a.value() & mask()) == network_.value(); }
    constexpr bool contains(const Ipv4Prefix& other) const {
        return other.length_ >= length_ && contains(other.network_);
    }
    constexpr bool overlaps(const Ipv4Prefix& other) const {
        return contains(other) || other.contains(*this);
    }
    std::string toString() const;

    static constexpr std::uint32_t maskFor(int length) {
        return length == 0 ? 0u : (~std::uint32_t(0)) << (32 - length);
    }

    constexpr bool operator==(const Ipv4Prefix& o) const {
        return network_ == o.network_ && length_ == o.length_;
    }
    constexpr bool operator!=(const Ipv4Prefix& o) const { return !(*this == o); }
    constexpr bool operator<(const Ipv4Prefix& o) const {
        return network_ < o.network_ || (network_ == o.network_ && length_ < o.length_);
    }

private:
    Ipv4Address network_;
    int length_ = 0;
};

// An inclusive range of addresses ("10.0.0.4-10.0.0.9"), e.g. what a subnet leaves assignable.
class Ipv4Range {
public:
    constexpr Ipv4Range() = default;
    constexpr Ipv4Range(Ipv4Address first, Ipv4Address last) : first_(first), last_(last) {}
    constexpr explicit Ipv4Range(const Ipv4Prefix& p) : first_(p.first()), last_(p.last()) {}
    // "a.b.c.d-e.f.g.h" with first <= last, or a prefix, or a single address.
    static std::optional<Ipv4Range> parse(std::string_view text, std::string* reason = nullptr);

    constexpr Ipv4Address first() const { return first_; }
    constexpr Ipv4Address last() const { return last_; }
    constexpr std::uint64_t size() const { return std::uint64_t(last_.value()) - first_.value() + 1; }
    constexpr bool contains(Ipv4Address a) const {
        return first_.value() <= a.value() && a.value() <= last_.value();
    }
    constexpr bool overlaps(const Ipv4Range& o) const {
        return first_.value() <= o.last_.value() && o.first_.value() <= last_.value();
    }
    std::string toString() const { return first_.toString() + "-" + last_.toString(); }
    constexpr bool operator==(const Ipv4Range& o) const { return first_ == o.first_ && last_ == o.last_; }

private:
    Ipv4Address first_;
    Ipv4Address last_;
};

// Well-known addresses and ranges, each with the fact that makes it special.
namespace wellknown {
// Azure's host virtual IP: DNS, DHCP, health probes, VM agent (azure-facts §3.3).
inline constexpr Ipv4Address kWireServer{168, 63, 129, 16};
// Instance Metadata Service, never leaves the host (azure-facts §3.4).
inline constexpr Ipv4Address kImds{169, 254, 169, 254};
// RFC 1918 and RFC 6598 (100.64.0.0/10): Azure's reserved None routes (azure-facts §1.1) and
// Azure Firewall's IANAPrivateRanges (azure-facts-2 §12.4) are these four.
inline constexpr std::array<Ipv4Prefix, 4> kPrivateRanges{{
    {Ipv4Address(10, 0, 0, 0), 8},
    {Ipv4Address(172, 16, 0, 0), 12},
    {Ipv4Address(192, 168, 0, 0), 16},
    {Ipv4Address(100, 64, 0, 0), 10},
}};
} // namespace wellknown

// True for RFC 1918, RFC 6598 (100.64/10), loopback, link-local, multicast and 0/8:
// addresses that are not on the public Internet.
bool isNonPublic(Ipv4Address address);

} // namespace pathlight
