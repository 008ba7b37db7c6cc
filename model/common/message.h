#pragma once
// A user-visible text that the model does not translate itself.
// The model returns the English source text (marked for lupdate with QT_TRANSLATE_NOOP) and
// its arguments; the GUI and CLI translate the source text in its context and then fill in
// the arguments (%1, %2, ...). The model needs no Qt for that.

#include <string>
#include <utility>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace pathlight {

struct Message {
    const char* context = "";    // translation context (lupdate's scope)
    const char* sourceText = ""; // English, with %1 %2 ... placeholders
    std::vector<std::string> args;

    // No text: "nothing to say" where a Message reports a refusal (an edit that applied).
    bool empty() const { return !sourceText || !*sourceText; }

    // The English text with the arguments filled in (what --json and the logs carry).
    std::string english() const;

    // An argument that is itself a word or phrase to translate (a kind of thing, a list item):
    // mark the text with QT_TRANSLATE_NOOP(context, text) where it is written. The GUI and the
    // CLI show it in the user's language; english() shows it as written. Encoded as
    // "\x1d" context "\x1e" text; isTerm/termParts read it back.
    static std::string term(const char* context, const char* text);
    // A term with arguments of its own (%1, %2 in `text`), filled after it is translated.
    static std::string term(const char* context, const char* text, const std::vector<std::string>& args);
    static bool isTerm(const std::string& arg) { return !arg.empty() && arg[0] == '\x1d'; }
    // {context, text} of a term argument.
    static std::pair<std::string, std::string> termParts(const std::string& arg);
    // The arguments of a term argument (none for most).
    static std::vector<std::string> termArgs(const std::string& arg);

    // An argument that names an object of the topology by its id: english() (what programs
    // read: --json, logs) shows the id; the GUI shows the object's name (an id where a program
    // reads, a name where a person does). Encoded as "\x1c" id.
    static std::string object(const std::string& id) { return "\x1c" + id; }
    static bool isObject(const std::string& arg) { return !arg.empty() && arg[0] == '\x1c'; }
    static std::string objectId(const std::string& arg) { return isObject(arg) ? arg.substr(1) : arg; }

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
