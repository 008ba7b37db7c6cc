#include "import/arm_resource.h"

#include "common/ascii.h"

namespace pathlight::armimport {

namespace {

std::vector<std::string> splitSlash(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t slash = text.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? text.size() : slash;
        parts.emplace_back(text.substr(start, end - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return parts;
}

} // namespace

std::string ArmId::type() const {
    std::string t = providerNamespace;
    for (const auto& part : types)
        t += "/" + part;
    return t;
}

std::string ArmId::text() const {
    std::string t = "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup + "/providers/" +
                    providerNamespace;
    for (std::size_t i = 0; i < types.size(); ++i)
        t += "/" + types[i] + "/" + names[i];
    return t;
}

std::optional<ArmId> ArmId::parent() const {
    if (types.size() < 2) return std::nullopt;
    ArmId p = *this;
    p.types.pop_back();
    p.names.pop_back();
    return p;
}

std::optional<ArmId> parseArmId(std::string_view text) {
    while (text.ends_with('/'))
        text.remove_suffix(1);
    if (!text.starts_with('/')) return std::nullopt;
    const auto parts = splitSlash(text.substr(1));
    // subscriptions, s, resourceGroups, rg, providers, ns, type, name [, type, name]...
    if (parts.size() < 8 || (parts.size() - 6) % 2 != 0) return std::nullopt;
    if (!asciiEqualsNoCase(parts[0], "subscriptions") || !asciiEqualsNoCase(parts[2], "resourceGroups") ||
        !asciiEqualsNoCase(parts[4], "providers"))
        return std::nullopt;
    ArmId id;
    id.subscription = parts[1];
    id.resourceGroup = parts[3];
    id.providerNamespace = parts[5];
    for (std::size_t i = 6; i + 1 < parts.size(); i += 2) {
        if (parts[i].empty() || parts[i + 1].empty()) return std::nullopt;
        id.types.push_back(parts[i]);
        id.names.push_back(parts[i + 1]);
    }
    return id;
}

std::string idKey(std::string_view id) {
    while (id.ends_with('/'))
        id.remove_suffix(1);
    return asciiLower(std::string(id));
}

const Json* member(const Json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (asciiEqualsNoCase(it.key(), key)) return &it.value();
    return nullptr;
}

const Json* field(const Json& resource, std::string_view key) {
    if (const Json* properties = member(resource, "properties"); properties && properties->is_object())
        if (const Json* value = member(*properties, key); value && !value->is_null()) return value;
    const Json* value = member(resource, key);
    return value && !value->is_null() ? value : nullptr;
}

std::optional<std::string> stringField(const Json& resource, std::string_view key) {
    const Json* value = field(resource, key);
    if (!value || !value->is_string()) return std::nullopt;
    return value->get<std::string>();
}

std::optional<long long> intField(const Json& resource, std::string_view key) {
    const Json* value = field(resource, key);
    if (!value) return std::nullopt;
    if (value->is_number_integer()) return value->get<long long>();
    if (value->is_number_float()) {
        const double d = value->get<double>();
        if (d >= -1e15 && d <= 1e15 && d == static_cast<double>(static_cast<long long>(d)))
            return static_cast<long long>(d);
        return std::nullopt;
    }
    if (value->is_string()) {
        const auto& s = value->get_ref<const std::string&>();
        if (s.empty() || s.size() > 15) return std::nullopt;
        long long n = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    }
    return std::nullopt;
}

std::optional<bool> boolField(const Json& resource, std::string_view key) {
    const Json* value = field(resource, key);
    if (!value) return std::nullopt;
    if (value->is_boolean()) return value->get<bool>();
    if (value->is_string()) { // PowerShell and some exports write "True"/"false"
        if (asciiEqualsNoCase(value->get_ref<const std::string&>(), "true")) return true;
        if (asciiEqualsNoCase(value->get_ref<const std::string&>(), "false")) return false;
    }
    return std::nullopt;
}

const Json& arrayField(const Json& resource, std::string_view key) {
    static const Json empty = Json::array();
    const Json* value = field(resource, key);
    return value && value->is_array() ? *value : empty;
}

std::optional<std::string> refField(const Json& resource, std::string_view key) {
    const Json* value = field(resource, key);
    if (!value) return std::nullopt;
    if (value->is_string()) return value->get<std::string>(); // some CLI outputs flatten to the id
    if (const Json* id = member(*value, "id"); id && id->is_string()) return id->get<std::string>();
    return std::nullopt;
}

std::string ArmResource::typeKey() const {
    return asciiLower(type);
}

std::string ArmResource::resourceGroup() const {
    if (const auto rg = stringField(json, "resourceGroup")) return *rg;
    if (const auto rg = stringField(json, "resourceGroupName")) return *rg;
    if (const auto parsed = parseArmId(id)) return parsed->resourceGroup;
    return {};
}

} // namespace pathlight::armimport
