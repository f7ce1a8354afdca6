// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "documents/DocumentModel.h"

#include <QString>
#include <QStringList>

class Database;

/**
 * A Data Processing Agreement as a document: the agreement rendered from its template (or the
 * text it was signed with) in one language, or two languages side by side clause by clause, as
 * bilingual contracts are signed. Each article is a heading in the table of contents.
 */
class AgreementDocument
{
public:
    explicit AgreementDocument(Database& db);

    /** Builds the document; false with errorString() when the agreement cannot be rendered. */
    bool build(qint64 agreementId, const QString& language, DocumentModel* model);
    /** @p language on the left, @p secondLanguage on the right, clause by clause. */
    bool buildBilingual(qint64 agreementId, const QString& language, const QString& secondLanguage,
                        DocumentModel* model);
    /** Whether the agreement is signed (documents of unsigned agreements carry a DRAFT mark). */
    bool isSigned(qint64 agreementId);
    /** The languages the agreement is issued in. */
    QStringList languages(qint64 agreementId);

    QString errorString() const { return m_error; }

private:
    struct Section
    {
        QString number;
        QString title;
        QString body;
    };
    bool render(qint64 agreementId, const QString& language, QString* title, QList<Section>* sections);

    Database& m_db;
    QString m_error;
};
