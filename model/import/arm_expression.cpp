#include "import/arm_expression.h"

#include "io/json_text.h"
#include "ip/ipv4.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <unordered_map>
#include <utility>

namespace pathlight::armimport {

// ---- budget ---------------------------------------------------------------------------------

bool Budget::charge(std::size_t cost) {
    if (fatal_) return false;
    if (cost > limits_.maxSteps || steps_ > limits_.maxSteps - cost) {
        steps_ = limits_.maxSteps;
        setFatal("the template needs more than " + std::to_string(limits_.maxSteps) +
                 " evaluation steps (limit maxSteps)");
        return false;
    }
    steps_ += cost;
    return true;
}

bool Budget::enter() {
    if (depth_ >= 4 * std::max(1, limits_.maxDepth)) return false;
    ++depth_;
    return true;
}

// ---- small helpers --------------------------------------------------------------------------

namespace {

std::string dumpCompact(const Json& v) {
    return v.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string truncated(std::string_view text, std::size_t max = 300) {
    if (text.size() <= max) return std::string(text);
    return std::string(text.substr(0, max)) + "...";
}

// Weight charged for a value: its nodes plus its string bytes / 16 (a cheap proxy for memory).
std::size_t weightOf(const Json& value, std::size_t cap) {
    std::size_t total = 0;
    std::vector<const Json*> stack{&value};
    while (!stack.empty() && total <= cap) {
        const Json* v = stack.back();
        stack.pop_back();
        ++total;
        if (v->is_string())
            total += v->get_ref<const std::string&>().size() / 16;
        else if (v->is_structured())
            for (const auto& child : *v)
                stack.push_back(&child);
    }
    return total;
}

std::optional<long long> asInt(const Json& v) {
    if (v.is_number_integer() && !v.is_number_unsigned()) return v.get<long long>();
    if (v.is_number_unsigned()) {
        auto u = v.get<unsigned long long>();
        if (u <= static_cast<unsigned long long>(std::numeric_limits<long long>::max())) return (long long)u;
        return std::nullopt;
    }
    if (v.is_number_float()) {
        double d = v.get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e18) return (long long)d;
    }
    return std::nullopt;
}

bool deepEquals(const Json& a, const Json& b) {
    if (a.is_number() && b.is_number()) {
        auto ia = asInt(a), ib = asInt(b);
        if (ia && ib) return *ia == *ib;
        return a.get<double>() == b.get<double>();
    }
    if (a.type() != b.type()) return false;
    if (a.is_array()) {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!deepEquals(a[i], b[i])) return false;
        return true;
    }
    if (a.is_object()) {
        if (a.size() != b.size()) return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            auto other = b.find(it.key());
            if (other == b.end() || !deepEquals(it.value(), *other)) return false;
        }
        return true;
    }
    return a == b;
}

} // namespace

// ---- public helpers -------------------------------------------------------------------------

bool isExpressionText(std::string_view text) {
    return text.size() >= 2 && text.front() == '[' && text.back() == ']' && text[1] != '[';
}

std::string toArmString(const Json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_null()) return "";
    if (value.is_boolean()) return value.get<bool>() ? "True" : "False";
    return dumpCompact(value);
}

bool nestsDeeperThan(const Json& value, int maxDepth) {
    std::vector<std::pair<const Json*, int>> stack{{&value, 1}};
    while (!stack.empty()) {
        auto [v, depth] = stack.back();
        stack.pop_back();
        if (depth > maxDepth) return true;
        if (v->is_structured())
            for (const auto& child : *v)
                if (child.is_structured()) stack.push_back({&child, depth + 1});
    }
    return false;
}

const Json* findMember(const Json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    auto exact = object.find(std::string(key));
    if (exact != object.end()) return &*exact;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (iequals(it.key(), key)) return &it.value();
    return nullptr;
}

namespace {

std::uint64_t fnv1a(const std::vector<std::string>& parts, std::uint64_t seed) {
    std::uint64_t h = 14695981039346656037ull ^ seed;
    for (const auto& p : parts) {
        for (unsigned char c : p) {
            h ^= c;
            h *= 1099511628211ull;
        }
        h ^= 0x1f; // separator, so ("ab","c") and ("a","bc") differ
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

} // namespace

std::string stableUniqueString(const std::vector<std::string>& parts) {
    static const char* alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    std::uint64_t h = splitmix(fnv1a(parts, 0));
    std::string out;
    for (int i = 0; i < 13; ++i) {
        out += alphabet[h & 31u];
        h >>= 5;
        if (i == 11) h ^= splitmix(fnv1a(parts, 1)); // the 13th character from fresh bits
    }
    return out;
}

std::string stableGuid(const std::vector<std::string>& parts) {
    std::uint64_t a = splitmix(fnv1a(parts, 2)), b = splitmix(fnv1a(parts, 3));
    static const char* hex = "0123456789abcdef";
    std::string digits;
    for (int i = 15; i >= 0; --i)
        digits += hex[(a >> (i * 4)) & 15u];
    for (int i = 15; i >= 0; --i)
        digits += hex[(b >> (i * 4)) & 15u];
    digits[12] = '4';                       // version nibble
    digits[16] = hex[8 + ((b >> 60) & 3u)]; // variant 10xx
    return digits.substr(0, 8) + "-" + digits.substr(8, 4) + "-" + digits.substr(12, 4) + "-" +
           digits.substr(16, 4) + "-" + digits.substr(20, 12);
}

namespace {

std::vector<std::string> splitSlash(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        auto pos = s.find('/', start);
        out.emplace_back(
            s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos) break;
        start = pos + 1;
    }
    return out;
}

// "/providers/ns/t1/n1/t2/n2", or nullopt when the counts do not match.
std::optional<std::string> providerPath(std::string_view type, std::string_view name) {
    while (!type.empty() && type.back() == '/') // "Microsoft.Network/virtualNetworks/" (ARM accepts it)
        type.remove_suffix(1);
    auto types = splitSlash(type), names = splitSlash(name);
    if (types.size() < 2 || names.size() != types.size() - 1) return std::nullopt;
    std::string out = "/providers/" + types[0];
    for (std::size_t i = 1; i < types.size(); ++i)
        out += "/" + types[i] + "/" + names[i - 1];
    return out;
}

std::string scopePrefix(std::string_view subscription, std::string_view resourceGroup) {
    std::string out;
    if (!subscription.empty()) out += "/subscriptions/" + std::string(subscription);
    if (!subscription.empty() && !resourceGroup.empty())
        out += "/resourceGroups/" + std::string(resourceGroup);
    return out;
}

} // namespace

std::string buildResourceId(std::string_view subscription, std::string_view resourceGroup,
                            std::string_view type, std::string_view name) {
    auto path = providerPath(type, name);
    return scopePrefix(subscription, resourceGroup) +
           (path ? *path : "/providers/" + std::string(type) + "/" + std::string(name));
}

// ---- parser ---------------------------------------------------------------------------------

namespace {

struct Node {
    enum class Kind { Literal, Call, Member, Index };
    Kind kind = Kind::Literal;
    Json literal;                                // Literal
    std::string name;                            // Call: function name as written; Member: member name
    std::vector<std::unique_ptr<Node>> children; // Call: arguments; Member: {target}; Index: {target, index}
    int height = 1;                              // evaluation recursion below and including this node
};

class Parser {
public:
    Parser(std::string_view text, int maxDepth) : s_(text), maxDepth_(std::max(1, maxDepth)) {}

    std::unique_ptr<Node> parseAll() {
        auto node = parseExpr();
        if (!node) return nullptr;
        skipSpace();
        if (pos_ != s_.size()) return fail("unexpected text after the expression");
        return node;
    }
    const std::string& error() const { return error_; }
    std::size_t position() const { return pos_; }
    bool tooDeep() const { return tooDeep_; }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    int maxDepth_;
    bool tooDeep_ = false;
    std::string error_;

