// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/ClauseSegment.h"

#include <QTest>

using State = ClauseSegment::State;

class TestClauseSegment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("initial") << int(State::Initial) << QStringLiteral("initial");
        QTest::newRow("translated") << int(State::Translated) << QStringLiteral("translated");
        QTest::newRow("reviewed") << int(State::Reviewed) << QStringLiteral("reviewed");
        QTest::newRow("final") << int(State::Final) << QStringLiteral("final");
        QTest::newRow("needs review") << int(State::NeedsReview) << QStringLiteral("needs-review");
    }
    void codes()
    {
        QFETCH(int, state);
        QFETCH(QString, code);
        QCOMPARE(ClauseSegment::stateCode(State(state)), code);
        QCOMPARE(ClauseSegment::stateFromCode(code), State(state));
        QVERIFY(!ClauseSegment::stateLabel(State(state)).isEmpty());
    }

    void unknownCode()
    {
        QVERIFY(!ClauseSegment::stateFromCode(QStringLiteral("approved")).has_value());
        QVERIFY(!ClauseSegment::stateFromCode(QString()).has_value());
        QVERIFY(!ClauseSegment::stateFromCode(QStringLiteral("Final")).has_value());
    }

    void sourceChange_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("untranslated stays untranslated") << int(State::Initial) << int(State::Initial);
        QTest::newRow("translated") << int(State::Translated) << int(State::NeedsReview);
        QTest::newRow("reviewed") << int(State::Reviewed) << int(State::NeedsReview);
        QTest::newRow("final") << int(State::Final) << int(State::NeedsReview);
        QTest::newRow("needs review stays") << int(State::NeedsReview) << int(State::NeedsReview);
    }
    void sourceChange()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QCOMPARE(ClauseSegment::stateAfterSourceChange(State(before)), State(after));
    }
};

QTEST_GUILESS_MAIN(TestClauseSegment)
#include "TestClauseSegment.moc"
