// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/CommandLine.h"
#include "core/Database.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateRepository.h"

#include <QTemporaryDir>
#include <QTest>

// registro-cli render, driven through CommandLine::run as the executable does.
class TestTemplateCommands : public QObject
{
    Q_OBJECT

private:
    int run(const QStringList& arguments)
    {
        m_out.clear();
        m_err.clear();
        QTextStream out(&m_out);
        QTextStream err(&m_err);
        const int status = CommandLine::run(arguments, out, err);
        out.flush();
        err.flush();
        return status;
    }

    QString demoPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo%1.registro").arg(++m_count));
        if (run({QStringLiteral("init"), QStringLiteral("--demo"), path}) != CommandLine::Ok)
            qWarning() << m_err;
        return path;
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_out;
    QString m_err;

private Q_SLOTS:
    void rendersMarkdownAndHtml_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("md, language of the agreement")
            << QStringList{QStringLiteral("--agreement"), QStringLiteral("DPA-ORTOFRESCO")} << QStringLiteral("## Allegato B");
        QTest::newRow("md nl") << QStringList{QStringLiteral("--agreement"), QStringLiteral("DPA-ORTOFRESCO"), QStringLiteral("--lang"),
                                              QStringLiteral("nl")}
                               << QStringLiteral("## Bijlage B");
        QTest::newRow("html fr") << QStringList{QStringLiteral("--agreement"), QStringLiteral("DPA-ORTOFRESCO"), QStringLiteral("--lang"),
                                                QStringLiteral("fr"), QStringLiteral("--format"), QStringLiteral("html")}
                                 << QStringLiteral("Annexe B");
    }

    void rendersMarkdownAndHtml()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const QString path = demoPath();
        QCOMPARE(run(QStringList{QStringLiteral("render"), path} + options), int(CommandLine::Ok));
        QVERIFY2(m_out.contains(expected), qPrintable(m_err));
        QVERIFY(!m_out.contains(QStringLiteral("{{")));
        if (options.contains(QStringLiteral("html")))
            QVERIFY(m_out.contains(QStringLiteral("<html")));
    }

    void reportsTemplateErrors()
    {
        const QString path = demoPath();
        {
            QString error;
            auto db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            TemplateRepository templates(*db);
            const QList<Clause> clauses = templates.clauses(templates.templates().constFirst().id);
            const Clause& recitals = clauses.at(1);
            QCOMPARE(recitals.key, QStringLiteral("recitals"));
            QVERIFY(templates.saveClauseText(recitals.id, QStringLiteral("it"), QStringLiteral("Premesse"),
                                             QStringLiteral("Premesso che:\n\n{{ agreement.unknown_value }}")));
        }
        QCOMPARE(run({QStringLiteral("render"), path, QStringLiteral("--agreement"), QStringLiteral("DPA-ORTOFRESCO")}),
                 int(CommandLine::Failure));
        QVERIFY(m_out.isEmpty());
        QVERIFY2(m_err.contains(QStringLiteral("clause 2")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("line 3")), qPrintable(m_err));
        QVERIFY2(m_err.contains(QStringLiteral("agreement.unknown_value")), qPrintable(m_err));
        // The signed agreement still renders the text it was signed with.
        QCOMPARE(run({QStringLiteral("render"), path, QStringLiteral("--agreement"), QStringLiteral("DPA-DELINDE")}), int(CommandLine::Ok));
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::newRow("no agreement") << QStringList{QStringLiteral("render"), QStringLiteral("FILE")} << int(CommandLine::Usage);
        QTest::newRow("bad format") << QStringList{QStringLiteral("render"), QStringLiteral("FILE"), QStringLiteral("--agreement"),
                                                   QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf")}
                                    << int(CommandLine::Usage);
        QTest::newRow("unknown agreement") << QStringList{QStringLiteral("render"), QStringLiteral("FILE"), QStringLiteral("--agreement"),
                                                          QStringLiteral("NOPE")}
                                           << int(CommandLine::Failure);
        QTest::newRow("language not in template")
            << QStringList{QStringLiteral("render"), QStringLiteral("FILE"), QStringLiteral("--agreement"), QStringLiteral("DPA-ORTOFRESCO"),
                           QStringLiteral("--lang"), QStringLiteral("de")}
            << int(CommandLine::Failure);
    }

    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        arguments.replace(1, demoPath());
        QCOMPARE(run(arguments), status);
        QVERIFY(m_out.isEmpty());
        QVERIFY(!m_err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateCommands)
#include "TestTemplateCommands.moc"
