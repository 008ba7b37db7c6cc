#include "catalog/service_tags.h"

#include "common/ascii.h"

#include <algorithm>

namespace pathlight {

using Json = nlohmann::json;

// Builds the lookup structures the public types keep private.
struct ServiceTagBuilder {
    static void index(ServiceTag& tag) {
        auto& r = tag.ranges_;
        r.clear();
        r.reserve(tag.prefixes.size());
        for (const auto& p : tag.prefixes)
            r.emplace_back(p.first().value(), p.last().value());
        std::sort(r.begin(), r.end());
        std::size_t out = 0;
        for (std::size_t i = 0; i < r.size(); ++i) {
            // Adjacent or overlapping ranges merge (last + 1 cannot overflow: checked before).
            if (out > 0 && (r[out - 1].second == 0xFFFFFFFFu || r[i].first <= r[out - 1].second + 1)) {
                r[out - 1].second = std::max(r[out - 1].second, r[i].second);
                continue;
            }
            r[out++] = r[i];
        }
        r.resize(out);
    }
    static bool add(ServiceTagDatabase& db, ServiceTag tag) {
        const std::string key = asciiLower(tag.name);
        if (db.byLowerName_.count(key)) return false;
        index(tag);
        db.byLowerName_.emplace(key, db.tags_.size());
        db.tags_.push_back(std::move(tag));
        return true;
    }
};

namespace {

// Far above the published files (AzureCloud, the largest tag, has about ten thousand), low enough
// that routes on 25 tags stay in memory (breaker: 2,000,000 prefixes took gigabytes).
constexpr std::size_t kMaxPrefixesPerTag = 50000;
constexpr std::size_t kMaxPrefixes = 1000000;

Diagnostic diagnostic(Severity severity, const std::string& source, const std::string& pointer,
                      const char* code, const char* text, std::vector<std::string> args = {}) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.pointer = source + (pointer.empty() ? "" : "#" + pointer);
    d.message = {"ServiceTags", text, std::move(args)};
    return d;
}

std::string stringMember(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t numberMember(const Json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end()) return 0;
    if (it->is_number_integer()) return it->get<std::int64_t>();
    // The Discovery API writes changeNumber as a string.
    if (it->is_string()) {
        std::int64_t n = 0;
        for (char c : it->get<std::string>()) {
            if (c < '0' || c > '9' || n > (INT64_MAX - 9) / 10) return 0;
            n = n * 10 + (c - '0');
        }
        return n;
    }
    return 0;
}

} // namespace

bool ServiceTag::contains(Ipv4Address address) const {
    const std::uint32_t a = address.value();
    auto it = std::upper_bound(ranges_.begin(), ranges_.end(), a,
                               [](std::uint32_t v, const auto& range) { return v < range.first; });
    return it != ranges_.begin() && a <= std::prev(it)->second;
}

const ServiceTag* ServiceTagDatabase::find(std::string_view name) const {
    const auto it = byLowerName_.find(asciiLower(std::string(name)));
    return it == byLowerName_.end() ? nullptr : &tags_[it->second];
}

bool looksLikeServiceTag(std::string_view entry) {
    if (entry.empty() || entry.size() > 256) return false;
    const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (!letter(entry[0])) return false;
    for (char c : entry)
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '_') return false;
    return true;
}