    std::unique_ptr<Node> fail(std::string message) {
        if (error_.empty()) error_ = std::move(message);
        return nullptr;
    }
    void skipSpace() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool peek(char c) {
        skipSpace();
        return pos_ < s_.size() && s_[pos_] == c;
    }
    static bool identStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
    }
    static bool identChar(char c) { return identStart(c) || (c >= '0' && c <= '9'); }

    std::string identifier() {
        std::size_t start = pos_;
        while (pos_ < s_.size() && identChar(s_[pos_]))
            ++pos_;
        return std::string(s_.substr(start, pos_ - start));
    }

    bool heightOk(Node& n) {
        for (const auto& c : n.children)
            n.height = std::max(n.height, c->height + 1);
        if (n.height > maxDepth_) {
            tooDeep_ = true;
            fail("the expression nests deeper than " + std::to_string(maxDepth_) + " levels");
            return false;
        }
        return true;
    }

    std::unique_ptr<Node> parseExpr() {
        if (++depth_ > maxDepth_) {
            tooDeep_ = true;
            --depth_;
            return fail("the expression nests deeper than " + std::to_string(maxDepth_) + " levels");
        }
        auto node = parsePrimary();
        while (node) {
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == '.') {
                ++pos_;
                skipSpace();
                if (pos_ >= s_.size() || !identStart(s_[pos_])) {
                    node = fail("a member name must follow '.'");
                    break;
                }
                auto member = std::make_unique<Node>();
                member->kind = Node::Kind::Member;
                member->name = identifier();
                member->children.push_back(std::move(node));
                if (!heightOk(*member)) {
                    node = nullptr;
                    break;
                }
                node = std::move(member);
            } else if (pos_ < s_.size() && s_[pos_] == '[') {
                ++pos_;
                auto index = parseExpr();
                if (!index) {
                    node = nullptr;
                    break;
                }
                if (!peek(']')) {
                    node = fail("']' expected");
                    break;
                }
                ++pos_;
                auto access = std::make_unique<Node>();
                access->kind = Node::Kind::Index;
                access->children.push_back(std::move(node));
                access->children.push_back(std::move(index));
                if (!heightOk(*access)) {
                    node = nullptr;
                    break;
                }
                node = std::move(access);
            } else {
                break;
            }
        }
        --depth_;
        return node;
    }

    std::unique_ptr<Node> parsePrimary() {
        skipSpace();
        if (pos_ >= s_.size()) return fail("the expression ends early");
        char c = s_[pos_];
        if (c == '\'') return parseString();
        if ((c >= '0' && c <= '9') || c == '-' || c == '+') return parseNumber();
        if (!identStart(c)) return fail(std::string("unexpected character '") + c + "'");
        std::string name = identifier();
        // A user-defined function is called as namespace.name(...).
        std::size_t save = pos_;
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == '.') {
            std::size_t dot = pos_;
            ++pos_;
            skipSpace();
            if (pos_ < s_.size() && identStart(s_[pos_])) {
                std::string second = identifier();
                if (peek('('))
                    name += "." + second;
                else
                    pos_ = dot;
            } else {
                pos_ = dot;
            }
        } else {
            pos_ = save;
        }
        if (!peek('(')) {
            auto literal = std::make_unique<Node>();
            std::string l = lower(name);
            if (l == "true")
                literal->literal = true;
            else if (l == "false")
                literal->literal = false;
            else if (l == "null")
                literal->literal = nullptr;
            else
                return fail("'(' expected after '" + name + "'");
            return literal;
        }
        ++pos_; // '('
        auto call = std::make_unique<Node>();
        call->kind = Node::Kind::Call;
        call->name = name;
        if (peek(')')) {
            ++pos_;
            return call;
        }
        while (true) {
            auto arg = parseExpr();
            if (!arg) return nullptr;
            call->children.push_back(std::move(arg));
            if (peek(',')) {
                ++pos_;
                continue;
            }
            if (peek(')')) {
                ++pos_;
                break;
            }
            return fail("',' or ')' expected in the arguments of " + name + "()");
        }
        if (!heightOk(*call)) return nullptr;
        return call;
    }

    std::unique_ptr<Node> parseString() {
        ++pos_; // opening quote
        std::string value;
        while (true) {
            if (pos_ >= s_.size()) return fail("unterminated string literal");
            char c = s_[pos_++];
            if (c == '\'') {
                if (pos_ < s_.size() && s_[pos_] == '\'') {
                    value += '\'';
                    ++pos_;
                    continue;
                }
                break;
            }
            value += c;
        }
        auto node = std::make_unique<Node>();
        node->literal = std::move(value);
        return node;
    }

    std::unique_ptr<Node> parseNumber() {
        std::size_t start = pos_;
        if (s_[pos_] == '-' || s_[pos_] == '+') ++pos_;
        std::size_t digits = pos_;
        while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
            ++pos_;
        if (pos_ == digits) return fail("a number expected");
        bool isFloat = false;
        if (pos_ < s_.size() && s_[pos_] == '.' && pos_ + 1 < s_.size() && s_[pos_ + 1] >= '0' &&
            s_[pos_ + 1] <= '9') {
            isFloat = true;
            ++pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
                ++pos_;
        }
        std::string text(s_.substr(start, pos_ - start));
        if (!text.empty() && text[0] == '+') text.erase(0, 1);
        auto node = std::make_unique<Node>();
        if (!isFloat) {
            long long v = 0;
            auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (ec != std::errc() || ptr != text.data() + text.size())
                return fail("the number " + text + " is out of range");
            node->literal = v;
        } else {
            double d = 0;
            auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
            if (ec != std::errc() || ptr != text.data() + text.size())
                return fail("the number " + text + " is out of range");
            node->literal = d;
        }
        return node;
    }
};

// ---- evaluator ------------------------------------------------------------------------------

enum class Fn {
    Parameters,
    Variables,
    CopyIndex,
    ResourceId,
    SubscriptionResourceId,
    TenantResourceId,
    ExtensionResourceId,
    Concat,
    Format,
    String,
    Int,
    Bool,
    Float,
    ToLower,
    ToUpper,
    Trim,
    Replace,
    Split,
    Join,
    Substring,
    IndexOf,
    LastIndexOf,
    StartsWith,
    EndsWith,
    Take,
    Skip,
    First,
    Last,
    Length,
    Empty,
    Contains,
    Equals,
    Not,
    And,
    Or,
    If,
    Coalesce,
    Greater,
    GreaterOrEquals,
    Less,
    LessOrEquals,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Min,
    Max,
    Range,
    Union,
    Intersection,
    CreateArray,
    Array,
    CreateObject,
    JsonFn,
    Items,
    UniqueString,
    Guid,
    Base64,
    Base64ToString,
    PadLeft,
    ResourceGroup,
    Subscription,
    Tenant,
    Deployment,
    Environment,
    CidrSubnet,
    CidrHost,
    ParseCidr,
    Uri,
    UriComponent,
    UriComponentToString,
    True,
    False,
    Null,
};

