#pragma once
// Terraform text for the fixes, written the way `terraform fmt` leaves it: two spaces per level,
// the `=` of consecutive one-line arguments aligned, one blank line between top-level blocks.
// Expressions are given already written (hclString for values from the file, references such as
// `azurerm_route_table.rt.name` built from terraformLabel): the writer only lays them out.
// Standard C++ only.

#include <string>
#include <vector>

namespace pathlight {

// One block: `type "label" "label" { ... }` (labels quoted, as Terraform writes resource and data
// blocks) or, without labels, a nested block such as `rule { ... }`.
class HclBlock {
public:
    HclBlock(std::string type, std::vector<std::string> labels = {});
    // `key = expression` on one line. Returns *this.
    HclBlock& argument(std::string key, std::string expression);
    // A nested block, after the arguments given so far. Returns *this.
    HclBlock& block(HclBlock nested);
    // The block at `depth` levels of indentation, ending with a newline.
    std::string text(int depth = 0) const;

private:
    struct Item {
        std::string key, expression;  // an argument when `nested` is empty
        std::vector<HclBlock> nested; // one nested block
    };
    std::string type_;
    std::vector<std::string> labels_;
    std::vector<Item> items_;
};

// A Terraform list of already-written expressions: ["a", "b"].
std::string hclList(const std::vector<std::string>& expressions);

// A sequence of top-level parts (blocks, `# comment` lines, loose arguments), one blank line
// between parts. A comment given before a part stays directly above it.
class HclDocument {
public:
    // One `# text` line per element above the next part; `text` must be comment-safe
    // (commentText). Returns *this.
    HclDocument& comment(const std::string& text);
    HclDocument& add(const HclBlock& block);
    // A loose `key = expression` line (a fragment to put into an existing resource, after a
    // comment that says where).
    HclDocument& argument(const std::string& key, const std::string& expression);
    // Another document's parts after these (one fix adds routes to two subnets' tables).
    HclDocument& append(const std::string& text);
    const std::string& text() const { return text_; }
    bool contains(const std::string& needle) const { return text_.find(needle) != std::string::npos; }

private:
    void startPart();
    std::string text_;
    bool commentPending_ = false;
};

} // namespace pathlight
