#pragma once
// Traces flows through a Network: from the source, following next hops until the packet is
// delivered or stopped, evaluating NSGs at every Azure hop and tracking the source address.

#include "trace/network.h"
#include "trace/trace_result.h"

#include <stdexcept>

namespace pathlight {

struct FlowSpec {
    Id id;
    std::string name;
    std::string source;      // vm, nic, host or appGateway id, or an IP
    std::string destination; // IP, FQDN, endpoint/catalog id, vm, nic or host id
    Protocol protocol = Protocol::Tcp;
    int port = 0;
    std::string expect;
    static FlowSpec fromFlow(const Flow& flow);
};

// Thrown when a flow names something that does not exist (the CLI's exit code 2).
class TraceInputError : public std::runtime_error {
public:
    explicit TraceInputError(Message message)
        : std::runtime_error(message.english()), message_(std::move(message)) {}
    const Message& message() const { return message_; }

private:
    Message message_;
};

Trace traceFlow(const Network& network, const FlowSpec& flow);
std::vector<Trace> traceAllFlows(const Network& network);
// Every flow of the file that names existing objects, in file order (the others are left out:
// the lint reports them). What the document, the analysis and fix verification start from.
std::vector<Trace> traceUsableFlows(const Network& network);

} // namespace pathlight
