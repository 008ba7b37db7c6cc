#pragma once
// Quoting for the scripts a fix emits. Every value that comes from a file (names, ids, resource
// groups, regions, communities) is untrusted: people paste these scripts into a shell with rights
// on their subscription, so each value is quoted for its language and can never end the literal.

#include <string>
#include <string_view>

namespace pathlight {

// POSIX shell (bash, zsh, the Azure CLI's usual host): 'value', with every ' written as '\''.
// Inside single quotes nothing is special to the shell: no $(), no backticks, no globbing.
std::string shellQuote(std::string_view value);

// PowerShell: 'value', with every single quote doubled. PowerShell also ends a single-quoted
// string at the typographic quotes U+2018, U+2019, U+201A and U+201B, so those are doubled too
// (about_Quoting_Rules). Single-quoted strings expand nothing: no $(), no $variables.
std::string powerShellQuote(std::string_view value);

// Bicep: 'value' with \\, \', \n, \r, \t and \$ escaped (a bare ${ would start an interpolation),
// and any other control character as \u{XX} (Bicep's string escapes).
std::string bicepString(std::string_view value);

// A value shown inside a comment line (#, //): control characters, newlines included, become
// spaces so the value cannot end the comment and start a statement.
std::string commentText(std::string_view value);

// Azure's rule for the resource names Pathlight writes into scripts (virtual networks, subnets,
// NSGs and their rules, route tables and routes, NICs, peerings, route filters): 1 to 80
// characters from letters, digits, '_', '.', '-'; starting with a letter or digit; ending with a
// letter, digit or '_' (learn.microsoft.com "Naming rules and restrictions for Azure resources",
// Microsoft.Network). Returns false for a name Azure refuses.
bool isValidAzureResourceName(std::string_view name);

// Azure's rule for resource group names: 1 to 90 characters from letters, digits, '_', '-', '.',
// '(' and ')' (Unicode letters and digits allowed), not ending with '.'.
bool isValidResourceGroupName(std::string_view name);

} // namespace pathlight
