// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

/** Conversions between value types and what the workspace stores (ISO 8601 text, NULL for none). */
namespace SqlValue {

inline QVariant fromDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QVariant fromDateTime(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC().toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QDateTime toDateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

inline QVariant fromModule(int sccModule)
{
    return sccModule > 0 ? QVariant(sccModule) : QVariant();
}

inline QVariantList fromIds(const QList<qint64>& ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(id);
    return list;
}

/** "?, ?, ?" for @p count bindings. */
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace SqlValue
