// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/SpellCheckingHighlighter.h"
#include "templates/TemplateEditorView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

class TestSpellCheckingHighlighter : public QObject
{
    Q_OBJECT

private:
    static bool underlined(const QTextDocument& document, int column)
    {
        for (const QTextLayout::FormatRange& range : document.firstBlock().layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
        }
        return false;
    }

private Q_SLOTS:
    void marksMisspelledWordsOutsideTags_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("wrong");
        QTest::addColumn<QString>("right");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The processor shall notfy {{ agreement.refrence }}")
                            << QStringLiteral("notfy") << QStringLiteral("processor");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("De verwerker zal meldn {{ agreement.refrence }}")
                            << QStringLiteral("meldn") << QStringLiteral("verwerker");
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Il responsabile deve notifcare {{ agreement.refrence }}")
                            << QStringLiteral("notifcare") << QStringLiteral("responsabile");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Le sous-traitant doit notifer {{ agreement.refrence }}")
                            << QStringLiteral("notifer") << QStringLiteral("doit");
    }

    void marksMisspelledWordsOutsideTags()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, wrong);
        QFETCH(QString, right);
        QTextDocument document;
        document.setPlainText(text);
        auto& repository = TemplateEditorView::syntaxRepository();
        SpellCheckingHighlighter highlighter(&document, language);
        if (!highlighter.hasDictionary())
            QSKIP("No dictionary for this language on this machine");
        highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        highlighter.setDefinition(repository.definitionForName(QStringLiteral("Registro Template")));
        highlighter.rehighlight();
        QVERIFY(underlined(document, int(text.indexOf(wrong))));
        QVERIFY(!underlined(document, int(text.indexOf(right))));
        // Inside a tag nothing is checked, and the tag keeps its template format.
        QVERIFY(!underlined(document, int(text.indexOf(QStringLiteral("refrence")))));
    }
};

QTEST_MAIN(TestSpellCheckingHighlighter)
#include "TestSpellCheckingHighlighter.moc"
