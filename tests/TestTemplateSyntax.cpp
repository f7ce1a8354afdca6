// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// The shipped syntax definition for clause texts (resources/syntax/syntax/registro-template.xml).
class TestTemplateSyntax : public QObject
{
    Q_OBJECT

private:
    // The format at @p column of the document's first block.
    static QTextCharFormat formatAt(const QTextDocument& document, int blockNumber, int column)
    {
        const QTextBlock block = document.findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format;
        }
        return {};
    }

private Q_SLOTS:
    void definitionLoads()
    {
        KSyntaxHighlighting::Repository repository;
        repository.addCustomSearchPath(QStringLiteral(":/registro/syntax"));
        const auto definition = repository.definitionForName(QStringLiteral("Registro Template"));
        QVERIFY(definition.isValid());
        QVERIFY(definition.includedDefinitions().contains(repository.definitionForName(QStringLiteral("Markdown"))));
    }

    void highlightsTags()
    {
        KSyntaxHighlighting::Repository repository;
        repository.addCustomSearchPath(QStringLiteral(":/registro/syntax"));
        QTextDocument document;
        document.setPlainText(QStringLiteral("Notice {{ agreement.notice_days|spellnumber }} days\n"
                                             "{% if register.has_non_eea_transfers %}yes{% endif %} {# note #}\n"
                                             "plain words only"));
        KSyntaxHighlighting::SyntaxHighlighter highlighter(&document);
        highlighter.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        highlighter.setDefinition(repository.definitionForName(QStringLiteral("Registro Template")));
        highlighter.rehighlight();

        // "{{" at column 7, the variable inside, the filter; "{%" and the keyword "if"; the comment.
        const QTextCharFormat open = formatAt(document, 0, 7);
        const QTextCharFormat plain = formatAt(document, 0, 0);
        QVERIFY(open.fontWeight() == QFont::Bold);
        QVERIFY(plain.fontWeight() != QFont::Bold);
        const QTextCharFormat variable = formatAt(document, 0, 10);
        QVERIFY(variable.foreground() != plain.foreground());
        const QTextCharFormat block = formatAt(document, 1, 0);
        QVERIFY(block.fontWeight() == QFont::Bold);
        const QTextCharFormat keyword = formatAt(document, 1, 3);
        QVERIFY(keyword.foreground() != plain.foreground() || keyword.fontWeight() == QFont::Bold);
        const int commentColumn = int(document.findBlockByNumber(1).text().indexOf(QStringLiteral("{#")));
        const QTextCharFormat comment = formatAt(document, 1, commentColumn + 3);
        QVERIFY(comment.foreground() != plain.foreground() || comment.fontItalic());
        // A line without tags gets no tag format.
        QVERIFY(formatAt(document, 2, 3).fontWeight() != QFont::Bold);
    }
};

QTEST_MAIN(TestTemplateSyntax)
#include "TestTemplateSyntax.moc"
