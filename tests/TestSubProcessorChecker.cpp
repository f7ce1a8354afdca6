// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "core/Database.h"
#include "demo/DemoWorkspace.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/SubProcessorChecker.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(TransferSafeguard)
Q_DECLARE_METATYPE(SubProcessorStatus)

class TestSubProcessorChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void safeguards_data();
    void safeguards();
    void unused();
    void transferMarkedNotRequired();
    void demoFindings();

private:
    static QStringList codes(const QList<Finding>& findings);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QStringList TestSubProcessorChecker::codes(const QList<Finding>& findings)
{
    QStringList result;
    for (const Finding& finding : findings) {
        result.append(finding.code);
        if (finding.message.isEmpty())
            result.append(QStringLiteral("<no message>"));
    }
    return result;
}

void TestSubProcessorChecker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_db = Database::create(m_dir.filePath(QStringLiteral("demo.registro")), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(DemoWorkspace::populate(*m_db, &error), qPrintable(error));
}

void TestSubProcessorChecker::safeguards_data()
{
    QTest::addColumn<QStringList>("countries");
    QTest::addColumn<TransferSafeguard>("safeguard");
    QTest::addColumn<SubProcessorStatus>("status");
    QTest::addColumn<QStringList>("expected");

    const auto active = SubProcessorStatus::Active;
    const QString none = QStringLiteral("subprocessor-without-safeguard");
    const QString notRequired = QStringLiteral("subprocessor-safeguard-not-required");
    const QString dpf = QStringLiteral("subprocessor-dpf-outside-us");
    QTest::newRow("EEA, not required") << QStringList{QStringLiteral("DK")} << TransferSafeguard::NotRequired << active
                                       << QStringList();
    QTest::newRow("India, nothing") << QStringList{QStringLiteral("IN")} << TransferSafeguard::None << active
                                    << QStringList{none};
    QTest::newRow("India, not required") << QStringList{QStringLiteral("IN")} << TransferSafeguard::NotRequired << active
                                         << QStringList{notRequired};
    QTest::newRow("India, SCCs") << QStringList{QStringLiteral("IN")} << TransferSafeguard::StandardContractualClauses
                                 << active << QStringList();
    QTest::newRow("EEA and India, nothing") << QStringList{QStringLiteral("NL"), QStringLiteral("IN")}
                                            << TransferSafeguard::None << active << QStringList{none};
    QTest::newRow("Canada, DPF") << QStringList{QStringLiteral("CA")} << TransferSafeguard::DataPrivacyFramework << active
                                 << QStringList{dpf};
    QTest::newRow("EEA only, DPF") << QStringList{QStringLiteral("IE")} << TransferSafeguard::DataPrivacyFramework << active
                                   << QStringList{dpf};
    QTest::newRow("US, DPF") << QStringList{QStringLiteral("US")} << TransferSafeguard::DataPrivacyFramework << active
                             << QStringList();
    QTest::newRow("Switzerland, adequacy") << QStringList{QStringLiteral("CH")} << TransferSafeguard::Adequacy << active
                                           << QStringList();
    QTest::newRow("removed: no transfer any more") << QStringList{QStringLiteral("IN")} << TransferSafeguard::None
                                                   << SubProcessorStatus::Removed << QStringList();
}

void TestSubProcessorChecker::safeguards()
{
    QFETCH(QStringList, countries);
    QFETCH(TransferSafeguard, safeguard);
    QFETCH(SubProcessorStatus, status);
    QFETCH(QStringList, expected);
    SubProcessor sp; // not stored: only the safeguard checks run
    sp.legalName = QStringLiteral("Being edited");
    sp.countries = countries;
    sp.safeguard = safeguard;
    sp.status = status;
    QCOMPARE(codes(SubProcessorChecker(*m_db).check(sp)), expected);
}

void TestSubProcessorChecker::unused()
{
    SubProcessorRepository repository(*m_db);
    SubProcessor sp;
    sp.legalName = QStringLiteral("Idle Hosting BV");
    sp.countries = {QStringLiteral("NL")};
    QVERIFY(repository.save(sp));
    SubProcessorChecker checker(*m_db);
    QCOMPARE(codes(checker.check(sp)), QStringList{QStringLiteral("subprocessor-unused")});
    sp.status = SubProcessorStatus::Planned;
    QVERIFY(checker.check(sp).isEmpty());
    sp.status = SubProcessorStatus::Removed;
    QVERIFY(checker.check(sp).isEmpty());
    QVERIFY(repository.remove(sp.id));
}

void TestSubProcessorChecker::transferMarkedNotRequired()
{
    const qint64 ganga = SubProcessorRepository(*m_db).idByName(QStringLiteral("Ganga Softworks Pvt. Ltd."));
    QVERIFY(ganga != 0);
    const auto sp = SubProcessorRepository(*m_db).find(ganga);
    SubProcessorChecker checker(*m_db);
    QVERIFY(!codes(checker.check(*sp)).contains(QStringLiteral("transfer-safeguard-not-required")));
    const qint64 activity = m_db->scalar(QStringLiteral("SELECT activity_id FROM activity_subprocessor WHERE subprocessor_id = ?"),
                                         {ganga})
                                .toLongLong();
    QVERIFY(activity != 0);
    m_db->run(QStringLiteral("INSERT INTO transfer (activity_id, subprocessor_id, country, safeguard) "
                             "VALUES (?, ?, 'IN', 'not_required')"),
              {activity, ganga});
    QVERIFY(!m_db->hasError());
    QVERIFY(codes(checker.check(*sp)).contains(QStringLiteral("transfer-safeguard-not-required")));
    m_db->run(QStringLiteral("DELETE FROM transfer WHERE subprocessor_id = ? AND safeguard = 'not_required'"), {ganga});
}

void TestSubProcessorChecker::demoFindings()
{
    SubProcessorChecker checker(*m_db);
    const auto all = checker.checkAll();
    SubProcessorRepository repository(*m_db);
    const qint64 maplegrid = repository.idByName(QStringLiteral("Maplegrid Telecom Inc."));
    const qint64 sava = repository.idByName(QStringLiteral("Sava Code d.o.o."));
    const qint64 redwood = repository.idByName(QStringLiteral("Redwood Monitoring Inc."));
    QVERIFY(codes(all.value(maplegrid)).contains(QStringLiteral("subprocessor-dpf-outside-us")));
    QVERIFY(codes(all.value(sava)).contains(QStringLiteral("subprocessor-safeguard-not-required")));
    QVERIFY(!codes(all.value(redwood)).contains(QStringLiteral("subprocessor-dpf-outside-us")));
}

QTEST_GUILESS_MAIN(TestSubProcessorChecker)
#include "TestSubProcessorChecker.moc"
