// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/TemplateTypes.h"

QString Clause::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Article:
        return QStringLiteral("article");
    case Kind::SubClause:
        return QStringLiteral("clause");
    case Kind::Appendix:
        return QStringLiteral("appendix");
    }
    return QStringLiteral("article");
}

Clause::Kind Clause::kindFromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("article"))
        return Kind::Article;
    if (code == QLatin1String("clause"))
        return Kind::SubClause;
    if (code == QLatin1String("appendix"))
        return Kind::Appendix;
    if (ok)
        *ok = false;
    return Kind::Article;
}

QString Agreement::statusCode(Status status)
{
    switch (status) {
    case Status::Draft:
        return QStringLiteral("draft");
    case Status::Sent:
        return QStringLiteral("sent");
    case Status::Signed:
        return QStringLiteral("signed");
    }
    return QStringLiteral("draft");
}

Agreement::Status Agreement::statusFromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("draft"))
        return Status::Draft;
    if (code == QLatin1String("sent"))
        return Status::Sent;
    if (code == QLatin1String("signed"))
        return Status::Signed;
    if (ok)
        *ok = false;
    return Status::Draft;
}
