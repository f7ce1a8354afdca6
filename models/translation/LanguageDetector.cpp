// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/LanguageDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <libexttextcat/textcat.h>

QStringList LanguageDetector::languages()
{
    return {QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("it"), QStringLiteral("fr")};
}

LanguageDetector::LanguageDetector(const QString& modelDirectory)
{
    QString directory = modelDirectory;
    if (directory.isEmpty())
        directory = qEnvironmentVariable("REGISTRO_TEXTCAT_DIR", QStringLiteral("/usr/share/libexttextcat"));
    QDir dir(directory);
    for (const QString& language : languages()) {
        if (!dir.exists(language + QStringLiteral(".lm"))) {
            m_error = QCoreApplication::translate("LanguageDetector", "No language model for \"%1\" in %2.")
                          .arg(language, QDir::toNativeSeparators(directory));
            return;
        }
    }
    // Our own configuration: only the languages clauses are written in. What goes wrong in
    // practice is text left in another language of the same template; with the 180 languages
    // of the shipped fpdb.conf short Italian sentences come out as Spanish, and it is slower.
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/registro-textcat-XXXXXX.conf"));
    if (!config.open()) {
        m_error = QCoreApplication::translate("LanguageDetector", "Cannot write the language detector configuration: %1")
                      .arg(config.errorString());
        return;
    }
    for (const QString& language : languages())
        config.write(QStringLiteral("%1.lm %1\n").arg(language).toUtf8());
    config.close();
    const QByteArray prefix = QFile::encodeName(dir.absolutePath() + QLatin1Char('/'));
    m_handle = special_textcat_Init(QFile::encodeName(config.fileName()).constData(), prefix.constData());
    if (!m_handle)
        m_error = QCoreApplication::translate("LanguageDetector", "Cannot load the language models from %1.")
                      .arg(QDir::toNativeSeparators(directory));
}

LanguageDetector::~LanguageDetector()
{
    if (m_handle)
        textcat_Done(m_handle);
}

QStringList LanguageDetector::classify(const QString& text) const
{
    if (!m_handle)
        return {};
    const QByteArray utf8 = text.toUtf8();
    const char* result = textcat_Classify(m_handle, utf8.constData(), size_t(utf8.size()));
    if (!result)
        return {};
    const QString answer = QString::fromUtf8(result);
    if (!answer.startsWith(QLatin1Char('[')))
        return {}; // "SHORT" or "UNKNOWN"
    QStringList candidates;
    for (const QString& part : answer.split(QLatin1Char('['), Qt::SkipEmptyParts))
        candidates.append(part.section(QLatin1Char(']'), 0, 0));
    return candidates;
}
