#pragma once
// Hostile names for the fix scripts: a copy of a topology whose every name, id, resource group
// and region tries to break out of its quotes, and checks that a script keeps every such value
// inside a literal (shared/hostile/injection-names.pathlight.json is one instance of the kind).

#include "advice/fix.h"
#include "io/topology_io.h"
#include "terraform_format.h"

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <set>
#include <string>

namespace pathlight::test {

// Every attempt carries "pwned", so a script is safe when "pwned" never stands outside a literal.
// The first breaks out of every kind of quote (a shell then refuses the whole script for its
// unbalanced quotes, so only the structural check sees it); the second is valid shell text that
// runs commands when it is not quoted.
inline std::vector<std::string> hostileSuffixes() {
    return {"'\";$(touch pwned-a)`touch pwned-b`;touch pwned-c;'\\\xE2\x80\x99\xE2\x80\x98${pwned-d}\n// "
            "pwned-e\r\n}\nresource pwned 'x' = {",
            "$(touch pwned-f);touch pwned-g`touch pwned-h`",
            // Paste-jacking: end bracketed paste, clear the line, run a command.
            "\x1b[201~\x15touch pwned-i\r\xc2\x9b"
            "2J\xe2\x80\xae"};
}

namespace detail {
inline void collectIds(const Json& j, std::set<std::string>& ids, bool inFlows = false) {
    if (j.is_object()) {
        if (auto it = j.find("id"); it != j.end() && it->is_string() && !inFlows)
            ids.insert(it->get<std::string>());
        for (const auto& [key, value] : j.items())
            if (key != "layout") collectIds(value, ids, inFlows || key == "flows");
    } else if (j.is_array()) {
        for (const auto& v : j)
            collectIds(v, ids, inFlows);
    }
}

inline void rewrite(Json& j, const std::set<std::string>& ids, const std::string& suffix,
                    const std::string& key = "") {
    if (j.is_string()) {
        const std::string s = j.get<std::string>();
        // Platform subnet names carry meaning (azure-facts §1.7): they keep theirs.
        static const std::set<std::string> meaningful = {
            "GatewaySubnet", "RouteServerSubnet", "AzureFirewallSubnet", "AzureFirewallManagementSubnet",
            "AzureBastionSubnet"};
        if (ids.count(s) || (key == "name" && !meaningful.count(s)) || key == "resourceGroup" ||
            key == "region")
            j = s + suffix;
    } else if (j.is_object()) {
        for (auto& [k, v] : j.items())
            rewrite(v, ids, suffix, k);
    } else if (j.is_array()) {
        for (auto& v : j)
            rewrite(v, ids, suffix, key == "name" ? "" : key); // list elements are values, not names
    }
}
} // namespace detail

// The same topology with hostile names, ids (but flows'), resource groups (one added at the top
// when absent) and regions. Routing is unchanged: no address or reference changes meaning.
inline Topology hostileCopy(const Topology& t, const std::string& suffix) {
    Json j = topologyToJson(t);
    std::set<std::string> ids;
    detail::collectIds(j, ids);
    if (!j.contains("resourceGroup")) j["resourceGroup"] = "rg";
    Json layout = j.contains("layout") ? j["layout"] : Json::object();
    j.erase("layout");
    detail::rewrite(j, ids, suffix);
    Json renamed = Json::object();
    for (const auto& [key, value] : layout.items())
        renamed[ids.count(key) ? key + suffix : key] = value;
    j["layout"] = renamed;
    LoadResult r = loadTopologyFromText(j.dump());
    if (!r.ok())
        throw std::runtime_error("hostile copy does not load: " + r.diagnostics.at(0).message.english());
    return std::move(*r.topology);
}

namespace detail {
// The text outside literals: POSIX shell ('...' verbatim) or PowerShell ('...' with doubled
// quotes, the typographic single quotes included).
inline std::string outsideSingleQuotes(const std::string& s, bool powerShell) {
    auto quoteAt = [&](std::size_t i) -> std::size_t { // length of a quote character at i, or 0
        if (s[i] == '\'') return 1;
        if (powerShell && s.compare(i, 2, "\xE2\x80") == 0 && i + 2 < s.size() &&
            (unsigned char)s[i + 2] >= 0x98 && (unsigned char)s[i + 2] <= 0x9B)
            return 3;
        return 0;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (!powerShell && s.compare(i, 2, "$'") == 0) { // ANSI-C quoting: backslash escapes inside
            i += 2;
            for (;;) {
                if (i >= s.size()) return out + "<UNTERMINATED>";
                if (s[i] == '\\') {
                    i += 2;
                    continue;
                }
                if (s[i++] == '\'') break;
            }
            out += ' ';
            continue;
        }
        if (!powerShell && s[i] == '\\' && i + 1 < s.size()) { // \' and the like: one literal character
            i += 2;
            out += ' ';
            continue;
        }
        const std::size_t q = quoteAt(i);
        if (!q) {
            out += s[i++];
            continue;
        }
        i += q;
        for (;;) {
            if (i >= s.size()) return out + "<UNTERMINATED>";
            const std::size_t e = quoteAt(i);
            if (!e) {
                ++i;
                continue;
            }
            i += e;
            const std::size_t again = powerShell && i < s.size() ? quoteAt(i) : 0;
            if (!again) break;
            i += again; // doubled: a literal quote
        }
        out += ' ';
    }
    return out;
}

// Bicep: '...' with backslash escapes, // comments to the end of the line. Returns the text
// outside strings and comments; an unescaped ${ inside a string is reported as an interpolation.
inline std::string outsideBicepLiterals(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        if (s.compare(i, 2, "//") == 0) {
            while (i < s.size() && s[i] != '\n')
                ++i;
            continue;
        }
        if (s[i] != '\'') {
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
            if (s.compare(i, 2, "${") == 0) return out + "<INTERPOLATION>";
            if (s[i++] == '\'') break;
        }
        out += ' ';
    }
    return out;
}
} // namespace detail

