#include "text/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pathlight {

QStringList availableLanguages() {
    return {"en", "ja", "zh_TW"};
}

QString nativeLanguageName(const QString& code) {
    if (code == "ja") return QStringLiteral("日本語");
    if (code == "zh_TW") return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString languageForLocale(const QString& localeName) {
    const QLocale locale(localeName);
    if (locale.language() == QLocale::Japanese) return "ja";
    // Traditional Chinese (Taiwan, Hong Kong, Macao); Simplified falls back to English.
    if (locale.language() == QLocale::Chinese && locale.script() == QLocale::TraditionalChineseScript)
        return "zh_TW";
    return "en";
}

QString installLanguage(const QString& requested) {
    QCoreApplication* app = QCoreApplication::instance();
    const QString code = requested.isEmpty() ? languageForLocale(QLocale::system().name()) : requested;
    // The translators are children of the application: one set at a time, found by name.
    for (QTranslator* old : app->findChildren<QTranslator*>("pathlight-translator")) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    // English has its own file too: it holds the plural forms ("1 object", "2 objects").
    auto* own = new QTranslator(app);
    own->setObjectName("pathlight-translator");
    if (own->load(":/i18n/pathlight_" + code + ".qm")) QCoreApplication::installTranslator(own);
    if (code != "en") {
        auto* qt = new QTranslator(app);
        qt->setObjectName("pathlight-translator");
        if (qt->load("qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace pathlight
