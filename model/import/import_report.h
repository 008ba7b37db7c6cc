#pragma once
// What an import read, made and could not take over (../shared/spec/import.md "What import
// produces"): per input file, per ARM resource, and the notes a user must read (inferred values,
// dropped secrets, unresolved expressions, half-configured things, questions only the user can
// answer). Texts are Messages (context "Import"): the CLI and the GUI translate them.

#include "common/message.h"
#include "topology/topology.h"

#include <map>
#include <string>
#include <vector>

namespace pathlight::armimport {

// How an input file was read.
enum class InputForm {
    ResolvedJson, // REST/CLI/PowerShell/Resource Graph output: literal values (import.md input 1)
    Template,     // an ARM template or resource-group export, evaluated (inputs 2 and 3)
    Parameters,   // a template's parameters file, used with its template
    Diagnostic,   // effective routes, effective NSGs and the like: not a topology, read by no one
    Refused,      // not usable: the reason is the file's note
};
const char* toString(InputForm form);

struct ImportedFile {
    std::string path;
    InputForm form = InputForm::ResolvedJson;
    std::size_t resources = 0; // ARM resources read from it
};

// What became of one ARM resource.
enum class ResourceOutcome {
    Imported,   // it is the object `objectId`
    MergedInto, // it is part of `objectId` (a subnet, a rule, a peering direction, an address)
    Skipped,    // not imported: the notes say why
};
const char* toString(ResourceOutcome outcome);

struct ImportedResource {
    std::string armId;
    std::string type;
    std::string source;  // file
    std::string pointer; // in that file
    ResourceOutcome outcome = ResourceOutcome::Skipped;
    std::string objectId; // the Pathlight object (Imported, MergedInto)
};

enum class NoteKind {
    Skipped,        // a resource or value not imported (unsupported type, IPv6, vWAN ...)
    SecretDropped,  // a shared key, password or authorization key: never copied
    Unresolved,     // an expression not evaluated (reference(), list*(), a linked template)
    Inferred,       // a value Pathlight chose because Azure's data does not hold it
    Question,       // what Azure never knows and the user must add
    HalfConfigured, // a peering with one side, a NIC whose subnet is missing ...
    Refused,        // a whole input file not used
    NotRead,        // what a live import could not read (access denied, a failed request)
};
const char* toString(NoteKind kind);

struct ImportNote {
    NoteKind kind = NoteKind::Skipped;
    std::string code;     // stable, e.g. "UNSUPPORTED_TYPE"
    std::string source;   // input file, when the note is about a place in one
    std::string pointer;  // JSON Pointer in that file
    std::string armId;    // the resource it is about, if any
    std::string objectId; // the Pathlight object it is about, if any
    Message message;
};

struct ImportReport {
    std::vector<ImportedFile> files;
    std::vector<ImportedResource> resources;
    std::vector<ImportNote> notes;
    // ARM type (as first spelled) → resources of that type read.
    std::map<std::string, std::size_t> countsByType() const;
    std::size_t count(NoteKind kind) const;
};

// The report as --report writes it: {"files": [...], "resources": [...], "countsByType": {...},
// "notes": [{"kind", "code", "message" (English), "source", "pointer", "armId", "objectId"}]}.
Json reportToJson(const ImportReport& report);

} // namespace pathlight::armimport
