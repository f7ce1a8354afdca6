// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ClauseNumbering.h"

#include <QTest>

class TestClauseNumbering : public QObject
{
    Q_OBJECT

private:
    static Clause make(qint64 id, qint64 parent, Clause::Kind kind)
    {
        Clause c;
        c.id = id;
        c.parentId = parent;
        c.kind = kind;
        c.key = QStringLiteral("c%1").arg(id);
        return c;
    }

    // 1; 2 (2.1, 2.2); 3; Appendix A (A.1); Appendix B
    static QList<Clause> tree()
    {
        using K = Clause::Kind;
        return {make(1, 0, K::Article), make(2, 0, K::Article), make(3, 2, K::SubClause), make(4, 2, K::SubClause),
                make(5, 0, K::Article), make(6, 0, K::Appendix), make(7, 6, K::SubClause), make(8, 0, K::Appendix)};
    }

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QList<qint64>>("excluded");
        QTest::addColumn<QStringList>("expected"); // numbers of ids 1..8, "-" when left out

        QTest::newRow("all") << QList<qint64>{}
                             << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2.1"), QStringLiteral("2.2"),
                                            QStringLiteral("3"), QStringLiteral("A"), QStringLiteral("A.1"), QStringLiteral("B")};
        QTest::newRow("article 1 left out") << QList<qint64>{1}
                                            << QStringList{QStringLiteral("-"), QStringLiteral("1"), QStringLiteral("1.1"),
                                                           QStringLiteral("1.2"), QStringLiteral("2"), QStringLiteral("A"),
                                                           QStringLiteral("A.1"), QStringLiteral("B")};
        QTest::newRow("sub-clause left out") << QList<qint64>{3}
                                             << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("-"),
                                                            QStringLiteral("2.1"), QStringLiteral("3"), QStringLiteral("A"),
                                                            QStringLiteral("A.1"), QStringLiteral("B")};
        QTest::newRow("parent left out takes children") << QList<qint64>{2, 6}
                                                        << QStringList{QStringLiteral("1"), QStringLiteral("-"), QStringLiteral("-"),
                                                                       QStringLiteral("-"), QStringLiteral("2"), QStringLiteral("-"),
                                                                       QStringLiteral("-"), QStringLiteral("A")};
    }

    void numbers()
    {
        QFETCH(QList<qint64>, excluded);
        QFETCH(QStringList, expected);
        const auto numbers = ClauseNumbering::number(tree(), QSet<qint64>(excluded.cbegin(), excluded.cend()));
        for (qint64 id = 1; id <= 8; ++id)
            QCOMPARE(numbers.value(id, QStringLiteral("-")), expected.at(id - 1));
    }

    void appendixLabels()
    {
        QCOMPARE(ClauseNumbering::appendixLabel(QStringLiteral("B"), QStringLiteral("en")), QStringLiteral("Appendix B"));
        QCOMPARE(ClauseNumbering::appendixLabel(QStringLiteral("B"), QStringLiteral("nl")), QStringLiteral("Bijlage B"));
        QCOMPARE(ClauseNumbering::appendixLabel(QStringLiteral("B"), QStringLiteral("it")), QStringLiteral("Allegato B"));
        QCOMPARE(ClauseNumbering::appendixLabel(QStringLiteral("B"), QStringLiteral("fr")), QStringLiteral("Annexe B"));
    }
};

QTEST_GUILESS_MAIN(TestClauseNumbering)
#include "TestClauseNumbering.moc"
