#pragma once
// The fields the inspector's form shows for each kind of object: every key of format v1 that
// holds a value (lists of objects such as NSG rules and routes have their own editors), with its
// type and Azure's default. Display knowledge only: the reader validates what is entered.

#include "topology/topology_index.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

namespace pathlight {

struct FieldSpec {
    enum class Type {
        Text,
        Integer,
        Number,
        Bool,
        Prefix,
        Ip,
        PrefixList,
        IpList,
        TextList,
        IntList,
        Choice,
        Reference
    };
    QString path; // inside the object, "/"-separated ("bgp/asn", "nics/0/subnet")
    Type type = Type::Text;
    QString label;                           // translated
    QStringList choices;                     // Choice
    std::optional<ObjectKind> referenceKind; // Reference only: Nsg, RouteTable, NatGateway, Subnet, Site
    QString defaultText; // what Azure assumes when the key is absent (shown as a placeholder)
    bool defaultBool = false;
    QString group; // a heading such as "NIC nic-win" or "NVA"
};

// The collection an object lives in, from its JSON Pointer ("/vnets/0/subnets/1" → "subnets").
QString collectionOf(const std::string& pointer);
std::vector<FieldSpec> fieldsFor(const QString& collection, const nlohmann::ordered_json& object);

} // namespace pathlight
