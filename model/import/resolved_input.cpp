#include "import/resolved_input.h"

namespace pathlight::armimport {

namespace {

bool isDiagnosticItem(const Json& item) {
    // Effective routes (`nextHopType` with `source` or `addressPrefix`) and effective security rules
    // (`effectiveSecurityRules`, `association`): Azure's answers, not resources.
    return item.is_object() &&
           ((member(item, "nextHopType") && (member(item, "source") || member(item, "addressPrefix"))) ||
            member(item, "effectiveSecurityRules") || member(item, "association"));
}

std::string nameKey(const Json& element) {
    const Json* name = member(element, "name");
    return name && name->is_string() ? idKey(name->get<std::string>()) : std::string();
}

// Keys whose values change between two reads of a resource without saying anything about it;
// "type" and "id" only as the resource's own (a nested "id" is a reference and merges like any
// value).
bool volatileKey(const std::string& key, bool topLevel) {
    const std::string k = idKey(key);
    return k == "etag" || k == "provisioningstate" || k == "resourceguid" ||
           (topLevel && (k == "type" || k == "id"));
}

// Deep merge: objects member by member; arrays of named objects (subnets, rules, routes) element
// by element, matched by name; anything else replaced (a later null leaves the value). Scalars
// that differ are listed in `conflicts` by their path.
void mergeInto(Json& target, const Json& from, const std::string& path, std::vector<std::string>& conflicts) {
    if (!target.is_structured() && !from.is_structured() && !target.is_null() && !from.is_null()) {
        const bool same = target.is_string() && from.is_string()
                              ? idKey(target.get<std::string>()) == idKey(from.get<std::string>())
                              : target == from;
        if (!same) conflicts.push_back(path);
        target = from;
        return;
    }
    if (target.is_array() && from.is_array()) {
        bool named = true;
        for (const Json* list : {static_cast<const Json*>(&target), &from})
            for (const auto& e : *list)
                named = named && !nameKey(e).empty();
        if (!named || target.empty()) {
            if (!target.empty() && !from.empty() && idKey(target.dump()) != idKey(from.dump()))
                conflicts.push_back(path);
            if (!from.empty() || target.empty()) target = from;
            return;
        }
        for (const auto& e : from) {
            Json* same = nullptr;
            for (auto& t : target)
                if (nameKey(t) == nameKey(e)) same = &t;
            if (same)
                mergeInto(*same, e, path + "/" + nameKey(e), conflicts);
            else
                target.push_back(e);
        }
        return;
    }
    if (!target.is_object() || !from.is_object()) {
        if (!from.is_null()) target = from;
        return;
    }
    for (auto it = from.begin(); it != from.end(); ++it) {
        Json* existing = nullptr;
        for (auto t = target.begin(); t != target.end(); ++t)
            if (idKey(t.key()) == idKey(it.key())) existing = &t.value();
        if (existing) {
            if (!volatileKey(it.key(), path.empty()))
                mergeInto(*existing, it.value(), path + "/" + it.key(), conflicts);
        } else
            target[it.key()] = it.value();
    }
}

class Walker {
public:
    Walker(const std::string& path, ResolvedRead& out) : path_(path), out_(out) {}