ServiceTagRead parseServiceTags(const Json& document, const std::string& source) {
    ServiceTagRead read;
    const Json* values = nullptr;
    if (document.is_object()) {
        const auto it = document.find("values");
        if (it != document.end() && it->is_array()) values = &*it;
    }
    if (!values) {
        read.errors.push_back(diagnostic(
            Severity::Error, source, document.is_object() ? "/values" : "", "SERVICE_TAGS_NOT_A_TAG_FILE",
            QT_TRANSLATE_NOOP("ServiceTags",
                              "This is not a service tag file: it has no \"values\" list of tags "
                              "(the shape of Microsoft's ServiceTags_*.json download).")));
        return read;
    }
    auto db = std::make_shared<ServiceTagDatabase>();
    std::size_t total = 0;
    db->cloud = stringMember(document, "cloud");
    db->changeNumber = numberMember(document, "changeNumber");
    db->source = source;
    for (std::size_t i = 0; i < values->size(); ++i) {
        const Json& v = (*values)[i];
        const std::string at = "/values/" + std::to_string(i);
        const Json* props = nullptr;
        if (v.is_object()) {
            const auto p = v.find("properties");
            if (p != v.end() && p->is_object()) props = &*p;
        }
        const std::string name = v.is_object() ? stringMember(v, "name") : std::string();
        const auto prefixes = props ? props->find("addressPrefixes") : Json::const_iterator();
        if (!props || !looksLikeServiceTag(name) || prefixes == props->end() || !prefixes->is_array()) {
            read.warnings.push_back(diagnostic(
                Severity::Warning, source, at, "SERVICE_TAG_BAD_ENTRY",
                QT_TRANSLATE_NOOP("ServiceTags", "This entry is skipped: a tag needs a \"name\" and "
                                                 "\"properties\" with an \"addressPrefixes\" list.")));
            continue;
        }
        ServiceTag tag;
        tag.name = name;
        tag.region = stringMember(*props, "region");
        tag.systemService = stringMember(*props, "systemService");
        tag.prefixes.reserve(std::min<std::size_t>(prefixes->size(), kMaxPrefixesPerTag));
        std::size_t rejected = 0;
        for (std::size_t k = 0; k < prefixes->size(); ++k) {
            const Json& p = (*prefixes)[k];
            const std::string text = p.is_string() ? p.get<std::string>() : std::string();
            if (text.find(':') != std::string::npos) {
                ++tag.ipv6Prefixes;
                continue;
            }
            std::string reason;
            if (const auto prefix = Ipv4Prefix::parse(text, &reason, true)) {
                // Published tags hold Azure's public addresses: a private, shared or very wide
                // prefix would take over traffic inside VNets (breaker), so it is left out.
                bool privateSpace =
                    prefix->length() < 8 || isNonPublic(prefix->first()) || isNonPublic(prefix->last());
                for (const auto& range : wellknown::kPrivateRanges)
                    privateSpace = privateSpace || range.overlaps(*prefix);
                if (privateSpace) {
                    ++rejected;
                    read.warnings.push_back(diagnostic(
                        Severity::Warning, source, at + "/properties/addressPrefixes/" + std::to_string(k),
                        "SERVICE_TAG_PRIVATE_PREFIX",
                        QT_TRANSLATE_NOOP("ServiceTags",
                                          "Skipped in tag %1: %2 is not public address space (service tags "
                                          "hold Azure's public addresses)."),
                        {name, prefix->toString()}));
                    continue;
                }
                if (tag.prefixes.size() >= kMaxPrefixesPerTag || total >= kMaxPrefixes) {
                    read.errors.push_back(
                        diagnostic(Severity::Error, source, at + "/properties/addressPrefixes",
                                   "SERVICE_TAGS_TOO_MANY_PREFIXES",
                                   QT_TRANSLATE_NOOP("ServiceTags",
                                                     "Too many prefixes: a tag has at most %1 and a file at "
                                                     "most %2 (the published files have far fewer)."),
                                   {std::to_string(kMaxPrefixesPerTag), std::to_string(kMaxPrefixes)}));
                    return read;
                }
                ++total;
                tag.prefixes.push_back(*prefix);
                continue;
            }
            ++rejected;
            read.warnings.push_back(diagnostic(
                Severity::Warning, source, at + "/properties/addressPrefixes/" + std::to_string(k),
                "SERVICE_TAG_BAD_PREFIX",
                QT_TRANSLATE_NOOP("ServiceTags", "Skipped in tag %1: \"%2\" is not an address prefix."),
                {name, p.is_string() ? text.substr(0, 64) : p.dump().substr(0, 64)}));
        }
        // A tag whose every IPv4 prefix was refused is not known: rules on it stay uncertain.
        if (tag.prefixes.empty() && rejected > 0) continue;
        if (!ServiceTagBuilder::add(*db, std::move(tag)))
            read.warnings.push_back(diagnostic(
                Severity::Warning, source, at + "/name", "SERVICE_TAG_DUPLICATE",
                QT_TRANSLATE_NOOP("ServiceTags", "Tag %1 appears twice; the first one is kept."), {name}));
    }
    if (db->empty()) {
        read.errors.push_back(
            diagnostic(Severity::Error, source, "/values", "SERVICE_TAGS_EMPTY",
                       QT_TRANSLATE_NOOP("ServiceTags", "The file lists no usable service tag.")));
        return read;
    }
    read.database = std::move(db);
    return read;
}

ServiceTagRead parseServiceTagsText(std::string_view text, const std::string& source, std::size_t maxBytes) {
    ServiceTagRead read;
    if (text.size() > maxBytes) {
        read.errors.push_back(diagnostic(
            Severity::Error, source, "", "SERVICE_TAGS_TOO_LARGE",
            QT_TRANSLATE_NOOP("ServiceTags", "The file is %1 MB; a service tag file is at most %2 MB."),
            {std::to_string(text.size() / (1024 * 1024)), std::to_string(maxBytes / (1024 * 1024))}));
        return read;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    Json document = Json::parse(text.begin(), text.end(), nullptr, false);
    if (document.is_discarded()) {
        read.errors.push_back(diagnostic(Severity::Error, source, "", "SERVICE_TAGS_NOT_JSON",
                                         QT_TRANSLATE_NOOP("ServiceTags", "The file is not valid JSON.")));
        return read;
    }
    return parseServiceTags(document, source);
}

} // namespace pathlight
