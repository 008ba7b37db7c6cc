#pragma once
// Turns the model's untranslated messages into display text in the current language.

#include "common/message.h"
#include "trace/trace_result.h"

#include <QString>

namespace pathlight {

// Translates the source text in its context, then fills in the arguments (shown with visible()).
QString displayText(const Message& message);
// A name, id or address from a file as text to show: control characters (a newline, ESC) as
// their Unicode pictures, so a name can never start a line or drive a terminal.
QString visible(const std::string& value);
// "error", "warning", "info" in the current language.
QString displaySeverity(Severity severity);
QString displayVerdict(Verdict verdict);

} // namespace pathlight
