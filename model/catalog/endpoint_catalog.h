#pragma once
// The built-in catalog of well-known destinations (KMS, platform addresses, update servers,
// Arc endpoints). Its data is catalog/endpoints.json, compiled in; each entry cites its source.

#include "catalog/service_tags.h"
#include "topology/topology.h"

#include <memory>

#include <string>
#include <vector>

namespace pathlight {

struct CatalogEndpoint {
    Endpoint endpoint;                // id, name, fqdn, ips, ports, protocol, flags
    std::vector<std::string> aliases; // other FQDNs of the same service
    std::string platformAllowance;    // AzurePlatform* tag whose hidden rule admits it, if any
    std::string source;               // where the facts come from
};

class EndpointCatalog {
public:
    // The built-in catalog (parsed once per call; callers keep the instance).
    static EndpointCatalog builtIn();

    const std::vector<CatalogEndpoint>& entries() const { return entries_; }
    const CatalogEndpoint* byId(const std::string& id) const;
    const CatalogEndpoint* byFqdn(const std::string& fqdn) const;
    const CatalogEndpoint* byAddress(Ipv4Address address) const;

    // Service tags from Microsoft's file (service_tags.h), null when none is loaded: the platform
    // tags of format version 1 are built into the NSG evaluator and need none.
    const ServiceTagDatabase* serviceTags() const { return serviceTags_.get(); }
    const std::shared_ptr<const ServiceTagDatabase>& serviceTagsPtr() const { return serviceTags_; }
    void setServiceTags(std::shared_ptr<const ServiceTagDatabase> tags) { serviceTags_ = std::move(tags); }

private:
    std::vector<CatalogEndpoint> entries_;
    std::shared_ptr<const ServiceTagDatabase> serviceTags_;
};

} // namespace pathlight
