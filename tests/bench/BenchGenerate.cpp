// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors

// registro-bench-generate FILE [N]: a workspace with N (default 100,000) processing activities of
// realistic length (~700 characters of text each) for the register benchmark. Words follow a
// Zipf-like distribution, so that full-text search meets both common and rare words: "customer"
// is in most activities, "quetzal" in about one in ten thousand.

#include "core/Database.h"
#include "core/SqlValue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

namespace {

const char* const CommonWords[] = {
    "customer", "personal", "data", "employee", "contract", "account", "service", "support", "request", "record",
    "invoice", "payment", "access", "storage", "retention", "consent", "email", "address", "identity", "report",
    "review", "platform", "system", "provider", "processor", "security", "incident", "training", "schedule",
    "marketing", "analytics", "backup", "archive", "deletion", "export", "integration", "application", "profile",
    "session", "device", "location", "audit", "policy", "legal", "finance", "payroll", "benefits", "recruitment",
    "candidate", "visitor", "supplier", "partner", "newsletter", "survey", "feedback", "ticket", "contact",
};
const char* const Syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "bra", "cle", "dro", "fen",
                                 "gil", "har", "jun", "kor", "lem", "mor", "nax", "pel", "quo", "rin", "sul", "tav"};
const char* const Departments[] = {"People", "Finance", "Marketing", "Sales", "Customer Success", "Product",
                                   "Platform Operations", "Security", "IT", "Legal & Privacy", "Facilities"};
const char* const Statuses[] = {"draft", "in_review", "approved", "approved", "approved", "retired"};
const char* const Bases[] = {"6.1.a", "6.1.b", "6.1.c", "6.1.e", "6.1.f", "9.2.b", "9.2.h"};

class TextMaker
{
public:
    TextMaker()
    {
        for (const char* word : CommonWords)
            m_words.append(QString::fromLatin1(word));
        // Thousands of rarer made-up words, ranked after the common ones.
        const int syllables = int(std::size(Syllables));
        for (int a = 0; a < syllables; ++a)
            for (int b = 0; b < syllables; ++b)
                for (int c = 0; c < 8; ++c)
                    m_words.append(QString::fromLatin1(Syllables[a]) + QString::fromLatin1(Syllables[b])
                                   + QString::fromLatin1(Syllables[(a + b + c) % syllables]));
        // Zipf: the word of rank r is drawn with a weight of 1 / r.
        double sum = 0;
        for (qsizetype r = 1; r <= m_words.size(); ++r) {
            sum += 1.0 / double(r);
            m_cumulative.append(sum);
        }
    }

    QString word()
    {
        const double x = m_random.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.cbegin(), m_words.size() - 1));
    }

    QString sentence(int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts.append(word());
        QString text = parts.join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        return text + QStringLiteral(". ");
    }

    QString paragraph(int characters)
    {
        QString text;
        while (text.size() < characters)
            text += sentence(6 + int(m_random.bounded(10)));
        return text.trimmed();
    }

    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QStringList m_words;
    QList<double> m_cumulative;
    QRandomGenerator m_random{20261123};
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.size() > 2) {
        err << "usage: registro-bench-generate FILE [N]\n";
        return 2;
    }
    const int count = args.size() > 1 ? args.at(1).toInt() : 100000;
    if (count <= 0) {
        err << "N must be a positive number\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto db = Database::create(args.at(0), &error);
    if (!db) {
        err << error << '\n';
        return 1;
    }
    TextMaker text;
    Transaction transaction(*db);
    for (int i = 0; i < 12; ++i)
        db->run(QStringLiteral("INSERT INTO data_category (name, special, retention) VALUES (?, ?, ?)"),
                {QStringLiteral("Category %1").arg(i + 1), i % 6 == 0 ? 1 : 0,
                 i % 5 == 0 ? QString() : QStringLiteral("%1 years").arg(i + 1)});
    const QDate today = QDate::currentDate();
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("%1 %2 %3").arg(text.word(), text.word()).arg(i);
        QString description = text.paragraph(520);
        if (i % 9973 == 0)
            description += QStringLiteral(" Quetzal feathers are processed here.");
        const QString department = QString::fromUtf8(Departments[text.bounded(std::size(Departments))]);
        const QString owner = QStringLiteral("Owner of %1").arg(department);
        const QString erasure = text.paragraph(90);
        const QString notes = text.paragraph(60);
        const QDate next = today.addDays(int(text.bounded(900)) - 100);
        const QString now = QDateTime::currentDateTimeUtc().addSecs(-i).toString(Qt::ISODate);
        db->run(QStringLiteral("INSERT INTO processing_activity (id, role, name, description, department, owner, "
                               "status, erasure_time_limit, notes, created_at, updated_at, next_review) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {i, i % 3 == 0 ? QStringLiteral("processor") : QStringLiteral("controller"), name, description,
                 department, owner, QString::fromLatin1(Statuses[text.bounded(std::size(Statuses))]), erasure, notes,
                 now, now, SqlValue::fromDate(next)});
        const QString basis = QString::fromLatin1(Bases[text.bounded(std::size(Bases))]);
        db->run(QStringLiteral("INSERT INTO activity_legal_basis (activity_id, basis) VALUES (?, ?)"), {i, basis});
        db->run(QStringLiteral("INSERT INTO activity_data_category (activity_id, data_category_id) VALUES (?, ?)"),
                {i, 1 + int(text.bounded(12))});
        db->run(QStringLiteral("INSERT INTO activity_search (rowid, name, description, department, owner, details) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {i, name, description, department, owner, erasure + QLatin1Char(' ') + notes});
        if (db->hasError()) {
            err << db->lastError() << '\n';
            return 1;
        }
    }
    if (!transaction.commit()) {
        err << db->lastError() << '\n';
        return 1;
    }
    db->run(QStringLiteral("ANALYZE"));
    err << "generated " << count << " activities in " << timer.elapsed() << " ms\n";
    return 0;
}
