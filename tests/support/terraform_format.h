#pragma once
// A structural stand-in for `terraform fmt -check` (Terraform is not in Debian 12): the text must
// be what terraform fmt leaves unchanged — two spaces per brace level, the `=` of each run of
// consecutive one-line arguments aligned one space after the longest key, one space after it,
// one blank line after each top-level block, no trailing blanks, balanced braces — with block
// labels that are valid identifiers. Also the text outside HCL literals, to check that a hostile
// name stays inside its string.

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <cctype>
#include <string>
#include <string_view>

namespace pathlight::test {

namespace detail {
// The text outside HCL strings and comments (# and // to the end of the line); a string is
// replaced by one space. An unescaped ${ or %{ inside a string is reported as <INTERPOLATION>, a
// string that runs to the end of its line as <UNTERMINATED>.
inline std::string outsideHclLiterals(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '#' || s.compare(i, 2, "//") == 0) {
            while (i < s.size() && s[i] != '\n')
                ++i;
            continue;
        }
        if (s[i] != '"') {
            out += s[i++];
            continue;
        }
        ++i;
        for (;;) {
            if (i >= s.size() || s[i] == '\n') return out + "<UNTERMINATED>";
            if (s[i] == '\\') {
                i += 2;
                continue;
            }
            if (s.compare(i, 3, "$${") == 0 || s.compare(i, 3, "%%{") == 0) {
                i += 3;
                continue;
            }
            if (s.compare(i, 2, "${") == 0 || s.compare(i, 2, "%{") == 0) return out + "<INTERPOLATION>";
            if (s[i++] == '"') break;
        }
        out += ' ';
    }
    return out;
}

// Empty when the text outside literals (outsideHclLiterals) is only what Pathlight writes there:
// keys, identifiers and references, numbers, true, `=`, braces, brackets and commas. Else the
// first character that is not.
inline std::string strayHclCode(const std::string& outside) {
    for (const char c : outside)
        if (!std::isalnum(static_cast<unsigned char>(c)) &&
            std::string_view("_.=[]{}, \n-").find(c) == std::string_view::npos)
            return outside;
    return {};
}

// The line with its strings blanked (same length) and its comment cut: braces and `=` counted
// there are HCL's own.
inline QString hclCode(const QString& line) {
    QString out;
    bool inString = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (inString) {
            if (c == '\\') {
                out += "  ";
                ++i;
                continue;
            }
            if (c == '"') inString = false;
            out += c == '"' ? QChar('"') : QChar('s');
            continue;
        }
        if (c == '#' || line.mid(i, 2) == "//") break;
        if (c == '"') inString = true;
        out += c;
    }
    return out;
}
} // namespace detail

// Empty when `text` is what terraform fmt would leave unchanged (as far as the rules above go),
// else each problem with its line.
inline QString terraformFormatProblems(const std::string& text) {
    if (text.empty()) return {};
    QString problems;
    const QString all = QString::fromStdString(text);
    if (!all.endsWith('\n')) problems += "no newline at the end\n";
    const QStringList lines = all.left(all.size() - 1).split('\n');
    static const QRegularExpression identifier("^[A-Za-z_][A-Za-z0-9_-]*$");
    static const QRegularExpression header(R"(^([A-Za-z_][A-Za-z0-9_]*)((?: "[^"]*")*) \{$)");
    static const QRegularExpression argument(R"(^([A-Za-z_][A-Za-z0-9_]*)( +)= (\S.*)$)");
    int depth = 0;
    bool previousBlank = true, afterTopLevelBlock = false;
    struct Run {
        int column = -1, shortestGap = 1 << 30;
    } run;
    auto endRun = [&](int at) {
        if (run.column >= 0 && run.shortestGap != 1)
            problems += QString("line %1: the run of arguments above is not aligned one space after its "
                                "longest key\n")
                            .arg(at);
        run = Run();
    };
    for (int n = 0; n < lines.size(); ++n) {
        const QString& line = lines[n];
        const QString where = QString("line %1: ").arg(n + 1);
        if (line.endsWith(' ') || line.contains('\t')) problems += where + "trailing blank or tab\n";
        if (line.isEmpty()) {
            if (previousBlank) problems += where + "a blank line where none belongs\n";
            if (depth > 0) problems += where + "a blank line inside a block\n";
            previousBlank = true;
            afterTopLevelBlock = false;
            endRun(n + 1);
            continue;
        }
        if (afterTopLevelBlock) problems += where + "no blank line after a top-level block\n";
        afterTopLevelBlock = false;
        previousBlank = false;
        const QString code = detail::hclCode(line);
        const int opens = int(code.count('{')), closes = int(code.count('}'));
        const QString body = line.trimmed();
        const int expectedIndent = 2 * (body.startsWith('}') ? depth - 1 : depth);
        int indent = 0;
        while (indent < line.size() && line[indent] == ' ')
            ++indent;
        if (indent != expectedIndent)
            problems +=
                where + QString("indented %1, terraform fmt indents %2\n").arg(indent).arg(expectedIndent);
        const auto arg = argument.match(body);
        if (arg.hasMatch() && opens == closes) {
            const int column = indent + int(arg.captured(1).size() + arg.captured(2).size());
            if (run.column >= 0 && column != run.column)
                problems += where + "the `=` is not aligned with the lines above\n";
            run.column = column;
            run.shortestGap = std::min(run.shortestGap, int(arg.captured(2).size()));
        } else {
            endRun(n + 1);
            if (body.startsWith('#')) {
                // a comment line
            } else if (const auto h = header.match(body); h.hasMatch()) {
                const QStringList labels = h.captured(2).split('"', Qt::SkipEmptyParts);
                QStringList named;
                for (const QString& l : labels)
                    if (l.trimmed() != "") named << l;
                if ((h.captured(1) == "resource" || h.captured(1) == "data") && named.size() != 2)
                    problems += where + "a resource or data block needs a type and a name\n";
                for (const QString& l : named)
                    if (!identifier.match(l).hasMatch())
                        problems += where + "label \"" + l + "\" is not a valid identifier\n";
            } else if (body != "}") {
                problems += where + "neither an argument, a block nor a comment: " + body + "\n";
            }
        }
        depth += opens - closes;
        if (depth < 0) problems += where + "a closing brace too many\n";
        if (depth == 0 && body == "}") {
            afterTopLevelBlock = true;
            endRun(n + 1);
        }
        if (opens != closes) endRun(n + 1);
    }
    if (depth != 0) problems += "unbalanced braces at the end\n";
    endRun(int(lines.size()));
    return problems;
}

} // namespace pathlight::test
