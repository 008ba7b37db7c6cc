#pragma once
// A user-visible text that the model does not translate itself.
// The model returns the English source text (marked for lupdate with QT_TRANSLATE_NOOP) and
// its arguments; the GUI and CLI translate the source text in its context and then fill in
// the arguments (%1, %2, ...). The model needs no Qt for that.

#include <string>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace pathlight {

struct Message {
    const char* context = "";    // translation context (lupdate's scope)
    const char* sourceText = ""; // English, with %1 %2 ... placeholders
    std::vector<std::string> args;

    // The English text with the arguments filled in (what --json and the logs carry).
    std::string english() const { return fill(sourceText, args); }

    // Replaces %1..%9 in pattern by the arguments; used after translation too.
    static std::string fill(const std::string& pattern, const std::vector<std::string>& args);
};

enum class Severity { Error, Warning, Info };
const char* severityName(Severity severity);

// A problem found while loading or checking a file, located by a JSON Pointer.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;    // stable, e.g. "SUBNET_OUTSIDE_VNET"
    std::string pointer; // e.g. "/vnets/0/subnets/1/addressPrefix"
    Message message;
};

} // namespace pathlight
