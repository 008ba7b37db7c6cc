#pragma once
// How a flow ends (trace-contract.md, "verdict"), and the contract's names for it.

#include <optional>
#include <string>

namespace pathlight {

enum class Verdict { Delivered, Denied, Rejected, NoRoute, Dropped, Loop, Asymmetric };
// The contract's name ("no-route"); never null.
const char* toString(Verdict verdict);
// The verdict of a contract name, or nothing for an unknown name.
std::optional<Verdict> verdictFromString(const std::string& text);

} // namespace pathlight
