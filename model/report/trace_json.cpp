#include "report/trace_json.h"

#include "analysis/analysis.h"

#include <utility>

namespace pathlight {

using OJson = nlohmann::ordered_json;

namespace {

OJson ipList(const std::vector<Ipv4Address>& ips) {
    OJson a = OJson::array();
    for (const auto& ip : ips)
        a.push_back(ip.toString());
    return a;
}

OJson hopRouteJson(const HopRoute& r) {
    OJson j;
    j["source"] = r.source;
    j["state"] = "Active";
    j["addressPrefix"] = r.prefix.toString();
    j["nextHopType"] = r.nextHopType;
    j["nextHopIpAddress"] = ipList(r.nextHopIps);
    if (!r.name.empty()) j["name"] = r.name;
    if (*r.origin) j["origin"] = r.origin;
    if (!r.via.empty()) j["via"] = r.via;
    if (!r.serviceTag.empty()) j["serviceTag"] = r.serviceTag;
    if (r.uncertain) j["uncertain"] = true;
    j["alternatives"] = r.alternatives;
    return j;
}

OJson nsgJson(const NsgDecision& d) {
    OJson j;
    j["nsg"] = d.nsg;
    j["direction"] = toString(d.direction);
    j["rule"] = d.rule;
    j["priority"] = d.priority;
    j["access"] = toString(d.access);
    j["hidden"] = d.hidden;
    j["ipFlowVerify"] = toString(d.ipFlowVerify);
    j["defaultRule"] = d.defaultRule;
    if (!d.platformAllowance.empty()) j["platformAllowance"] = d.platformAllowance;
    if (!d.matchedTag.empty()) j["matchedTag"] = d.matchedTag;
    // trace-contract "Unknown is a verdict of honesty": a rule on an unresolved tag came first.
    if (d.uncertain) {
        j["uncertain"] = true;
        j["unresolvedTag"] = d.unresolvedTag;
        j["unresolvedRule"] = d.unresolvedRule;
    }
    return j;
}

OJson packetJson(const PacketState& p) {
    OJson j;
    j["source"] = p.source ? OJson(p.source->toString()) : OJson();
    j["destination"] = p.destination ? OJson(p.destination->toString()) : OJson();
    return j;
}

} // namespace

namespace {

// Everything of a trace but its fixes.
OJson traceBody(const Trace& t) {
    OJson j;
    j["id"] = t.flowId;
    if (!t.flowName.empty()) j["name"] = t.flowName;
    j["source"] = t.source;
    j["destination"] = t.destination;
    if (!t.destinationEndpoint.empty()) j["destinationEndpoint"] = t.destinationEndpoint;
    j["protocol"] = toString(t.protocol);
    j["port"] = t.port;
    j["verdict"] = toString(t.verdict);
    // Some decision or route along the way may be otherwise (an unresolved service tag):
    // trace-contract "Unknown is a verdict of honesty".
    bool uncertain = false;
    for (const auto& h : t.hops) {
        for (const auto& d : h.nsg)
            uncertain = uncertain || d.uncertain;
        uncertain = uncertain || (h.firewall && h.firewall->uncertain) || (h.route && h.route->uncertain);
    }
    if (uncertain) j["uncertain"] = true;
    if (!t.expect.empty()) {
        j["expect"] = t.expect;
        j["matchesExpectation"] = t.matchesExpectation();
    }
    j["apparentSourceIp"] = t.apparentSource ? OJson(t.apparentSource->toString()) : OJson();
    j["apparentSourceKind"] = toString(t.apparentSourceKind);
    j["apparentSourceIsAzurePublic"] = t.apparentSourceIsAzurePublic;
    // The request's hops and the reply's (trace-contract.md, "Additions": returnHops, same shape).
    const auto hopsJson = [](const std::vector<Hop>& list) {
        OJson hops = OJson::array();
        for (const auto& h : list) {
            OJson hj;
            hj["node"] = h.node;
            hj["kind"] = toString(h.kind);
            if (!h.nic.empty()) hj["nic"] = h.nic;
            hj["route"] = h.route ? hopRouteJson(*h.route) : OJson();
            OJson nsgs = OJson::array();
            for (const auto& d : h.nsg)
                nsgs.push_back(nsgJson(d));
            hj["nsg"] = std::move(nsgs);
            // A translation to Azure's default outbound access has no fixed address: the source is
            // then null and sourceTranslated says that it was translated.
            hj["sourceTranslated"] = h.sourceTranslated;
            hj["translatedSource"] =
                h.sourceTranslated && h.after.source ? OJson(h.after.source->toString()) : OJson();
            // A DNAT's new destination (trace-contract.md "Additions").
            if (h.before.destination != h.after.destination && h.after.destination)
                hj["translatedDestination"] = h.after.destination->toString();
            if (h.firewall) {
                // The rule that decided, or "rule": null and "action": "Deny" for the default deny.
                const FirewallDecision& d = *h.firewall;
                OJson fw;
                fw["firewall"] = d.firewall;
                fw["ruleCollectionGroup"] = d.defaultDeny() ? OJson() : OJson(d.ruleCollectionGroup);
                fw["ruleCollection"] = d.defaultDeny() ? OJson() : OJson(d.ruleCollection);
                fw["rule"] = d.defaultDeny() ? OJson() : OJson(d.rule);
                fw["ruleType"] = d.ruleType ? OJson(toString(*d.ruleType)) : OJson();
                fw["action"] = toString(d.action);
                if (d.uncertain) {
                    fw["uncertain"] = true;
                    fw["unresolvedTag"] = d.unresolvedTag;
                    fw["unresolvedRule"] = d.unresolvedRule;
                }
                hj["firewall"] = std::move(fw);
            }
            if (h.loadBalancer) {
                hj["frontend"] = h.loadBalancer->frontend;
                hj["backend"] = h.loadBalancer->backend;
                hj["loadBalancingRule"] = h.loadBalancer->rule;
            }
            hj["before"] = packetJson(h.before);
            hj["after"] = packetJson(h.after);
            hj["step"] = h.step.english();
            hops.push_back(std::move(hj));
        }
        return hops;
    };
    j["hops"] = hopsJson(t.hops);
    j["returnHops"] = hopsJson(t.returnHops);
    OJson findings = OJson::array();
    for (const auto& f : t.findings) {
        OJson fj;
        fj["code"] = f.code;
        fj["severity"] = severityName(f.severity);
        fj["message"] = f.message.english();
        fj["hop"] = f.hop;
        if (!f.object.empty()) fj["object"] = f.object;
        findings.push_back(std::move(fj));
    }
    j["findings"] = std::move(findings);
    return j;
}

} // namespace

OJson traceToJson(const Trace& t) {
    OJson j = traceBody(t);
    j["fixes"] = OJson::array();
    return j;
}

OJson traceToJson(const Trace& t, Analysis& analysis) {
    OJson j = traceBody(t);
    OJson fixes = OJson::array();
    // A flow of the file: the analysis's fixes (verified once, kept); an ad hoc flow: verified now.
    const Trace* known = analysis.trace(t.flowId);
    const bool ofFile = known && known->source == t.source && known->destination == t.destination &&
                        known->protocol == t.protocol && known->port == t.port;
    const std::vector<FindingFixes> adHoc = ofFile ? std::vector<FindingFixes>() : analysis.fixesForAdHoc(t);
    for (const auto& finding : ofFile ? analysis.fixes(t.flowId) : adHoc)
        for (const auto& v : finding.fixes)
            fixes.push_back(fixToJson(v.fix, v.verification ? &*v.verification : nullptr));
    j["fixes"] = std::move(fixes);
    return j;
}

OJson fixToJson(const Fix& fix, const FixVerification* v) {
    OJson j;
    j["code"] = fix.code;
    j["finding"] = fix.finding;
    j["summary"] = fix.summary.english();
    j["explanation"] = fix.explanation.english();
    j["applicable"] = fix.applicable();
    j["guestStep"] = fix.guestStep;
    j["azureCli"] = fix.azureCli;
    j["powerShell"] = fix.powerShell;
    j["bicep"] = fix.bicep;
    j["terraform"] = fix.terraform;
    if (fix.guestStep) {
        j["windows"] = fix.windowsCommand;
        j["linux"] = fix.linuxCommand;
    }
    if (v) {
        OJson vj;
        vj["targetDelivered"] = v->targetDelivered;
        vj["broken"] = v->brokenCount();
        OJson changes = OJson::array();
        for (const auto& c : v->changes)
            changes.push_back({{"flow", c.flow},
                               {"verdictBefore", toString(c.verdictBefore)},
                               {"verdictAfter", toString(c.verdictAfter)},
                               {"apparentSourceBefore", c.sourceBefore},
                               {"apparentSourceAfter", c.sourceAfter}});
        vj["changes"] = std::move(changes);
        if (!v->error.empty()) vj["error"] = v->error.english();
        j["verification"] = std::move(vj);
    }
    return j;
}

OJson tracesToJson(const std::vector<Trace>& traces) {
    OJson flows = OJson::array();
    for (const auto& t : traces)
        flows.push_back(traceToJson(t));
    OJson j;
    j["flows"] = std::move(flows);
    return j;
}

OJson routeToJson(const EffectiveRoute& r) {
    OJson j;
    j["source"] = toString(r.source);
    j["state"] = toString(r.state);
    j["addressPrefix"] = r.prefix.toString();
    j["nextHopType"] = toString(r.nextHopType);
    j["nextHopIpAddress"] = ipList(r.nextHopIps);
    if (!r.name.empty()) j["name"] = r.name;
    j["origin"] = toString(r.origin);
    if (!r.via.empty()) j["via"] = r.via;
    if (!r.serviceTag.empty()) j["serviceTag"] = r.serviceTag;
    if (r.invalidReason != RouteLoss::None) j["invalidReason"] = toString(r.invalidReason);
    return j;
}

OJson routesToJson(const std::string& nicId, const std::vector<EffectiveRoute>& routes) {
    OJson a = OJson::array();
    for (const auto& r : routes)
        a.push_back(routeToJson(r));
    OJson j;
    j["nic"] = nicId;
    j["routes"] = std::move(a);
    return j;
}

} // namespace pathlight
