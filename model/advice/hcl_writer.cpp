#include "advice/hcl_writer.h"

#include <algorithm>

namespace pathlight {

HclBlock::HclBlock(std::string type, std::vector<std::string> labels)
    : type_(std::move(type)), labels_(std::move(labels)) {}

HclBlock& HclBlock::argument(std::string key, std::string expression) {
    items_.push_back({std::move(key), std::move(expression), {}});
    return *this;
}

HclBlock& HclBlock::block(HclBlock nested) {
    Item item;
    item.nested.push_back(std::move(nested));
    items_.push_back(std::move(item));
    return *this;
}

std::string HclBlock::text(int depth) const {
    const std::string indent(std::size_t(depth) * 2, ' ');
    std::string out = indent + type_;
    for (const auto& label : labels_)
        out += " \"" + label + "\"";
    out += " {\n";
    // terraform fmt aligns the `=` of each run of consecutive one-line arguments; a nested block
    // ends the run.
    for (std::size_t i = 0; i < items_.size();) {
        if (!items_[i].nested.empty()) {
            out += items_[i].nested.front().text(depth + 1);
            ++i;
            continue;
        }
        std::size_t end = i, width = 0;
        for (; end < items_.size() && items_[end].nested.empty(); ++end)
            width = std::max(width, items_[end].key.size());
        for (; i < end; ++i)
            out += indent + "  " + items_[i].key + std::string(width - items_[i].key.size(), ' ') + " = " +
                   items_[i].expression + "\n";
    }
    return out + indent + "}\n";
}

std::string hclList(const std::vector<std::string>& expressions) {
    std::string out = "[";
    for (std::size_t i = 0; i < expressions.size(); ++i)
        out += (i ? ", " : "") + expressions[i];
    return out + "]";
}

void HclDocument::startPart() {
    if (!commentPending_ && !text_.empty()) text_ += "\n";
    commentPending_ = false;
}

HclDocument& HclDocument::comment(const std::string& text) {
    if (!commentPending_) startPart();
    text_ += (text.empty() ? "#" : "# " + text) + "\n";
    commentPending_ = true;
    return *this;
}

HclDocument& HclDocument::add(const HclBlock& block) {
    startPart();
    text_ += block.text();
    return *this;
}

HclDocument& HclDocument::argument(const std::string& key, const std::string& expression) {
    startPart();
    text_ += key + " = " + expression + "\n";
    return *this;
}

HclDocument& HclDocument::append(const std::string& text) {
    if (text.empty()) return *this;
    startPart();
    text_ += text;
    return *this;
}

} // namespace pathlight