// Empty when every script of the fix keeps the hostile values inside literals and running its
// shell text (az and sudo stubbed) creates no file; else what went wrong.
inline QString scriptProblems(const Fix& fix) {
    QString problems;
    auto check = [&](const char* what, const std::string& outside) {
        if (outside.find("pwned") != std::string::npos ||
            outside.find("<UNTERMINATED>") != std::string::npos ||
            outside.find("<INTERPOLATION>") != std::string::npos)
            problems += QString("%1 of %2 lets a value out of its literal: %3\n")
                            .arg(what, QString::fromStdString(fix.code), QString::fromStdString(outside));
    };
    // No control character reaches a terminal raw, inside quotes or not: pasted into a shell,
    // ESC [201~ ends bracketed paste, Ctrl-U clears the line and CR runs what follows.
    for (const std::string* text : {&fix.azureCli, &fix.powerShell, &fix.bicep, &fix.terraform,
                                    &fix.linuxCommand, &fix.windowsCommand}) {
        const QString t = QString::fromStdString(*text);
        for (const QChar c : t) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != '\n') || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 ||
                u == 0x2029 || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
                problems += QString("a script of %1 holds the raw control character U+%2\n")
                                .arg(QString::fromStdString(fix.code))
                                .arg(int(u), 4, 16, QChar('0'));
        }
    }
    check("Azure CLI", detail::outsideSingleQuotes(fix.azureCli, false));
    check("PowerShell", detail::outsideSingleQuotes(fix.powerShell, true));
    check("Bicep", detail::outsideBicepLiterals(fix.bicep));
    check("Terraform", detail::outsideHclLiterals(fix.terraform));
    if (const std::string stray = detail::strayHclCode(detail::outsideHclLiterals(fix.terraform));
        !stray.empty())
        problems += QString("the Terraform of %1 has code Pathlight does not write: %2\n")
                        .arg(QString::fromStdString(fix.code), QString::fromStdString(stray));
    // Terraform where Bicep is (both say the Azure change), laid out as terraform fmt leaves it.
    if (fix.bicep.empty() != fix.terraform.empty())
        problems += QString("%1 has Bicep or Terraform, not both\n").arg(QString::fromStdString(fix.code));
    if (const QString layout = terraformFormatProblems(fix.terraform); !layout.isEmpty())
        problems += QString("the Terraform of %1 is not as terraform fmt writes it:\n%2%3\n")
                        .arg(QString::fromStdString(fix.code), layout, QString::fromStdString(fix.terraform));
    check("Linux command", detail::outsideSingleQuotes(fix.linuxCommand, false));
    check("Windows command", detail::outsideSingleQuotes(fix.windowsCommand, true));
    // Run what a POSIX shell would run; an injected command would create a file here.
    QTemporaryDir dir;
    QProcess bash;
    bash.setWorkingDirectory(dir.path());
    bash.start("bash", {"-c", QString::fromStdString("az() { :; }; sudo() { :; }; tee() { :; }\n" +
                                                     fix.azureCli + "\n" + fix.linuxCommand)});
    bash.waitForFinished(10000);
    const QStringList created =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (!created.isEmpty())
        problems += QString("running the shell text of %1 created %2\n")
                        .arg(QString::fromStdString(fix.code), created.join(", "));
    return problems;
}

} // namespace pathlight::test