const std::unordered_map<std::string, Fn>& functionTable() {
    static const std::unordered_map<std::string, Fn> table = {
        {"parameters", Fn::Parameters},
        {"variables", Fn::Variables},
        {"copyindex", Fn::CopyIndex},
        {"resourceid", Fn::ResourceId},
        {"subscriptionresourceid", Fn::SubscriptionResourceId},
        {"tenantresourceid", Fn::TenantResourceId},
        {"extensionresourceid", Fn::ExtensionResourceId},
        {"concat", Fn::Concat},
        {"format", Fn::Format},
        {"string", Fn::String},
        {"int", Fn::Int},
        {"bool", Fn::Bool},
        {"float", Fn::Float},
        {"tolower", Fn::ToLower},
        {"toupper", Fn::ToUpper},
        {"trim", Fn::Trim},
        {"replace", Fn::Replace},
        {"split", Fn::Split},
        {"join", Fn::Join},
        {"substring", Fn::Substring},
        {"indexof", Fn::IndexOf},
        {"lastindexof", Fn::LastIndexOf},
        {"startswith", Fn::StartsWith},
        {"endswith", Fn::EndsWith},
        {"take", Fn::Take},
        {"skip", Fn::Skip},
        {"first", Fn::First},
        {"last", Fn::Last},
        {"length", Fn::Length},
        {"empty", Fn::Empty},
        {"contains", Fn::Contains},
        {"equals", Fn::Equals},
        {"not", Fn::Not},
        {"and", Fn::And},
        {"or", Fn::Or},
        {"if", Fn::If},
        {"coalesce", Fn::Coalesce},
        {"greater", Fn::Greater},
        {"greaterorequals", Fn::GreaterOrEquals},
        {"less", Fn::Less},
        {"lessorequals", Fn::LessOrEquals},
        {"add", Fn::Add},
        {"sub", Fn::Sub},
        {"mul", Fn::Mul},
        {"div", Fn::Div},
        {"mod", Fn::Mod},
        {"min", Fn::Min},
        {"max", Fn::Max},
        {"range", Fn::Range},
        {"union", Fn::Union},
        {"intersection", Fn::Intersection},
        {"createarray", Fn::CreateArray},
        {"array", Fn::Array},
        {"createobject", Fn::CreateObject},
        {"json", Fn::JsonFn},
        {"items", Fn::Items},
        {"uniquestring", Fn::UniqueString},
        {"guid", Fn::Guid},
        {"base64", Fn::Base64},
        {"base64tostring", Fn::Base64ToString},
        {"padleft", Fn::PadLeft},
        {"resourcegroup", Fn::ResourceGroup},
        {"subscription", Fn::Subscription},
        {"tenant", Fn::Tenant},
        {"deployment", Fn::Deployment},
        {"environment", Fn::Environment},
        {"cidrsubnet", Fn::CidrSubnet},
        {"cidrhost", Fn::CidrHost},
        {"parsecidr", Fn::ParseCidr},
        {"uri", Fn::Uri},
        {"uricomponent", Fn::UriComponent},
        {"uricomponenttostring", Fn::UriComponentToString},
        {"true", Fn::True},
        {"false", Fn::False},
        {"null", Fn::Null},
    };
    return table;
}

// Functions whose value only Azure knows at deployment time: never evaluated.
std::optional<std::string> neverEvaluated(const std::string& lname, const std::string& written) {
    if (lname == "reference") return std::string("reference");
    if (lname.size() > 4 && lname.compare(0, 4, "list") == 0) return written;
    if (lname == "pickzones") return std::string("pickZones");
    if (lname == "newguid") return std::string("newGuid");
    if (lname == "utcnow") return std::string("utcNow");
    return std::nullopt;
}

Evaluated invalid(const std::string& fn, const std::string& why) {
    return Evaluated::fail("invalid", fn + "(): " + why);
}

const std::string& str(const Json& v) {
    return v.get_ref<const std::string&>();
}

std::optional<std::pair<std::uint32_t, int>> parseCidrText(const std::string& text) {
    auto slash = text.find('/');
    if (slash == std::string::npos) return std::nullopt;
    auto address = Ipv4Address::parse(std::string_view(text).substr(0, slash));
    if (!address) return std::nullopt;
    std::string_view len = std::string_view(text).substr(slash + 1);
    int length = -1;
    auto [ptr, ec] = std::from_chars(len.data(), len.data() + len.size(), length);
    if (ec != std::errc() || ptr != len.data() + len.size() || length < 0 || length > 32) return std::nullopt;
    return std::make_pair(address->value() & Ipv4Prefix::maskFor(length), length);
}

std::string base64Encode(const std::string& in) {
    static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        std::uint32_t n =
            (std::uint8_t(in[i]) << 16) | (std::uint8_t(in[i + 1]) << 8) | std::uint8_t(in[i + 2]);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += table[(n >> 6) & 63];
        out += table[n & 63];
    }
    if (i + 1 == in.size()) {
        std::uint32_t n = std::uint8_t(in[i]) << 16;
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += "==";
    } else if (i + 2 == in.size()) {
        std::uint32_t n = (std::uint8_t(in[i]) << 16) | (std::uint8_t(in[i + 1]) << 8);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += table[(n >> 6) & 63];
        out += '=';
    }
    return out;
}

std::optional<std::string> base64Decode(const std::string& in) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : in) {
        if (c == '=') break;
        int v = value(c);
        if (v < 0) return std::nullopt;
        buffer = (buffer << 6) | std::uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += char((buffer >> bits) & 0xff);
        }
    }
    return out;
}

std::size_t findCaseInsensitive(const std::string& hay, const std::string& needle, bool last) {
    std::string h = lower(hay), n = lower(needle);
    return last ? h.rfind(n) : h.find(n);
}

class Evaluator {
public:
    Evaluator(EvalEnv& env) : env_(env), limits_(env.budget.limits()) {}

    Evaluated eval(const Node& n) {
        DepthGuard guard(env_.budget);
        if (!guard.entered()) return limit("the evaluation nests too deeply");
        switch (n.kind) {
        case Node::Kind::Literal:
            return Evaluated::of(n.literal);
        case Node::Kind::Member: {
            auto target = eval(*n.children[0]);
            if (!target.ok()) return target;
            if (!target.value.is_object())
                return invalid("." + n.name, "member access on a value that is not an object");
            const Json* member = findMember(target.value, n.name);
            if (!member) {
                if (iequals(n.name, "templateLink")) return Evaluated::fail("templateLink", "");
                return invalid("." + n.name, "the object has no member '" + n.name + "'");
            }
            return finish(Evaluated::of(*member));
        }
        case Node::Kind::Index: {
            auto target = eval(*n.children[0]);
            if (!target.ok()) return target;
            auto index = eval(*n.children[1]);
            if (!index.ok()) return index;
            if (target.value.is_array()) {
                auto i = asInt(index.value);
                if (!i) return invalid("[]", "an array index must be an integer");
                if (*i < 0 || std::size_t(*i) >= target.value.size())
                    return invalid("[]", "index " + std::to_string(*i) + " is out of range");
                return finish(Evaluated::of(target.value[std::size_t(*i)]));
            }
            if (target.value.is_object() && index.value.is_string()) {
                const Json* member = findMember(target.value, str(index.value));
                if (!member) {
                    if (iequals(str(index.value), "templateLink")) return Evaluated::fail("templateLink", "");
                    return invalid("[]", "the object has no member '" + str(index.value) + "'");
                }
                return finish(Evaluated::of(*member));
            }
            return invalid("[]", "index access needs an array and an integer or an object and a string");
        }
        case Node::Kind::Call:
            return call(n);
        }
        return invalid("?", "unknown node");
    }

private:
    EvalEnv& env_;
    const ExpansionLimits& limits_;

    Evaluated limit(const std::string& why) { return Evaluated::fail("limit", why); }

