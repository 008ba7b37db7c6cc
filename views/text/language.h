#pragma once
// The user interface language: Pathlight's own translations (embedded from translations/*.ts)
// and Qt's for its standard dialogs, installed on the application at run time.

#include <QString>
#include <QStringList>

namespace pathlight {

// The languages Pathlight is translated into: "en", "ja", "zh_TW".
QStringList availableLanguages();
// The language's name in that language ("日本語").
QString nativeLanguageName(const QString& code);
// The best available language for a locale name ("ja_JP" → "ja", "zh_Hant_TW" → "zh_TW").
QString languageForLocale(const QString& localeName);
// Replaces the installed translators (empty code: the system's language). Returns the code in
// use. Widgets receive QEvent::LanguageChange and retranslate.
QString installLanguage(const QString& code);

} // namespace pathlight
