#pragma once
// Quoting for the scripts a fix emits. Every value that comes from a file (names, ids, resource
// groups, regions, communities) is untrusted: people paste these scripts into a shell with rights
// on their subscription, so each value is quoted for its language and can never end the literal.

#include <string>
#include <string_view>

namespace pathlight {

// POSIX shell (bash, zsh, the Azure CLI's usual host): 'value', with every ' written as '\''.
// Inside single quotes nothing is special to the shell: no $(), no backticks, no globbing. A value
// holding a control character (ESC, Ctrl-U, CR, C1, bidi controls) is written $'...' with every
// control escaped instead: raw, pasted into an interactive shell, ESC [201~ would end bracketed
// paste and CR run what follows (paste-jacking). Quotes and backslashes are escaped as \x27 and
// \x5C there, so the literal holds no quote: a shell without $'...' (dash) reads it as '$' and one
// inert single-quoted string.
std::string shellQuote(std::string_view value);

// PowerShell: 'value', with every single quote doubled. PowerShell also ends a single-quoted
// string at the typographic quotes U+2018, U+2019, U+201A and U+201B, so those are doubled too
// (about_Quoting_Rules). Single-quoted strings expand nothing: no $(), no $variables. Control
// characters are joined in as [char]0xHH: ('a' + [char]0x1B + 'b').
std::string powerShellQuote(std::string_view value);

// Bicep: 'value' with \\, \', \n, \r, \t and \$ escaped (a bare ${ would start an interpolation),
// and any other control character (C0, DEL, C1, bidi controls) as \u{X} (Bicep's string escapes).
std::string bicepString(std::string_view value);

// Terraform (HCL): "value" with \\, \", \n, \r and \t escaped, any other control character (C0,
// DEL, C1, bidi controls) as \uNNNN, and the template sequences doubled: ${ as $${ and %{ as %%{
// (a bare one would start an interpolation or a directive; HCL native syntax, "Template Literals").
std::string hclString(std::string_view value);

// A Terraform block label (resource or data source name) derived from an Azure name: the name
// with '.' and '-' as '_' when that is a valid identifier (ASCII letters, digits, '_', '-', starting with
// a letter or '_', at most 64 characters), else `fallback` (itself a valid identifier). A name
// from the file never reaches the text outside a string literal unless it is a plain identifier.
std::string terraformLabel(std::string_view name, std::string_view fallback);

// True for a valid Terraform identifier: [A-Za-z_][A-Za-z0-9_-]*.
bool isTerraformIdentifier(std::string_view text);

// A value shown inside a comment line (#, //): control characters, newlines and bidi controls
// included, become spaces so the value cannot end the comment and start a statement.
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