    // Charges the result's weight and checks its size.
    Evaluated finish(Evaluated r) {
        if (!r.ok()) return r;
        if (!env_.budget.charge(1 + weightOf(r.value, limits_.maxSteps)))
            return limit(env_.budget.fatal().value_or("maxSteps"));
        if (r.value.is_string() && str(r.value).size() > limits_.maxStringBytes)
            return limit("a string longer than " + std::to_string(limits_.maxStringBytes) + " bytes");
        if (r.value.is_structured() && r.value.size() > limits_.maxStringBytes)
            return limit("an array or object with more than " + std::to_string(limits_.maxStringBytes) +
                         " elements");
        return r;
    }
    bool fits(std::size_t bytes) const { return bytes <= limits_.maxStringBytes; }

    Evaluated call(const Node& n) {
        const std::string lname = lower(n.name);
        if (!env_.budget.charge(1)) return limit(env_.budget.fatal().value_or("maxSteps"));
        if (auto stopper = neverEvaluated(lname, n.name)) return Evaluated::fail(*stopper, "");
        auto it = functionTable().find(lname);
        if (it == functionTable().end()) return Evaluated::fail("unknownFunction", n.name);
        const Fn fn = it->second;
        // Lazily evaluated functions.
        switch (fn) {
        case Fn::If: {
            if (n.children.size() != 3) return invalid(n.name, "takes 3 arguments");
            auto cond = eval(*n.children[0]);
            if (!cond.ok()) return cond;
            if (!cond.value.is_boolean()) return invalid(n.name, "the condition is not a boolean");
            return eval(*n.children[cond.value.get<bool>() ? 1 : 2]);
        }
        case Fn::And:
        case Fn::Or: {
            if (n.children.size() < 2) return invalid(n.name, "takes at least 2 arguments");
            const bool isAnd = fn == Fn::And;
            for (const auto& child : n.children) {
                auto v = eval(*child);
                if (!v.ok()) return v;
                if (!v.value.is_boolean()) return invalid(n.name, "an argument is not a boolean");
                if (v.value.get<bool>() != isAnd) return Evaluated::of(!isAnd);
            }
            return Evaluated::of(isAnd);
        }
        case Fn::Coalesce: {
            for (const auto& child : n.children) {
                auto v = eval(*child);
                if (!v.ok() || !v.value.is_null()) return v;
            }
            return Evaluated::of(nullptr);
        }
        default:
            break;
        }
        std::vector<Json> args;
        args.reserve(n.children.size());
        for (const auto& child : n.children) {
            auto v = eval(*child);
            if (!v.ok()) return v;
            args.push_back(std::move(v.value));
        }
        return finish(apply(fn, n.name, args));
    }

    // --- argument helpers
    static bool allStrings(const std::vector<Json>& a) {
        return std::all_of(a.begin(), a.end(), [](const Json& v) { return v.is_string(); });
    }

