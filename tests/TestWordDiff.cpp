// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/WordDiff.h"

#include <QElapsedTimer>
#include <QTest>

using Kind = WordDiff::Span::Kind;

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("marked"); // [-deleted-] {+inserted+}
        auto row = [](const char* name, const char* before, const char* after, const char* marked) {
            QTest::newRow(name) << QString::fromUtf8(before) << QString::fromUtf8(after) << QString::fromUtf8(marked);
        };
        row("unchanged", "The Processor shall notify.", "The Processor shall notify.", "The Processor shall notify.");
        row("word replaced", "within ten (10) working days", "within five (5) working days",
            "within[- ten-]{+ five+} ([-10-]{+5+}) working days");
        row("word inserted", "The Processor shall notify the Controller.",
            "The Processor shall promptly notify the Controller.", "The Processor shall{+ promptly+} notify the Controller.");
        row("sentence deleted", "Keep records. Report breaches.", "Keep records.", "Keep records.[- Report breaches.-]");
        row("from nothing", "", "New clause.", "{+New clause.+}");
        row("to nothing", "Old clause.", "", "[-Old clause.-]");
        row("template tag changed", "{{ processor.name }} shall", "{{ processor.legal_name }} shall",
            "{{ processor.[-name-]{+legal_name+} }} shall");
        row("dutch", "De Verwerker stelt de Verwerkingsverantwoordelijke onverwijld in kennis.",
            "De Verwerker stelt de Verwerkingsverantwoordelijke binnen 48 uur in kennis.",
            "De Verwerker stelt de Verwerkingsverantwoordelijke[- onverwijld-]{+ binnen 48 uur+} in kennis.");
    }
    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, marked);
        const QList<WordDiff::Span> spans = WordDiff::compare(before, after);
        QString actual;
        for (const WordDiff::Span& span : spans) {
            QVERIFY(!span.text.isEmpty());
            if (span.kind == Kind::Equal)
                actual += span.text;
            else if (span.kind == Kind::Deleted)
                actual += QStringLiteral("[-") + span.text + QStringLiteral("-]");
            else
                actual += QStringLiteral("{+") + span.text + QStringLiteral("+}");
        }
        QCOMPARE(actual, marked);
        QCOMPARE(WordDiff::side(spans, Kind::Inserted), after);
        QCOMPARE(WordDiff::side(spans, Kind::Deleted), before);
        for (qsizetype i = 1; i < spans.size(); ++i)
            QVERIFY(spans.at(i).kind != spans.at(i - 1).kind); // merged
    }

    void htmlIsEscaped()
    {
        const auto spans = WordDiff::compare(QStringLiteral("if a < b & \"c\"\nthen"), QStringLiteral("if a <= b & <i>c</i>\nthen"));
        const QString html = WordDiff::toHtml(spans);
        QVERIFY2(!html.contains(QStringLiteral("<i>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;")));
        QVERIFY(html.contains(QStringLiteral("&amp;")));
        QVERIFY(html.contains(QStringLiteral("<ins>")));
        QVERIFY(html.contains(QStringLiteral("<del>")));
        QVERIFY(html.contains(QStringLiteral("<br>")));
        QCOMPARE(WordDiff::toHtml(WordDiff::compare(QStringLiteral("a"), QStringLiteral("b"))),
                 QStringLiteral("<del>a</del><ins>b</ins>"));
    }

    void longTextsStayFast()
    {
        QString before;
        for (int i = 0; i < 2000; ++i)
            before += QStringLiteral("word%1 ").arg(i);
        QString after = before;
        after.replace(QStringLiteral("word1000 "), QStringLiteral("changed "));
        QElapsedTimer timer;
        timer.start();
        const auto spans = WordDiff::compare(before, after);
        QVERIFY(timer.elapsed() < 500);
        QCOMPARE(spans.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "TestWordDiff.moc"
