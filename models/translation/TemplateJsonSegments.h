// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/ClauseSegment.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

/**
 * The clause segments of a template file in the "registro-template" JSON format (the shipped
 * sample DPA): one segment per clause text and one per clause title ("KEY.title"), numbered
 * as printed ("3", "3.1"). A segment is "translated" when it has a target text, else "initial".
 */
class TemplateJsonSegments
{
public:
    /** Reads @p path; on failure returns false and sets @p error. */
    bool load(const QString& path, QString* error);
    bool read(const QJsonObject& root, QString* error);

    QString sourceLanguage() const { return m_sourceLanguage; }
    QStringList languages() const { return m_languages; }
    QString version() const { return m_version; }
    QString name() const { return m_name; }

    /** The segments for @p targetLanguage, in document order. */
    QList<ClauseSegment> segments(const QString& targetLanguage) const;

private:
    QJsonObject m_root;
    QString m_sourceLanguage;
    QStringList m_languages;
    QString m_version;
    QString m_name;
};
