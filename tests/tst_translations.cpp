// The translations are complete: every entry of every .ts file is finished, none is obsolete or
// vanished, plural entries have their forms, and each translation keeps the source's
// placeholders (%1, %n, ...) — a lost placeholder would drop an address from a message.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyEntryIsFinished_data() {
        QTest::addColumn<QString>("language");
        for (const char* l : {"en", "ja", "zh_TW"})
            QTest::newRow(l) << QString(l);
    }

    void everyEntryIsFinished() {
        QFETCH(QString, language);
        QFile file(QStringLiteral(PATHLIGHT_SOURCE_DIR "/translations/pathlight_%1.ts").arg(language));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList translations, problems;
        bool numerus = false;
        int messages = 0;
        auto placeholders = [](const QString& text) {
            QSet<QString> found;
            const QRegularExpression p("%(\\d|n)");
            for (auto it = p.globalMatch(text); it.hasNext();)
                found.insert(it.next().captured(0));
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"name") context = xml.readElementText();
            if (xml.isStartElement() && xml.name() == u"message") {
                numerus = xml.attributes().value("numerus") == u"yes";
                translations.clear();
                ++messages;
            }
            if (xml.isStartElement() && xml.name() == u"source") source = xml.readElementText();
            if (xml.isStartElement() && xml.name() == u"translation") {
                const auto type = xml.attributes().value("type").toString();
                if (!type.isEmpty()) problems << QString("%1: \"%2\" is %3").arg(context, source, type);
                if (!numerus) translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            if (xml.isStartElement() && xml.name() == u"numerusform") translations << xml.readElementText();
            if (xml.isEndElement() && xml.name() == u"message") {
                if (translations.isEmpty() || translations.contains(QString()))
                    problems << QString("%1: \"%2\" has no translation").arg(context, source);
                for (const QString& t : std::as_const(translations))
                    if (!t.isEmpty() && placeholders(t) != placeholders(source))
                        problems << QString("%1: \"%2\" → \"%3\" changes the placeholders")
                                        .arg(context, source, t);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 600);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join("\n")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