    Evaluated apply(Fn fn, const std::string& name, std::vector<Json>& a) {
        const std::size_t n = a.size();
        auto count = [&](std::size_t lo, std::size_t hi) { return n >= lo && n <= hi; };
        const DeploymentContext& ctx = env_.scope.context();
        switch (fn) {
        case Fn::True:
            return Evaluated::of(true);
        case Fn::False:
            return Evaluated::of(false);
        case Fn::Null:
            return Evaluated::of(nullptr);
        case Fn::Parameters:
        case Fn::Variables: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes one name");
            DepthGuard guard(env_.budget);
            if (!guard.entered()) return limit("parameters and variables refer to each other too deeply");
            return fn == Fn::Parameters ? env_.scope.parameter(str(a[0]), env_.budget)
                                        : env_.scope.variable(str(a[0]), env_.budget);
        }
        case Fn::CopyIndex: {
            if (n > 2) return invalid(name, "takes at most 2 arguments");
            std::string loop;
            long long offset = 0;
            if (n >= 1 && a[0].is_string())
                loop = str(a[0]);
            else if (n == 1) {
                auto o = asInt(a[0]);
                if (!o) return invalid(name, "the offset is not an integer");
                offset = *o;
            }
            if (n == 2) {
                auto o = asInt(a[1]);
                if (!o || !a[0].is_string()) return invalid(name, "takes a loop name and an integer offset");
                offset = *o;
            }
            for (auto frame = env_.copies.rbegin(); frame != env_.copies.rend(); ++frame)
                if (loop.empty() || iequals(frame->name, loop)) return Evaluated::of(frame->index + offset);
            return invalid(name,
                           loop.empty() ? "used outside a copy loop" : "no copy loop named '" + loop + "'");
        }
        case Fn::ResourceId:
        case Fn::SubscriptionResourceId:
        case Fn::TenantResourceId:
            return resourceIdFn(fn, name, a, ctx);
        case Fn::ExtensionResourceId: {
            if (n < 3 || !allStrings(a)) return invalid(name, "takes a resource id, a type and names");
            std::string names;
            for (std::size_t i = 2; i < n; ++i)
                names += (i > 2 ? "/" : "") + str(a[i]);
            auto path = providerPath(str(a[1]), names);
            if (!path) return invalid(name, "the names do not match the segments of type " + str(a[1]));
            return Evaluated::of(str(a[0]) + *path);
        }
        case Fn::Concat: {
            if (n == 0) return invalid(name, "takes at least one argument");
            bool arrays = std::any_of(a.begin(), a.end(), [](const Json& v) { return v.is_array(); });
            if (arrays) {
                Json out = Json::array();
                for (auto& v : a) {
                    if (v.is_null()) continue;
                    if (!v.is_array()) return invalid(name, "mixes arrays and other values");
                    if (out.size() + v.size() > limits_.maxStringBytes)
                        return limit("concat(): the array is too long");
                    for (auto& e : v)
                        out.push_back(std::move(e));
                }
                return Evaluated::of(std::move(out));
            }
            std::string out;
            for (const auto& v : a) {
                if (v.is_object()) return invalid(name, "cannot concatenate an object");
                std::string piece = toArmString(v);
                if (!fits(out.size() + piece.size())) return limit("concat(): the string is too long");
                out += piece;
            }
            return Evaluated::of(std::move(out));
        }
        case Fn::Format:
            return formatFn(name, a);
        case Fn::String:
            if (n != 1) return invalid(name, "takes 1 argument");
            return Evaluated::of(toArmString(a[0]));
        case Fn::Int: {
            if (n != 1) return invalid(name, "takes 1 argument");
            if (auto i = asInt(a[0])) return Evaluated::of(*i);
            if (a[0].is_number_float()) {
                double d = a[0].get<double>();
                if (std::isfinite(d) && std::fabs(d) < 9.0e18) return Evaluated::of((long long)d);
            }
            if (a[0].is_string()) {
                std::string t = str(a[0]);
                auto b = t.find_first_not_of(" \t"), e = t.find_last_not_of(" \t");
                if (b != std::string::npos) t = t.substr(b, e - b + 1);
                if (!t.empty() && t[0] == '+') t.erase(0, 1);
                long long v = 0;
                auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
                if (ec == std::errc() && ptr == t.data() + t.size() && !t.empty()) return Evaluated::of(v);
            }
            return invalid(name, "the value is not an integer");
        }
        case Fn::Bool: {
            if (n != 1) return invalid(name, "takes 1 argument");
            if (a[0].is_boolean()) return Evaluated::of(a[0]);
            if (auto i = asInt(a[0])) return Evaluated::of(*i != 0);
            if (a[0].is_string()) {
                if (iequals(str(a[0]), "true")) return Evaluated::of(true);
                if (iequals(str(a[0]), "false")) return Evaluated::of(false);
            }
            return invalid(name, "the value is not a boolean");
        }
        case Fn::Float: {
            if (n != 1) return invalid(name, "takes 1 argument");
            if (a[0].is_number()) return Evaluated::of(a[0].get<double>());
            if (a[0].is_string()) {
                const std::string& t = str(a[0]);
                double d = 0;
                auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), d);
                if (ec == std::errc() && ptr == t.data() + t.size() && !t.empty()) return Evaluated::of(d);
            }
            return invalid(name, "the value is not a number");
        }
        case Fn::ToLower:
        case Fn::ToUpper: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            std::string s = str(a[0]);
            for (char& c : s)
                c = fn == Fn::ToLower ? ((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c)
                                      : ((c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c);
            return Evaluated::of(std::move(s));
        }
        case Fn::Trim: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            const std::string& s = str(a[0]);
            auto b = s.find_first_not_of(" \t\r\n\f\v"), e = s.find_last_not_of(" \t\r\n\f\v");
            return Evaluated::of(b == std::string::npos ? std::string() : s.substr(b, e - b + 1));
        }
        case Fn::Replace: {
            if (n != 3 || !allStrings(a)) return invalid(name, "takes 3 strings");
            const std::string &s = str(a[0]), &from = str(a[1]), &to = str(a[2]);
            if (from.empty()) return invalid(name, "the string to replace is empty");
            std::string out;
            std::size_t pos = 0;
            while (true) {
                auto hit = s.find(from, pos);
                if (hit == std::string::npos) break;
                if (!fits(out.size() + (hit - pos) + to.size()))
                    return limit("replace(): the string is too long");
                out.append(s, pos, hit - pos);
                out += to;
                pos = hit + from.size();
            }
            out.append(s, pos, std::string::npos);
            if (!fits(out.size())) return limit("replace(): the string is too long");
            return Evaluated::of(std::move(out));
        }
        case Fn::Split: {
            if (n != 2 || !a[0].is_string()) return invalid(name, "takes a string and delimiters");
            std::vector<std::string> delimiters;
            if (a[1].is_string())
                delimiters.push_back(str(a[1]));
            else if (a[1].is_array()) {
                for (const auto& d : a[1]) {
                    if (!d.is_string()) return invalid(name, "a delimiter is not a string");
                    delimiters.push_back(str(d));
                }
            } else {
                return invalid(name, "the delimiter is not a string or an array");
            }
            Json out = Json::array();
            const std::string& s = str(a[0]);
            std::size_t start = 0, pos = 0;
            while (pos <= s.size()) {
                std::size_t matched = 0;
                for (const auto& d : delimiters)
                    if (!d.empty() && s.compare(pos, d.size(), d) == 0) {
                        matched = d.size();
                        break;
                    }
                if (matched) {
                    out.push_back(s.substr(start, pos - start));
                    pos += matched;
                    start = pos;
                } else {
                    ++pos;
                }
            }
            out.push_back(s.substr(start));
            return Evaluated::of(std::move(out));
        }
        case Fn::Join: {
            if (n != 2 || !a[0].is_array() || !a[1].is_string())
                return invalid(name, "takes an array and a string");
            std::string out;
            bool firstItem = true;
            for (const auto& e : a[0]) {
                if (e.is_structured()) return invalid(name, "an element is an array or object");
                std::string piece = toArmString(e);
                if (!fits(out.size() + piece.size() + str(a[1]).size()))
                    return limit("join(): the string is too long");
                if (!firstItem) out += str(a[1]);
                out += piece;
                firstItem = false;
            }
            return Evaluated::of(std::move(out));
        }
        case Fn::Substring: {
            if (!count(2, 3) || !a[0].is_string())
                return invalid(name, "takes a string, a start and a length");
            const std::string& s = str(a[0]);
            auto start = asInt(a[1]);
            if (!start || *start < 0 || std::size_t(*start) > s.size())
                return invalid(name, "the start is out of range");
            long long len = (long long)s.size() - *start;
            if (n == 3) {
                auto l = asInt(a[2]);
                if (!l || *l < 0 || *l > len) return invalid(name, "the length is out of range");
                len = *l;
            }
            return Evaluated::of(s.substr(std::size_t(*start), std::size_t(len)));
        }
        case Fn::IndexOf:
        case Fn::LastIndexOf: {
            if (n != 2) return invalid(name, "takes 2 arguments");
            const bool lastOne = fn == Fn::LastIndexOf;
            if (a[0].is_array()) {
                long long found = -1;
                for (std::size_t i = 0; i < a[0].size(); ++i)
                    if (deepEquals(a[0][i], a[1])) {
                        found = (long long)i;
                        if (!lastOne) break;
                    }
                return Evaluated::of(found);
            }
            if (!a[0].is_string() || !a[1].is_string()) return invalid(name, "takes two strings or an array");
            auto pos = findCaseInsensitive(str(a[0]), str(a[1]), lastOne);
            return Evaluated::of(pos == std::string::npos ? -1LL : (long long)pos);
        }
        case Fn::StartsWith:
        case Fn::EndsWith: {
            if (n != 2 || !allStrings(a)) return invalid(name, "takes 2 strings");
            std::string s = lower(str(a[0])), t = lower(str(a[1]));
            if (t.size() > s.size()) return Evaluated::of(false);
            return Evaluated::of(fn == Fn::StartsWith ? s.compare(0, t.size(), t) == 0
                                                      : s.compare(s.size() - t.size(), t.size(), t) == 0);
        }
        case Fn::Take:
        case Fn::Skip: {
            if (n != 2) return invalid(name, "takes 2 arguments");
            auto k = asInt(a[1]);
            if (!k) return invalid(name, "the count is not an integer");
            std::size_t size = a[0].is_string() ? str(a[0]).size() : a[0].is_array() ? a[0].size() : 0;
            if (!a[0].is_string() && !a[0].is_array()) return invalid(name, "takes a string or an array");
            std::size_t c = std::size_t(std::clamp<long long>(*k, 0, (long long)size));
            std::size_t from = fn == Fn::Take ? 0 : c, to = fn == Fn::Take ? c : size;
            if (a[0].is_string()) return Evaluated::of(str(a[0]).substr(from, to - from));
            Json out = Json::array();
            for (std::size_t i = from; i < to; ++i)
                out.push_back(std::move(a[0][i]));
            return Evaluated::of(std::move(out));
        }
        case Fn::First:
        case Fn::Last: {
            if (n != 1) return invalid(name, "takes 1 argument");
            if (a[0].is_string()) {
                const std::string& s = str(a[0]);
                if (s.empty()) return Evaluated::of(std::string());
                return Evaluated::of(std::string(1, fn == Fn::First ? s.front() : s.back()));
            }
            if (a[0].is_array()) {
                if (a[0].empty()) return Evaluated::of(nullptr);
                return Evaluated::of(fn == Fn::First ? a[0].front() : a[0].back());
            }
            return invalid(name, "takes a string or an array");
        }
        case Fn::Length: {
            if (n != 1) return invalid(name, "takes 1 argument");
            if (a[0].is_string()) {
                long long units = 0; // UTF-16 code units, as ARM counts
                for (unsigned char c : str(a[0]))
                    units += (c & 0xC0) != 0x80 ? ((c >= 0xF0) ? 2 : 1) : 0;
                return Evaluated::of(units);
            }
            if (a[0].is_structured()) return Evaluated::of((long long)a[0].size());
            return invalid(name, "takes a string, an array or an object");
        }
        case Fn::Empty: {
            if (n != 1) return invalid(name, "takes 1 argument");
            const Json& v = a[0];
            return Evaluated::of(v.is_null() || (v.is_string() && str(v).empty()) ||
                                 (v.is_structured() && v.empty()));
        }
        case Fn::Contains: {
            if (n != 2) return invalid(name, "takes 2 arguments");
            if (a[0].is_string())
                return Evaluated::of(str(a[0]).find(toArmString(a[1])) != std::string::npos);
            if (a[0].is_array())
                return Evaluated::of(std::any_of(a[0].begin(), a[0].end(),
                                                 [&](const Json& e) { return deepEquals(e, a[1]); }));
            if (a[0].is_object() && a[1].is_string())
                return Evaluated::of(findMember(a[0], str(a[1])) != nullptr);
            return invalid(name, "takes a string, an array or an object");
        }
        case Fn::Equals:
            if (n != 2) return invalid(name, "takes 2 arguments");
            return Evaluated::of(deepEquals(a[0], a[1]));
        case Fn::Not:
            if (n != 1 || !a[0].is_boolean()) return invalid(name, "takes a boolean");
            return Evaluated::of(!a[0].get<bool>());
        case Fn::Greater:
        case Fn::GreaterOrEquals:
        case Fn::Less:
        case Fn::LessOrEquals: {
            if (n != 2) return invalid(name, "takes 2 arguments");
            int cmp = 0;
            if (a[0].is_number() && a[1].is_number()) {
                auto x = asInt(a[0]), y = asInt(a[1]);
                if (x && y)
                    cmp = *x < *y ? -1 : *x > *y ? 1 : 0;
                else {
                    double dx = a[0].get<double>(), dy = a[1].get<double>();
                    cmp = dx < dy ? -1 : dx > dy ? 1 : 0;
                }
            } else if (a[0].is_string() && a[1].is_string()) {
                int c = str(a[0]).compare(str(a[1]));
                cmp = c < 0 ? -1 : c > 0 ? 1 : 0;
            } else {
                return invalid(name, "compares two numbers or two strings");
            }
            bool r = fn == Fn::Greater           ? cmp > 0
                     : fn == Fn::GreaterOrEquals ? cmp >= 0
                     : fn == Fn::Less            ? cmp < 0
                                                 : cmp <= 0;
            return Evaluated::of(r);
        }
        case Fn::Add:
        case Fn::Sub:
        case Fn::Mul:
        case Fn::Div:
        case Fn::Mod: {
            if (n != 2) return invalid(name, "takes 2 integers");
            auto x = asInt(a[0]), y = asInt(a[1]);
            if (!x || !y) return invalid(name, "takes 2 integers");
            long long r = 0;
            bool overflow = false;
            switch (fn) {
            case Fn::Add:
                overflow = __builtin_add_overflow(*x, *y, &r);
                break;
            case Fn::Sub:
                overflow = __builtin_sub_overflow(*x, *y, &r);
                break;
            case Fn::Mul:
                overflow = __builtin_mul_overflow(*x, *y, &r);
                break;
            default:
                if (*y == 0) return invalid(name, "division by zero");
                if (*x == std::numeric_limits<long long>::min() && *y == -1)
                    overflow = true;
                else
                    r = fn == Fn::Div ? *x / *y : *x % *y;
            }
            if (overflow) return invalid(name, "the result overflows a 64-bit integer");
            return Evaluated::of(r);
        }
        case Fn::Min:
        case Fn::Max: {
            std::vector<Json> values =
                (n == 1 && a[0].is_array()) ? std::vector<Json>(a[0].begin(), a[0].end()) : a;
            if (values.empty()) return invalid(name, "takes at least one integer");
            long long best = 0;
            for (std::size_t i = 0; i < values.size(); ++i) {
                auto v = asInt(values[i]);
                if (!v) return invalid(name, "takes integers");
                if (i == 0 || (fn == Fn::Min ? *v < best : *v > best)) best = *v;
            }
            return Evaluated::of(best);
        }
        case Fn::Range: {
            if (n != 2) return invalid(name, "takes a start and a count");
            auto start = asInt(a[0]), c = asInt(a[1]);
            if (!start || !c || *c < 0) return invalid(name, "takes a start and a non-negative count");
            if (*c > 10000 || std::size_t(*c) > limits_.maxStringBytes)
                return limit("range(): more than 10000 items");
            if (*start > std::numeric_limits<int>::max() - *c)
                return invalid(name, "the range is out of bounds");
            Json out = Json::array();
            for (long long i = 0; i < *c; ++i)
                out.push_back(*start + i);
            return Evaluated::of(std::move(out));
        }
        case Fn::Union:
            return unionFn(name, a);
        case Fn::Intersection: {
            if (n < 2) return invalid(name, "takes at least 2 arguments");
            if (std::all_of(a.begin(), a.end(), [](const Json& v) { return v.is_array(); })) {
                Json out = Json::array();
                for (const auto& e : a[0]) {
                    bool everywhere = std::all_of(a.begin() + 1, a.end(), [&](const Json& other) {
                        return std::any_of(other.begin(), other.end(),
                                           [&](const Json& x) { return deepEquals(x, e); });
                    });
                    bool seen =
                        std::any_of(out.begin(), out.end(), [&](const Json& x) { return deepEquals(x, e); });
                    if (everywhere && !seen) out.push_back(e);
                }
                return Evaluated::of(std::move(out));
            }
            if (std::all_of(a.begin(), a.end(), [](const Json& v) { return v.is_object(); })) {
                Json out = Json::object();
                for (auto it = a[0].begin(); it != a[0].end(); ++it) {
                    bool everywhere = std::all_of(a.begin() + 1, a.end(), [&](const Json& other) {
                        auto o = other.find(it.key());
                        return o != other.end() && deepEquals(*o, it.value());
                    });
                    if (everywhere) out[it.key()] = it.value();
                }
                return Evaluated::of(std::move(out));
            }
            return invalid(name, "takes arrays or objects");
        }
        case Fn::CreateArray: {
            Json out = Json::array();
            for (auto& v : a)
                out.push_back(std::move(v));
            return Evaluated::of(std::move(out));
        }
        case Fn::Array:
            if (n != 1) return invalid(name, "takes 1 argument");
            if (a[0].is_array()) return Evaluated::of(std::move(a[0]));
            return Evaluated::of(Json::array({std::move(a[0])}));
        case Fn::CreateObject: {
            if (n % 2 != 0) return invalid(name, "takes pairs of keys and values");
            Json out = Json::object();
            for (std::size_t i = 0; i < n; i += 2) {
                if (!a[i].is_string()) return invalid(name, "a key is not a string");
                out[str(a[i])] = std::move(a[i + 1]);
            }
            return Evaluated::of(std::move(out));
        }
        case Fn::JsonFn: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            Json parsed;
            if (auto error = parseJsonText(str(a[0]), parsed))
                return invalid(name, "not JSON: " + error->what);
            if (nestsDeeperThan(parsed, 4 * limits_.maxDepth))
                return limit("json(): the value nests too deeply");
            return Evaluated::of(std::move(parsed));
        }
        case Fn::Items: {
            if (n != 1 || !a[0].is_object()) return invalid(name, "takes an object");
            std::vector<std::string> keys;
            for (auto it = a[0].begin(); it != a[0].end(); ++it)
                keys.push_back(it.key());
            std::sort(keys.begin(), keys.end());
            Json out = Json::array();
            for (const auto& k : keys)
                out.push_back(Json{{"key", k}, {"value", a[0][k]}});
            return Evaluated::of(std::move(out));
        }
        case Fn::UniqueString:
        case Fn::Guid: {
            if (n == 0 || !allStrings(a)) return invalid(name, "takes strings");
            std::vector<std::string> parts;
            for (const auto& v : a)
                parts.push_back(str(v));
            return Evaluated::of(fn == Fn::UniqueString ? stableUniqueString(parts) : stableGuid(parts));
        }
        case Fn::Base64:
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            if (!fits(str(a[0]).size() / 3 * 4 + 4)) return limit("base64(): the string is too long");
            return Evaluated::of(base64Encode(str(a[0])));
        case Fn::Base64ToString: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            auto decoded = base64Decode(str(a[0]));
            if (!decoded) return invalid(name, "not base64");
            return Evaluated::of(std::move(*decoded));
        }
        case Fn::PadLeft: {
            if (!count(2, 3)) return invalid(name, "takes a value, a length and a character");
            auto total = asInt(a[1]);
            if (!total || *total < 0) return invalid(name, "the length is not a non-negative integer");
            if (!fits(std::size_t(*total))) return limit("padLeft(): the string is too long");
            if (a[0].is_structured()) return invalid(name, "takes a string or an integer");
            std::string s = toArmString(a[0]);
            std::string pad = " ";
            if (n == 3) {
                if (!a[2].is_string() || str(a[2]).size() != 1)
                    return invalid(name, "the padding is not one character");
                pad = str(a[2]);
            }
            if (s.size() < std::size_t(*total)) s.insert(0, std::size_t(*total) - s.size(), pad[0]);
            return Evaluated::of(std::move(s));
        }
        case Fn::ResourceGroup:
            if (n != 0) return invalid(name, "takes no arguments");
            return Evaluated::of(Json{{"id", scopePrefix(ctx.subscriptionId, ctx.resourceGroup)},
                                      {"name", ctx.resourceGroup},
                                      {"type", "Microsoft.Resources/resourceGroups"},
                                      {"location", ctx.location},
                                      {"properties", Json{{"provisioningState", "Succeeded"}}}});
        case Fn::Subscription:
            if (n != 0) return invalid(name, "takes no arguments");
            return Evaluated::of(Json{{"id", "/subscriptions/" + ctx.subscriptionId},
                                      {"subscriptionId", ctx.subscriptionId},
                                      {"tenantId", ctx.tenantId},
                                      {"displayName", ctx.subscriptionId}});
        case Fn::Tenant:
            if (n != 0) return invalid(name, "takes no arguments");
            return Evaluated::of(Json{{"tenantId", ctx.tenantId}, {"id", "/tenants/" + ctx.tenantId}});
        case Fn::Deployment:
            if (n != 0) return invalid(name, "takes no arguments");
            // No templateLink: the template was read from a local file.
            return Evaluated::of(Json{{"name", ctx.deploymentName},
                                      {"location", ctx.location},
                                      {"properties", Json{{"template", Json{{"contentVersion", "1.0.0.0"}}},
                                                          {"parameters", Json::object()},
                                                          {"mode", "Incremental"},
                                                          {"provisioningState", "Accepted"}}}});
        case Fn::Environment:
            if (n != 0) return invalid(name, "takes no arguments");
            return Evaluated::of(Json{
                {"name", "AzureCloud"},
                {"gallery", "https://gallery.azure.com/"},
                {"graph", "https://graph.windows.net/"},
                {"portal", "https://portal.azure.com"},
                {"resourceManager", "https://management.azure.com/"},
                {"authentication", Json{{"loginEndpoint", "https://login.microsoftonline.com/"},
                                        {"audiences", Json::array({"https://management.core.windows.net/",
                                                                   "https://management.azure.com/"})}}},
                {"suffixes", Json{{"storage", "core.windows.net"},
                                  {"sqlServerHostname", ".database.windows.net"},
                                  {"keyvaultDns", ".vault.azure.net"}}}});
        case Fn::CidrSubnet: {
            if (n != 3 || !a[0].is_string())
                return invalid(name, "takes a CIDR, a prefix length and an index");
            auto net = parseCidrText(str(a[0]));
            auto newLength = asInt(a[1]), index = asInt(a[2]);
            if (!net) return invalid(name, "'" + str(a[0]) + "' is not an IPv4 CIDR (IPv6 is not supported)");
            if (!newLength || *newLength < net->second || *newLength > 32)
                return invalid(name, "the new length is out of range");
            if (!index || *index < 0 || (unsigned long long)*index >= (1ull << (*newLength - net->second)))
                return invalid(name, "the subnet index is out of range");
            std::uint64_t base = std::uint64_t(net->first) + (std::uint64_t(*index) << (32 - *newLength));
            return Evaluated::of(Ipv4Address(std::uint32_t(base)).toString() + "/" +
                                 std::to_string(*newLength));
        }
        case Fn::CidrHost: {
            if (n != 2 || !a[0].is_string()) return invalid(name, "takes a CIDR and a host index");
            auto net = parseCidrText(str(a[0]));
            auto index = asInt(a[1]);
            if (!net) return invalid(name, "'" + str(a[0]) + "' is not an IPv4 CIDR (IPv6 is not supported)");
            std::uint64_t size = 1ull << (32 - net->second);
            std::uint64_t usable = net->second >= 31 ? size : size - 2;
            std::uint64_t firstHost = net->second >= 31 ? 0 : 1;
            if (!index || *index < 0 || std::uint64_t(*index) >= usable)
                return invalid(name, "the host index is out of range");
            return Evaluated::of(
                Ipv4Address(std::uint32_t(net->first + firstHost + std::uint64_t(*index))).toString());
        }
        case Fn::ParseCidr: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a CIDR");
            auto net = parseCidrText(str(a[0]));
            if (!net) return invalid(name, "'" + str(a[0]) + "' is not an IPv4 CIDR (IPv6 is not supported)");
            std::uint32_t mask = Ipv4Prefix::maskFor(net->second), broadcast = net->first | ~mask;
            bool tiny = net->second >= 31;
            return Evaluated::of(
                Json{{"network", Ipv4Address(net->first).toString()},
                     {"netmask", Ipv4Address(mask).toString()},
                     {"broadcast", Ipv4Address(broadcast).toString()},
                     {"firstUsable", Ipv4Address(tiny ? net->first : net->first + 1).toString()},
                     {"lastUsable", Ipv4Address(tiny ? broadcast : broadcast - 1).toString()},
                     {"cidr", net->second}});
        }
        case Fn::Uri: {
            if (n != 2 || !allStrings(a)) return invalid(name, "takes a base and a relative URI");
            const std::string &base = str(a[0]), &rel = str(a[1]);
            if (rel.find("://") != std::string::npos) return Evaluated::of(rel);
            auto scheme = base.find("://");
            if (scheme == std::string::npos) return invalid(name, "the base is not an absolute URI");
            if (!rel.empty() && rel[0] == '/') {
                auto hostEnd = base.find('/', scheme + 3);
                return Evaluated::of(base.substr(0, hostEnd) + rel);
            }
            auto lastSlash = base.rfind('/');
            std::string dir = lastSlash >= scheme + 3 ? base.substr(0, lastSlash + 1) : base + "/";
            return Evaluated::of(dir + rel);
        }
        case Fn::UriComponent: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            static const char* hex = "0123456789ABCDEF";
            std::string out;
            for (unsigned char c : str(a[0])) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == '~')
                    out += char(c);
                else {
                    out += '%';
                    out += hex[c >> 4];
                    out += hex[c & 15];
                }
            }
            return Evaluated::of(std::move(out));
        }
        case Fn::UriComponentToString: {
            if (n != 1 || !a[0].is_string()) return invalid(name, "takes a string");
            const std::string& s = str(a[0]);
            std::string out;
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (s[i] == '%' && i + 2 < s.size() && std::isxdigit((unsigned char)s[i + 1]) &&
                    std::isxdigit((unsigned char)s[i + 2])) {
                    out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
                    i += 2;
                } else {
                    out += s[i];
                }
            }
            return Evaluated::of(std::move(out));
        }
        case Fn::If:
        case Fn::And:
        case Fn::Or:
        case Fn::Coalesce:
            break; // evaluated lazily in call()
        }
        return invalid(name, "not available");
    }

    Evaluated resourceIdFn(Fn fn, const std::string& name, const std::vector<Json>& a,
                           const DeploymentContext& ctx) {
        if (!allStrings(a)) return invalid(name, "takes strings");
        std::size_t t = 0;
        while (t < a.size() && str(a[t]).find('/') == std::string::npos)
            ++t;
        if (t == a.size()) return invalid(name, "no resource type (Namespace/type) among the arguments");
        std::string sub = ctx.subscriptionId, rg = ctx.resourceGroup;
        if (fn == Fn::ResourceId) {
            if (t == 1)
                rg = str(a[0]);
            else if (t == 2) {
                sub = str(a[0]);
                rg = str(a[1]);
            } else if (t > 2)
                return invalid(name, "too many arguments before the resource type");
        } else if (fn == Fn::SubscriptionResourceId) {
            rg.clear();
            if (t == 1)
                sub = str(a[0]);
            else if (t > 1)
                return invalid(name, "too many arguments before the resource type");
        } else {
            if (t != 0) return invalid(name, "takes a resource type first");
            sub.clear();
            rg.clear();
        }
        std::string names;
        for (std::size_t i = t + 1; i < a.size(); ++i)
            names += (i > t + 1 ? "/" : "") + str(a[i]);
        auto path = providerPath(str(a[t]), names);
        if (!path) return invalid(name, "the names do not match the segments of type " + str(a[t]));
        return Evaluated::of(scopePrefix(sub, rg) + *path);
    }

    static void appendNumberFormat(std::string& out, const Json& v, std::string_view spec) {
        auto i = asInt(v);
        if (i && !spec.empty() && (spec[0] == 'D' || spec[0] == 'd')) {
            int width = 0;
            std::from_chars(spec.data() + 1, spec.data() + spec.size(), width);
            std::string digits = std::to_string(*i < 0 ? -*i : *i);
            if (width > 0 && width <= 64 && digits.size() < std::size_t(width))
                digits.insert(0, std::size_t(width) - digits.size(), '0');
            out += (*i < 0 ? "-" : "") + digits;
            return;
        }
        if (i && !spec.empty() && (spec[0] == 'X' || spec[0] == 'x') && *i >= 0) {
            static const char* upper = "0123456789ABCDEF";
            static const char* lowerHex = "0123456789abcdef";
            const char* digitsOf = spec[0] == 'X' ? upper : lowerHex;
            std::string digits;
            unsigned long long u = (unsigned long long)*i;
            do {
                digits.insert(digits.begin(), digitsOf[u & 15]);
                u >>= 4;
            } while (u);
            out += digits;
            return;
        }
        out += toArmString(v);
    }

    Evaluated formatFn(const std::string& name, const std::vector<Json>& a) {
        if (a.empty() || !a[0].is_string()) return invalid(name, "takes a format string");
        const std::string& f = str(a[0]);
        std::string out;
        for (std::size_t i = 0; i < f.size(); ++i) {
            char c = f[i];
            if (c == '{' && i + 1 < f.size() && f[i + 1] == '{') {
                out += '{';
                ++i;
            } else if (c == '}' && i + 1 < f.size() && f[i + 1] == '}') {
                out += '}';
                ++i;
            } else if (c == '{') {
                auto close = f.find('}', i);
                if (close == std::string::npos) return invalid(name, "unbalanced '{'");
                std::string_view item(f.data() + i + 1, close - i - 1);
                std::string_view spec;
                if (auto colon = item.find(':'); colon != std::string_view::npos) {
                    spec = item.substr(colon + 1);
                    item = item.substr(0, colon);
                }
                if (auto comma = item.find(','); comma != std::string_view::npos)
                    item = item.substr(0, comma);
                std::size_t index = 0;
                auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), index);
                if (ec != std::errc() || ptr != item.data() + item.size() || index + 1 >= a.size())
                    return invalid(name, "no argument for {" + std::string(item) + "}");
                if (a[index + 1].is_structured())
                    out += dumpCompact(a[index + 1]);
                else
                    appendNumberFormat(out, a[index + 1], spec);
                i = close;
            } else if (c == '}') {
                return invalid(name, "unbalanced '}'");
            } else {
                out += c;
            }
            if (!fits(out.size())) return limit("format(): the string is too long");
        }
        return Evaluated::of(std::move(out));
    }

    void mergeInto(Json& target, const Json& source, int depth) {
        for (auto it = source.begin(); it != source.end(); ++it) {
            auto existing = target.find(it.key());
            if (existing != target.end() && existing->is_object() && it.value().is_object() &&
                depth < limits_.maxDepth)
                mergeInto(*existing, it.value(), depth + 1);
            else if (existing != target.end() && existing->is_array() && it.value().is_array())
                appendUnique(*existing, it.value());
            else
                target[it.key()] = it.value();
        }
    }
    static void appendUnique(Json& target, const Json& source) {
        for (const auto& e : source)
            if (std::none_of(target.begin(), target.end(), [&](const Json& x) { return deepEquals(x, e); }))
                target.push_back(e);
    }

    Evaluated unionFn(const std::string& name, const std::vector<Json>& a) {
        if (a.size() < 2) return invalid(name, "takes at least 2 arguments");
        std::size_t total = 0;
        for (const auto& v : a)
            total += v.is_structured() ? v.size() : 0;
        if (total > limits_.maxStringBytes) return limit("union(): too many elements");
        if (total > 4096 && !env_.budget.charge(total * total / 4096))
            return limit("union(): too many elements");
        if (std::all_of(a.begin(), a.end(), [](const Json& v) { return v.is_array() || v.is_null(); })) {
            Json out = Json::array();
            for (const auto& v : a)
                if (v.is_array()) appendUnique(out, v);
            return Evaluated::of(std::move(out));
        }
        if (std::all_of(a.begin(), a.end(), [](const Json& v) { return v.is_object() || v.is_null(); })) {
            Json out = Json::object();
            for (const auto& v : a)
                if (v.is_object()) mergeInto(out, v, 0);
            return Evaluated::of(std::move(out));
        }
        return invalid(name, "takes arrays or objects, not a mix");
    }
};

} // namespace

