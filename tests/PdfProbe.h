// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

// Test helpers that look at real PDFs through poppler-utils (pdftotext, pdfinfo, pdffonts,
// pdftoppm) and at ODT files through Python's zipfile.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace PdfProbe {

inline QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The text of @p path (pages @p first to @p last, 0 = all), whitespace simplified. */
inline QString text(const QString& path, int first = 0, int last = 0, bool layout = false)
{
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << path << QStringLiteral("-");
    const QString out = run(QStringLiteral("pdftotext"), arguments);
    return layout ? out : out.simplified();
}

/** pdfinfo's fields: "Title" -> "...". */
inline QHash<QString, QString> info(const QString& path)
{
    QHash<QString, QString> fields;
    const QStringList lines = run(QStringLiteral("pdfinfo"), {path}).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            fields.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return fields;
}

inline int pageCount(const QString& path)
{
    return info(path).value(QStringLiteral("Pages")).toInt();
}

/** The font lines of pdffonts (without its two header lines). */
inline QStringList fonts(const QString& path)
{
    QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

/** Pages rendered at @p dpi. */
inline QList<QImage> pages(const QString& path, int dpi = 30)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), path, prefix});
    QList<QImage> images;
    QStringList files = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString& file : std::as_const(files))
        images.append(QImage(dir.filePath(file)));
    return images;
}

inline int nonWhitePixels(const QImage& image)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = QColor::fromRgb(rgb.pixel(x, y));
            if (c.red() < 235 || c.green() < 235 || c.blue() < 235)
                ++count;
        }
    }
    return count;
}

/** Pixels of the watermark's pink: clearly more red than green and blue. */
inline int watermarkPixels(const QImage& image)
{
    int count = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = QColor::fromRgb(rgb.pixel(x, y));
            if (c.red() > 200 && c.red() - c.green() > 30 && c.red() - c.blue() > 30)
                ++count;
        }
    }
    return count;
}

/** One member of a zip archive (an ODT), read with Python's zipfile. */
inline QString zipMember(const QString& archive, const QString& member, int* exitCode = nullptr)
{
    return run(QStringLiteral("python3"),
               {QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode('utf-8'))"),
                archive, member},
               exitCode);
}

/** Runs the built registro-cli; its exit code (-1 when it crashed or hung), output and errors in @p output. */
inline int registroCli(const QStringList& arguments, QString* output = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(REGISTRO_BIN_DIR "/registro-cli"), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace PdfProbe
