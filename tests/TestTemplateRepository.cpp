// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "templates/AgreementRepository.h"
#include "templates/ClauseNumbering.h"
#include "templates/TemplateRepository.h"

#include <QTemporaryDir>
#include <QTest>

// The clause tree as one comparable text: every clause with its place, properties and texts.
static QString treeText(Database& db, qint64 templateId)
{
    QStringList lines;
    for (const Clause& c : TemplateRepository(db).clauses(templateId)) {
        QStringList texts;
        for (auto it = c.texts.cbegin(); it != c.texts.cend(); ++it)
            texts.append(it.key() + QLatin1Char('=') + it->title + QLatin1Char('|') + it->body + QLatin1Char('|') + it->state);
        texts.sort();
        lines.append(QStringLiteral("%1 p%2 @%3 %4 %5 o%6 [%7] %8")
                         .arg(c.id)
                         .arg(c.parentId)
                         .arg(c.position)
                         .arg(c.key, Clause::kindCode(c.kind))
                         .arg(c.optional)
                         .arg(c.condition, texts.join(QLatin1Char(';'))));
    }
    return lines.join(QLatin1Char('\n'));
}

class TestTemplateRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> demoWorkspace()
    {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("demo%1.registro").arg(++m_count)), &error);
        if (!db || !DemoWorkspace::populate(*db, &error)) {
            qWarning() << error;
            return nullptr;
        }
        return db;
    }
    static qint64 templateOf(Database& db) { return TemplateRepository(db).templates().constFirst().id; }
    static Clause byKey(Database& db, const QString& key)
    {
        for (const Clause& c : TemplateRepository(db).clauses(templateOf(db))) {
            if (c.key == key)
                return c;
        }
        return {};
    }
    static QList<qint64> childIds(Database& db, qint64 parentId)
    {
        QList<qint64> ids;
        for (const Clause& c : TemplateRepository(db).clauses(templateOf(db))) {
            if (c.parentId == parentId) {
                if (c.position != ids.size())
                    qWarning() << "position" << c.position << "of" << c.key << "expected" << ids.size();
                ids.append(c.id);
            }
        }
        return ids;
    }
    static bool positionsContiguous(Database& db)
    {
        QHash<qint64, int> next;
        for (const Clause& c : TemplateRepository(db).clauses(templateOf(db))) {
            if (c.position != next[c.parentId]++)
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void moveAmongSiblingsAndBack()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRepository templates(*db);
        const qint64 t = templateOf(*db);
        const QString before = treeText(*db, t);
        const Clause definitions = byKey(*db, QStringLiteral("definitions"));
        const Clause recitals = byKey(*db, QStringLiteral("recitals"));

        QVERIFY2(templates.moveClause(definitions.id, 0, 0), qPrintable(templates.errorString()));
        QCOMPARE(childIds(*db, 0).mid(0, 3), (QList<qint64>{definitions.id, byKey(*db, QStringLiteral("parties")).id, recitals.id}));
        QVERIFY(positionsContiguous(*db));
        // Its sub-clauses came along and are numbered under it.
        const auto numbers = ClauseNumbering::number(templates.clauses(t));
        QCOMPARE(numbers.value(definitions.id), QStringLiteral("1"));
        QCOMPARE(numbers.value(byKey(*db, QStringLiteral("definitions-terms")).id), QStringLiteral("1.1"));

        QVERIFY(templates.moveClause(definitions.id, 0, definitions.position));
        QCOMPARE(treeText(*db, t), before);
    }

    void indentAndOutdentChangeTheKind()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRepository templates(*db);
        const qint64 t = templateOf(*db);
        const QString before = treeText(*db, t);
        const Clause recitals = byKey(*db, QStringLiteral("recitals"));
        const Clause parties = byKey(*db, QStringLiteral("parties"));

        // Indent: under the clause before it, as its last sub-clause.
        QVERIFY2(templates.moveClause(recitals.id, parties.id, 0), qPrintable(templates.errorString()));
        QCOMPARE(templates.clause(recitals.id)->kind, Clause::Kind::SubClause);
        QCOMPARE(templates.clause(recitals.id)->parentId, parties.id);
        QVERIFY(positionsContiguous(*db));
        QCOMPARE(ClauseNumbering::number(templates.clauses(t)).value(recitals.id), QStringLiteral("1.1"));
        // Outdent back: an article again, in its old place.
        QVERIFY(templates.moveClause(recitals.id, 0, 1));
        QCOMPARE(treeText(*db, t), before);

        // A sub-clause of an appendix moved out lands among the appendices and becomes one.
        const Clause activities = byKey(*db, QStringLiteral("appendix-a-activities"));
        const Clause appendixA = byKey(*db, QStringLiteral("appendix-a"));
        QVERIFY2(templates.moveClause(activities.id, 0, appendixA.position + 1), qPrintable(templates.errorString()));
        QCOMPARE(templates.clause(activities.id)->kind, Clause::Kind::Appendix);
        QCOMPARE(ClauseNumbering::number(templates.clauses(t)).value(activities.id), QStringLiteral("B"));
    }

    void invalidMovesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("parentKey");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("message");
        QTest::newRow("into itself") << "definitions" << "definitions" << 0 << "itself";
        QTest::newRow("into its own sub-clause") << "definitions" << "definitions-terms" << 0 << "own sub-clauses";
        QTest::newRow("appendix below an article") << "appendix-b" << "security" << 0 << "appendix stays at the top level";
        QTest::newRow("appendix below an appendix") << "appendix-c" << "appendix-a" << 0 << "appendix stays at the top level";
        QTest::newRow("article after the appendices") << "parties" << "" << 99 << "articles come before the appendices";
        QTest::newRow("appendix before an article") << "appendix-a" << "" << 0 << "articles come before the appendices";
        QTest::newRow("sub-clause out among the articles after an appendix") << "appendix-a-retention" << "" << 99 << "";
    }

    void invalidMovesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, parentKey);
        QFETCH(int, position);
        QFETCH(QString, message);
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRepository templates(*db);
        const qint64 t = templateOf(*db);
        const QString before = treeText(*db, t);
        const qint64 parentId = parentKey.isEmpty() ? 0 : byKey(*db, parentKey).id;
        if (message.isEmpty()) {
            // Allowed: at the very end it becomes another appendix.
            QVERIFY2(templates.moveClause(byKey(*db, key).id, parentId, position), qPrintable(templates.errorString()));
            QCOMPARE(templates.clause(byKey(*db, key).id)->kind, Clause::Kind::Appendix);
            return;
        }
        QVERIFY(!templates.checkMove(byKey(*db, key).id, parentId, position).isEmpty());
        QVERIFY(!templates.moveClause(byKey(*db, key).id, parentId, position));
        QVERIFY2(templates.errorString().contains(message, Qt::CaseInsensitive), qPrintable(templates.errorString()));
        QCOMPARE(treeText(*db, t), before);
        QVERIFY(!templates.moveClause(999999, 0, 0));
        QCOMPARE(treeText(*db, t), before);
    }

    void removeAndRestoreTheSameRows()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRepository templates(*db);
        const qint64 t = templateOf(*db);
        const QString before = treeText(*db, t);
        const Clause security = byKey(*db, QStringLiteral("security"));
        const int clauseCount = int(templates.clauses(t).size());
        const ClauseSubtree subtree = templates.subtree(security.id);
        QCOMPARE(subtree.clauses.size(), 4); // the article and its three sub-clauses
        QCOMPARE(subtree.texts.size(), 16); // in four languages

        QVERIFY2(templates.removeClause(security.id), qPrintable(templates.errorString()));
        QCOMPARE(templates.clauses(t).size(), clauseCount - 4);
        QVERIFY(!templates.clause(security.id));
        QVERIFY(!templates.clauseText(byKey(*db, QStringLiteral("security-review")).id, QStringLiteral("en")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM clause_text WHERE clause_id = ?"), {security.id}).toInt(), 0);
        QVERIFY(positionsContiguous(*db));

        QVERIFY2(templates.restoreSubtree(subtree), qPrintable(templates.errorString()));
        QCOMPARE(treeText(*db, t), before);
        QCOMPARE(templates.subtree(security.id).texts, subtree.texts); // review columns included
        // Restoring twice is refused and changes nothing.
        QVERIFY(!templates.restoreSubtree(subtree));
        QCOMPARE(treeText(*db, t), before);
        QVERIFY(!templates.removeClause(999999));
        QCOMPARE(treeText(*db, t), before);
    }

    void addClauses()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRepository templates(*db);
        const qint64 t = templateOf(*db);
        const Clause security = byKey(*db, QStringLiteral("security"));
        Clause c;
        c.templateId = t;
        c.parentId = security.id;
        c.position = 1;
        c.kind = Clause::Kind::SubClause;
        c.key = templates.uniqueKey(t, QStringLiteral("security-measures"));
        QCOMPARE(c.key, QStringLiteral("security-measures-2"));
        c.texts.insert(QStringLiteral("en"), ClauseText{TemplateRepository::newClauseTitle(c.kind, QStringLiteral("en")), {}, {}, QStringLiteral("translated")});
        c.texts.insert(QStringLiteral("nl"), ClauseText{TemplateRepository::newClauseTitle(c.kind, QStringLiteral("nl")), {}, {}, QStringLiteral("initial")});
        QVERIFY2(templates.addClause(c), qPrintable(templates.errorString()));
        QVERIFY(c.id > 0);
        QCOMPARE(childIds(*db, security.id).at(1), c.id);
        QVERIFY(positionsContiguous(*db));
        QCOMPARE(templates.clauseText(c.id, QStringLiteral("nl"))->title, QStringLiteral("Nieuwe bepaling"));
        QCOMPARE(ClauseNumbering::number(templates.clauses(t)).value(c.id), QStringLiteral("%1.2").arg(ClauseNumbering::number(templates.clauses(t)).value(security.id)));

        const QString before = treeText(*db, t);
        Clause duplicate = c;
        duplicate.id = 0;
        QVERIFY(!templates.addClause(duplicate));
        QVERIFY(templates.errorString().contains(QStringLiteral("already")));
        Clause badKey = c;
        badKey.id = 0;
        badKey.key = QStringLiteral("has space");
        QVERIFY(!templates.addClause(badKey));
        Clause appendixBelow = c;
        appendixBelow.id = 0;
        appendixBelow.key = QStringLiteral("x");
        appendixBelow.kind = Clause::Kind::Appendix;
        QVERIFY(!templates.addClause(appendixBelow));
        QCOMPARE(treeText(*db, t), before);
    }

    void propertiesAndTheirRules()
    {
        auto db = demoWorkspace();
        QVERIFY(db);
        TemplateRepository templates(*db);
        AgreementRepository agreements(*db);
        const qint64 t = templateOf(*db);
        Clause precedence = byKey(*db, QStringLiteral("precedence"));
        precedence.optional = true;
        precedence.condition = QStringLiteral("register.has_special_categories");
        QVERIFY2(templates.saveClauseProperties(precedence), qPrintable(templates.errorString()));
        QVERIFY(templates.clause(precedence.id)->optional);

        // A new key takes the agreements' choices with it.
        const qint64 sentId = agreements.idByReference(QStringLiteral("DPA-ORTOFRESCO"));
        auto sent = agreements.find(sentId);
        sent->options.insert(QStringLiteral("precedence"), false);
        QVERIFY2(agreements.save(*sent), qPrintable(agreements.errorString()));
        precedence.key = QStringLiteral("order-of-precedence");
        QVERIFY2(templates.saveClauseProperties(precedence), qPrintable(templates.errorString()));
        QCOMPARE(agreements.find(sentId)->options, (QHash<QString, bool>{{QStringLiteral("order-of-precedence"), false}}));

        const QString before = treeText(*db, t);
        Clause wrong = precedence;
        wrong.key = QStringLiteral("parties");
        QVERIFY(!templates.saveClauseProperties(wrong));
        wrong = precedence;
        wrong.kind = Clause::Kind::Appendix; // an appendix among the articles
        QVERIFY(!templates.saveClauseProperties(wrong));
        QVERIFY(templates.errorString().contains(QStringLiteral("appendices")));
        wrong = byKey(*db, QStringLiteral("security-review"));
        wrong.kind = Clause::Kind::Article;
        QVERIFY(!templates.saveClauseProperties(wrong));
        wrong = precedence;
        wrong.key = QString();
        QVERIFY(!templates.saveClauseProperties(wrong));
        QCOMPARE(treeText(*db, t), before);
    }
};

QTEST_GUILESS_MAIN(TestTemplateRepository)
#include "TestTemplateRepository.moc"
