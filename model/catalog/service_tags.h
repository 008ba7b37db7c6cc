#pragma once
// Azure service tags beyond the platform tags Pathlight knows by itself (azure-facts §4.2, TAGS):
// the prefixes of `Storage`, `Sql.WestEurope`, `AzureCloud.eastus` ... as Microsoft publishes them.
// The weekly download ("Azure IP Ranges and Service Tags", ServiceTags_<cloud>_<date>.json) and the
// Service Tag Discovery API answer share one shape, read here:
//   {"changeNumber": 374, "cloud": "Public",
//    "values": [{"name": "Storage.WestEurope", "id": "...",
//                "properties": {"changeNumber": 9, "region": "westeurope",
//                               "systemService": "AzureStorage", "addressPrefixes": ["a.b.c.d/n", ...]}}]}
// IPv6 prefixes are counted, not kept (Pathlight traces IPv4). Standard C++ only.

#include "common/message.h"
#include "ip/ipv4.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pathlight {

struct ServiceTag {
    std::string name;                 // as published: "Storage.WestEurope"
    std::string region;               // "westeurope"; empty for a tag that spans regions
    std::string systemService;        // "AzureStorage"; may be empty
    std::vector<Ipv4Prefix> prefixes; // IPv4, in the published order
    std::size_t ipv6Prefixes = 0;

    // Whether an address lies in one of the prefixes: O(log n) over the merged ranges.
    bool contains(Ipv4Address address) const;

private:
    friend struct ServiceTagBuilder;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_; // sorted, merged [first, last]
};

// A loaded tag file. Names compare without case, as ARM compares them in rules and routes.
class ServiceTagDatabase {
public:
    const ServiceTag* find(std::string_view name) const;
    const std::vector<ServiceTag>& tags() const { return tags_; }
    bool empty() const { return tags_.empty(); }

    std::string cloud;             // "Public", "AzureGovernment", ...
    std::int64_t changeNumber = 0; // the file's version (Microsoft raises it with every change)
    std::string source;            // the file it came from, or the API it was read from

private:
    friend struct ServiceTagBuilder;
    std::vector<ServiceTag> tags_;
    std::unordered_map<std::string, std::size_t> byLowerName_;
};

// Reading a tag file. `database` is set when the document has the published shape; `errors` say
// why not (JSON Pointer + code); `warnings` name entries or prefixes skipped (a malformed prefix,
// a duplicate name: the first one is kept).
struct ServiceTagRead {
    std::shared_ptr<const ServiceTagDatabase> database;
    std::vector<Diagnostic> errors, warnings;
};

// Never throws. Codes: SERVICE_TAGS_NOT_A_TAG_FILE (no "values" array of tags),
// SERVICE_TAGS_EMPTY (no tag), SERVICE_TAG_BAD_ENTRY, SERVICE_TAG_BAD_PREFIX, SERVICE_TAG_DUPLICATE.
ServiceTagRead parseServiceTags(const nlohmann::json& document, const std::string& source);
// The same from text (strict JSON; a byte-order mark is skipped); SERVICE_TAGS_NOT_JSON,
// SERVICE_TAGS_TOO_LARGE above maxBytes (the published public file is about 4 MB).
ServiceTagRead parseServiceTagsText(std::string_view text, const std::string& source,
                                    std::size_t maxBytes = 64u * 1024u * 1024u);

// Whether an address entry of a rule or a route is written like a service tag rather than an
// address ("Storage", "Sql.WestEurope", "AzureCloud.eastus"): letters first, then letters, digits,
// '.', '-' or '_'.
bool looksLikeServiceTag(std::string_view entry);

} // namespace pathlight
