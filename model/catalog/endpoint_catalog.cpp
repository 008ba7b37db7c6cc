#include "catalog/endpoint_catalog.h"

#include "catalog_data.h" // generated from endpoints.json by CMake
#include "common/ascii.h"

namespace pathlight {

namespace {} // namespace

EndpointCatalog EndpointCatalog::builtIn() {
    EndpointCatalog catalog;
    const Json doc = Json::parse(kCatalogJson);
    for (const auto& e : doc.at("endpoints")) {
        CatalogEndpoint c;
        c.endpoint.id = e.at("id").get<std::string>();
        c.endpoint.name = e.value("name", "");
        c.endpoint.fqdn = e.value("fqdn", "");
        for (const auto& ip : e.value("ips", Json::array()))
            c.endpoint.ips.push_back(*Ipv4Prefix::parse(ip.get<std::string>(), nullptr, true));
        for (const auto& p : e.value("ports", Json::array()))
            c.endpoint.ports.push_back(p.get<int>());
        c.endpoint.protocol = e.value("protocol", "Tcp");
        c.endpoint.requiresAzureSource = e.value("requiresAzureSource", false);
        if (e.contains("microsoftPeering")) {
            EndpointMicrosoftPeering mp;
            mp.community = e.at("microsoftPeering").at("community").get<std::string>();
            c.endpoint.microsoftPeering = mp;
        }
        for (const auto& a : e.value("aliases", Json::array()))
            c.aliases.push_back(a.get<std::string>());
        c.platformAllowance = e.value("platformAllowance", "");
        c.source = e.value("source", "");
        catalog.entries_.push_back(std::move(c));
    }
    return catalog;
}

const CatalogEndpoint* EndpointCatalog::byId(const std::string& id) const {
    for (const auto& e : entries_)
        if (e.endpoint.id == id) return &e;
    return nullptr;
}

const CatalogEndpoint* EndpointCatalog::byFqdn(const std::string& fqdn) const {
    const std::string name = asciiLower(fqdn);
    if (name.empty()) return nullptr;
    for (const auto& e : entries_) {
        if (asciiLower(e.endpoint.fqdn) == name) return &e;
        for (const auto& a : e.aliases)
            if (asciiLower(a) == name) return &e;
    }
    return nullptr;
}

const CatalogEndpoint* EndpointCatalog::byAddress(Ipv4Address address) const {
    for (const auto& e : entries_)
        for (const auto& p : e.endpoint.ips)
            if (p.contains(address)) return &e;
    return nullptr;
}

} // namespace pathlight
