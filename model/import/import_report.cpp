#include "import/import_report.h"

#include "common/ascii.h"

namespace pathlight::armimport {

const char* toString(InputForm form) {
    switch (form) {
    case InputForm::ResolvedJson:
        return "resolved";
    case InputForm::Template:
        return "template";
    case InputForm::Parameters:
        return "parameters";
    case InputForm::Diagnostic:
        return "diagnostic";
    case InputForm::Refused:
        return "refused";
    }
    return "";
}

const char* toString(ResourceOutcome outcome) {
    switch (outcome) {
    case ResourceOutcome::Imported:
        return "imported";
    case ResourceOutcome::MergedInto:
        return "mergedInto";
    case ResourceOutcome::Skipped:
        return "skipped";
    }
    return "";
}

const char* toString(NoteKind kind) {
    switch (kind) {
    case NoteKind::Skipped:
        return "skipped";
    case NoteKind::SecretDropped:
        return "secretDropped";
    case NoteKind::Unresolved:
        return "unresolved";
    case NoteKind::Inferred:
        return "inferred";
    case NoteKind::Question:
        return "question";
    case NoteKind::HalfConfigured:
        return "halfConfigured";
    case NoteKind::Refused:
        return "refused";
    case NoteKind::NotRead:
        return "notRead";
    }
    return "";
}

std::map<std::string, std::size_t> ImportReport::countsByType() const {
    std::map<std::string, std::size_t> byKey;
    std::map<std::string, std::string> spelling;
    for (const auto& r : resources) {
        const std::string key = asciiLower(r.type);
        spelling.emplace(key, r.type);
        ++byKey[key];
    }
    std::map<std::string, std::size_t> counts;
    for (const auto& [key, n] : byKey)
        counts[spelling[key]] = n;
    return counts;
}

std::size_t ImportReport::count(NoteKind kind) const {
    std::size_t n = 0;
    for (const auto& note : notes)
        n += note.kind == kind;
    return n;
}

Json reportToJson(const ImportReport& report) {
    Json out = Json::object();
    out["files"] = Json::array();
    for (const auto& f : report.files)
        out["files"].push_back({{"path", f.path}, {"form", toString(f.form)}, {"resources", f.resources}});
    out["countsByType"] = Json::object();
    for (const auto& [type, n] : report.countsByType())
        out["countsByType"][type] = n;
    out["resources"] = Json::array();
    for (const auto& r : report.resources) {
        Json entry = {{"armId", r.armId},
                      {"type", r.type},
                      {"source", r.source},
                      {"pointer", r.pointer},
                      {"outcome", toString(r.outcome)}};
        if (!r.objectId.empty()) entry["objectId"] = r.objectId;
        out["resources"].push_back(std::move(entry));
    }
    out["notes"] = Json::array();
    for (const auto& n : report.notes) {
        Json entry = {{"kind", toString(n.kind)}, {"code", n.code}, {"message", n.message.english()}};
        if (!n.source.empty()) entry["source"] = n.source;
        if (!n.pointer.empty()) entry["pointer"] = n.pointer;
        if (!n.armId.empty()) entry["armId"] = n.armId;
        if (!n.objectId.empty()) entry["objectId"] = n.objectId;
        out["notes"].push_back(std::move(entry));
    }
    return out;
}

} // namespace pathlight::armimport