    void document(const Json& doc, const std::string& pointer, int depth) {
        if (depth > 8) return;
        if (doc.is_array()) {
            for (std::size_t i = 0; i < doc.size(); ++i)
                item(doc[i], pointer + "/" + std::to_string(i), depth);
            return;
        }
        if (!doc.is_object()) return;
        if (const Json* responses = member(doc, "responses"); responses && responses->is_object()) {
            for (const char* code : {"200", "201"})
                if (const Json* r = member(*responses, code))
                    if (const Json* body = member(*r, "body")) {
                        document(*body, pointer + "/responses/" + code + "/body", depth + 1);
                        return;
                    }
        }
        if (const Json* value = member(doc, "value"); value && value->is_array()) {
            document(*value, pointer + "/value", depth + 1);
            return;
        }
        if (const Json* data = member(doc, "data")) {
            if (data->is_array()) {
                document(*data, pointer + "/data", depth + 1);
                return;
            }
            // Resource Graph's table form: columns [{name}], rows [[...]].
            const Json* columns = member(*data, "columns");
            const Json* rows = member(*data, "rows");
            if (columns && rows && columns->is_array() && rows->is_array()) {
                for (std::size_t r = 0; r < rows->size(); ++r) {
                    const Json& row = (*rows)[r];
                    if (!row.is_array()) continue;
                    Json object = Json::object();
                    for (std::size_t c = 0; c < columns->size() && c < row.size(); ++c)
                        if (const Json* name = member((*columns)[c], "name"); name && name->is_string())
                            object[name->get<std::string>()] = row[c];
                    item(object, pointer + "/data/rows/" + std::to_string(r), depth);
                }
                return;
            }
        }
        item(doc, pointer, depth);
    }

private:
    void item(const Json& value, const std::string& pointer, int depth) {
        const Json* id = member(value, "id");
        const auto parsed = id && id->is_string() ? parseArmId(id->get<std::string>()) : std::nullopt;
        if (!parsed) {
            if (isDiagnosticItem(value)) {
                ++diagnostic_;
                return;
            }
            if (value.is_array()) { // a list of lists (several az commands' output in one file)
                document(value, pointer, depth + 1);
                return;
            }
            ImportNote note;
            note.kind = NoteKind::Skipped;
            note.code = "NOT_A_RESOURCE";
            note.source = path_;
            note.pointer = pointer;
            note.message = {
                "Import", QT_TRANSLATE_NOOP("Import", "not an Azure resource (no resource id): skipped"), {}};
            out_.notes.push_back(std::move(note));
            return;
        }
        ArmResource r;
        r.json = value;
        r.id = parsed->text();
        r.type = parsed->type();
        r.name = parsed->name();
        if (const Json* type = member(value, "type");
            type && type->is_string() && idKey(type->get<std::string>()) == idKey(r.type))
            r.type = type->get<std::string>(); // the resource's own spelling (Resource Graph lower-cases)
        r.source = path_;
        r.pointer = pointer;
        out_.resources.push_back(std::move(r));
    }

public:
    std::size_t diagnostic_ = 0;

private:
    const std::string& path_;
    ResolvedRead& out_;
};

bool hasArmId(const Json& doc, int depth) {
    if (depth > 8) return false;
    if (doc.is_array()) {
        for (const auto& item : doc)
            if (hasArmId(item, depth + 1)) return true;
        return false;
    }
    if (!doc.is_object()) return false;
    if (const Json* id = member(doc, "id"); id && id->is_string() && parseArmId(id->get<std::string>()))
        return true;
    for (const char* key : {"value", "data", "responses", "200", "201", "body"})
        if (const Json* inner = member(doc, key); inner && hasArmId(*inner, depth + 1)) return true;
    // Resource Graph's table form: a row is an array of values, the id among them.
    if (const Json* rows = member(doc, "rows"); rows && rows->is_array() && member(doc, "columns"))
        for (const auto& row : *rows)
            if (row.is_array())
                for (const auto& cell : row)
                    if (cell.is_string() && parseArmId(cell.get<std::string>())) return true;
    return false;
}

} // namespace

ResolvedRead readResolvedJson(const Json& document, const std::string& path) {
    ResolvedRead out;
    Walker walker(path, out);
    walker.document(document, "", 0);
    if (out.resources.empty() && walker.diagnostic_ > 0) {
        out.form = InputForm::Diagnostic;
        out.notes.clear();
    }
    return out;
}

bool looksResolved(const Json& document) {
    return hasArmId(document, 0);
}

std::size_t ResourceSet::add(ArmResource resource) {
    const std::string key = idKey(resource.id);
    if (const auto it = byId_.find(key); it != byId_.end()) {
        ArmResource& existing = resources_[it->second];
        std::vector<std::string> differing;
        mergeInto(existing.json, resource.json, "", differing);
        for (const auto& key : differing)
            conflicts_.push_back(
                {resource.id, resource.source, resource.pointer, key.empty() ? key : key.substr(1)});
        duplicates_[it->second].emplace_back(resource.source, resource.pointer);
        return it->second;
    }
    const std::size_t index = resources_.size();
    if (const auto parsed = parseArmId(resource.id))
        if (const auto parent = parsed->parent()) children_[idKey(parent->text())].push_back(index);
    byId_.emplace(key, index);
    resources_.push_back(std::move(resource));
    duplicates_.emplace_back();
    return index;
}

const ArmResource* ResourceSet::find(std::string_view id) const {
    const auto it = byId_.find(idKey(id));
    return it == byId_.end() ? nullptr : &resources_[it->second];
}

std::vector<const ArmResource*> ResourceSet::children(std::string_view parentId) const {
    std::vector<const ArmResource*> out;
    if (const auto it = children_.find(idKey(parentId)); it != children_.end())
        for (std::size_t i : it->second)
            out.push_back(&resources_[i]);
    return out;
}

} // namespace pathlight::armimport
