// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ClauseNumbering.h"

QHash<qint64, QString> ClauseNumbering::number(const QList<Clause>& clauses, const QSet<qint64>& excluded)
{
    QHash<qint64, QString> numbers;
    QSet<qint64> skipped = excluded;
    QHash<qint64, int> childCount; // per parent id (0: top level articles)
    int appendixCount = 0;
    for (const Clause& c : clauses) {
        if (skipped.contains(c.id) || (c.parentId != 0 && skipped.contains(c.parentId))) {
            skipped.insert(c.id);
            continue;
        }
        if (c.parentId == 0) {
            if (c.kind == Clause::Kind::Appendix) {
                numbers.insert(c.id, QString(QChar(u'A' + appendixCount % 26)));
                ++appendixCount;
            } else {
                numbers.insert(c.id, QString::number(++childCount[0]));
            }
            continue;
        }
        const QString parentNumber = numbers.value(c.parentId);
        if (parentNumber.isEmpty()) {
            skipped.insert(c.id);
            continue;
        }
        numbers.insert(c.id, parentNumber + QLatin1Char('.') + QString::number(++childCount[c.parentId]));
    }
    return numbers;
}

QString ClauseNumbering::appendixLabel(const QString& letter, const QString& language)
{
    if (language == QLatin1String("nl"))
        return QStringLiteral("Bijlage %1").arg(letter);
    if (language == QLatin1String("it"))
        return QStringLiteral("Allegato %1").arg(letter);
    if (language == QLatin1String("fr"))
        return QStringLiteral("Annexe %1").arg(letter);
    return QStringLiteral("Appendix %1").arg(letter);
}