// ---- entry points ---------------------------------------------------------------------------

Evaluated evaluateExpression(std::string_view expression, EvalEnv& env) {
    try {
        if (env.budget.fatal()) return Evaluated::fail("limit", *env.budget.fatal());
        Parser parser(expression, env.budget.limits().maxDepth);
        auto root = parser.parseAll();
        if (!root) {
            if (parser.tooDeep()) return Evaluated::fail("limit", parser.error());
            return Evaluated::fail("syntax",
                                   parser.error() + " at offset " + std::to_string(parser.position()));
        }
        Evaluator evaluator(env);
        return evaluator.eval(*root);
    } catch (const std::exception& e) {
        return Evaluated::fail("invalid", std::string("internal error: ") + e.what());
    } catch (...) {
        return Evaluated::fail("invalid", "internal error");
    }
}

Evaluated evaluateString(std::string_view text, EvalEnv& env) {
    if (!isExpressionText(text)) {
        if (text.size() >= 2 && text[0] == '[' && text[1] == '[' && text.back() == ']')
            return Evaluated::of(std::string(text.substr(1)));
        return Evaluated::of(std::string(text));
    }
    Evaluated r = evaluateExpression(text.substr(1, text.size() - 2), env);
    if (r.failure) {
        const std::string& f = r.failure->function;
        if (r.failure->detail.empty())
            r.failure->detail = truncated(text);
        else if ((f == "syntax" || f == "invalid" || f == "limit") &&
                 r.failure->detail.find(" in [") == std::string::npos)
            r.failure->detail += " in " + truncated(text);
    }
    return r;
}

} // namespace pathlight::armimport
