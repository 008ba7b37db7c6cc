#pragma once
// Turns the model's untranslated messages into display text in the current language.

#include "common/message.h"
#include "trace/trace_result.h"

#include <QString>

namespace pathlight {

// Translates the source text in its context, then fills in the arguments.
QString displayText(const Message& message);
// "error", "warning", "info" in the current language.
QString displaySeverity(Severity severity);
QString displayVerdict(Verdict verdict);

} // namespace pathlight
