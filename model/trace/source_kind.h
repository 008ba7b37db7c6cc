#pragma once
// The kinds of apparent source a trace names (Trace::apparentSourceKind), as words to show:
// each a Message term (common/message.h), translated where it is displayed.

#include <string>

namespace pathlight {

// The term for a kind ("natGateway" -> "NAT gateway"); an unknown kind comes back as it is.
std::string sourceKindTerm(const std::string& kind);

} // namespace pathlight
