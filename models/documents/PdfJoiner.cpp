// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/PdfJoiner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {

// Reasons go to the log, never to a user (the writer then writes the document in one piece):
// they are not translated.
QString why(const char* text)
{
    return QString::fromLatin1(text);
}

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
        || c == '/' || c == '%';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** "N 0 obj ... endobj" in a file: its number and byte range, and where its dictionary ends. */
struct Object
{
    int number = 0;
    qsizetype start = 0;
    qsizetype body = 0; ///< after "N 0 obj"
    qsizetype dictionaryEnd = 0; ///< where "stream" starts, or the end of the object
    qsizetype end = 0;
};

struct File
{
    const QByteArray* data = nullptr;
    QList<Object> objects; ///< in file order
    QHash<int, int> index; ///< number -> position in objects
    qsizetype firstObject = 0;
    int size = 0;
    int root = 0;
    int info = 0;
    QByteArray id;
    int pagesRoot = 0;
    QList<int> pages;

    const Object* object(int number) const
    {
        const auto it = index.constFind(number);
        return it == index.constEnd() ? nullptr : &objects[*it];
    }
    QByteArray text(const Object& o) const { return data->mid(o.body, o.dictionaryEnd - o.body); }
};

// Calls @p reference for each "N G R" in data[from, to) outside strings: its byte range and N.
void forEachReference(const QByteArray& data, qsizetype from, qsizetype to,
                      const std::function<void(qsizetype, qsizetype, int)>& reference)
{
    const char* d = data.constData();
    qsizetype i = from;
    while (i < to) {
        const char c = d[i];
        if (c == '(') { // a literal string: nested parentheses, backslash escapes
            int depth = 0;
            for (; i < to; ++i) {
                if (d[i] == '\\') {
                    ++i;
                } else if (d[i] == '(') {
                    ++depth;
                } else if (d[i] == ')' && --depth == 0) {
                    ++i;
                    break;
                }
            }
            continue;
        }
        if (c == '<') {
            if (i + 1 < to && d[i + 1] == '<') { // a dictionary opens
                i += 2;
                continue;
            }
            while (i < to && d[i] != '>') // a hexadecimal string
                ++i;
            ++i;
            continue;
        }
        if (c == '/') { // a name
            ++i;
            while (i < to && !isDelimiter(d[i]))
                ++i;
            continue;
        }
        if (isDigit(c) && (i == from || isDelimiter(d[i - 1]))) {
            qsizetype j = i;
            int number = 0;
            while (j < to && isDigit(d[j]))
                number = number * 10 + (d[j++] - '0');
            qsizetype k = j;
            while (k < to && isWhite(d[k]))
                ++k;
            const qsizetype generation = k;
            while (k < to && isDigit(d[k]))
                ++k;
            const bool hasGeneration = k > generation && generation > j;
            while (k < to && isWhite(d[k]))
                ++k;
            if (hasGeneration && k < to && d[k] == 'R' && (k + 1 == to || isDelimiter(d[k + 1]))) {
                reference(i, k + 1 - i, number);
                i = k + 1;
                continue;
            }
            i = j;
            continue;
        }
        ++i;
    }
}

QList<int> referencesIn(const QByteArray& data, qsizetype from, qsizetype to)
{
    QList<int> numbers;
    forEachReference(data, from, to, [&numbers](qsizetype, qsizetype, int number) { numbers.append(number); });
    return numbers;
}

int referenceAfter(const QByteArray& text, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("%1\\s+(\\d+)\\s+\\d+\\s+R").arg(QRegularExpression::escape(QLatin1String(key))));
    const auto match = pattern.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

bool parse(const QByteArray& data, File* file, QString* error)
{
    file->data = &data;
    if (!data.startsWith("%PDF-")) {
        *error = why("It is not a PDF file.");
        return false;
    }
    const qsizetype startxref = data.lastIndexOf("startxref");
    if (startxref < 0) {
        *error = why("The PDF has no cross-reference table.");
        return false;
    }
    bool ok = false;
    const qsizetype xref = data.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= startxref || !data.mid(xref).startsWith("xref")) {
        *error = why("The PDF's cross-reference table is not where it says.");
        return false;
    }
    const qsizetype trailer = data.indexOf("trailer", xref);
    if (trailer < 0 || trailer > startxref) {
        *error = why("The PDF has no trailer.");
        return false;
    }
    // Updates appended later have a second table: only one is accepted.
    if (data.indexOf("xref", xref + 4) != startxref + 5) {
        *error = why("The PDF has been updated after it was written.");
        return false;
    }
    const QList<QByteArray> tokens = data.mid(xref + 4, trailer - xref - 4).simplified().split(' ');
    QList<std::pair<qsizetype, int>> offsets;
    for (qsizetype t = 0; t + 1 < tokens.size();) {
        const int first = tokens[t].toInt(&ok);
        const int count = ok ? tokens[t + 1].toInt(&ok) : 0;
        if (!ok || t + 2 + qsizetype(count) * 3 > tokens.size()) {
            *error = why("The PDF's cross-reference table cannot be read.");
            return false;
        }
        t += 2;
        for (int i = 0; i < count; ++i, t += 3) {
            if (tokens[t + 2] == "n")
                offsets.append({tokens[t].toLongLong(), first + i});
        }
    }
    const QByteArray trailerText = data.mid(trailer, startxref - trailer);
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression id(QStringLiteral("/ID\\s*(\\[[^\\]]*\\])"));
    const QString trailerString = QString::fromLatin1(trailerText);
    file->size = size.match(trailerString).captured(1).toInt();
    file->root = referenceAfter(trailerText, "/Root");
    file->info = referenceAfter(trailerText, "/Info");
    file->id = id.match(trailerString).captured(1).toLatin1();
    if (file->size <= 0 || file->root <= 0 || offsets.isEmpty()) {
        *error = why("The PDF's trailer cannot be read.");
        return false;
    }

    std::sort(offsets.begin(), offsets.end());
    file->firstObject = offsets.constFirst().first;
    for (qsizetype i = 0; i < offsets.size(); ++i) {
        Object o;
        o.number = offsets[i].second;
        o.start = offsets[i].first;
        o.end = i + 1 < offsets.size() ? offsets[i + 1].first : xref;
        const QByteArray header = QByteArray::number(o.number) + " 0 obj";
        if (o.start < 0 || o.end > data.size() || o.end <= o.start || data.mid(o.start, header.size()) != header) {
            *error = why("Object %1 of the PDF is not where its table says.").arg(o.number);
            return false;
        }
        o.body = o.start + header.size();
        // A stream object: the dictionary, then the keyword "stream" on its own.
        o.dictionaryEnd = o.end;
        for (qsizetype at = data.indexOf("stream", o.body); at >= 0 && at < o.end; at = data.indexOf("stream", at + 6)) {
            const char before = data.at(at - 1);
            const char after = at + 6 < data.size() ? data.at(at + 6) : '\0';
            if ((isWhite(before) || before == '>') && (after == '\n' || after == '\r')) {
                o.dictionaryEnd = at;
                break;
            }
        }
        file->index.insert(o.number, int(file->objects.size()));
        file->objects.append(o);
    }

    // The page tree: one level, as QPdfWriter writes it.
    const Object* catalog = file->object(file->root);
    file->pagesRoot = catalog ? referenceAfter(file->text(*catalog), "/Pages") : 0;
    const Object* pages = file->object(file->pagesRoot);
    if (!pages) {
        *error = why("The PDF has no pages.");
        return false;
    }
    const QByteArray pagesText = file->text(*pages);
    const qsizetype kids = pagesText.indexOf("/Kids");
    const qsizetype open = pagesText.indexOf('[', kids);
    const qsizetype close = pagesText.indexOf(']', open);
    if (kids < 0 || open < 0 || close < 0) {
        *error = why("The PDF's page tree cannot be read.");
        return false;
    }
    file->pages = referencesIn(pagesText, open, close);
    for (const int page : std::as_const(file->pages)) {
        const Object* o = file->object(page);
        if (!o || !file->text(*o).contains("/Type /Page") || file->text(*o).contains("/Type /Pages")) {
            *error = why("The PDF's page tree has more than one level.");
            return false;
        }
    }
    return true;
}

// Six capital letters for a font subset, distinct for each object number.
QByteArray subsetTag(int number)
{
    QByteArray tag(6, 'A');
    for (int i = 5; i >= 0 && number > 0; --i, number /= 26)
        tag[i] = char('A' + number % 26);
    tag[0] = 'R'; // joined files' subsets start with R: never one of the first file's tags
    return tag;
}

QByteArray xrefEntry(qsizetype offset, bool used)
{
    if (!used)
        return QByteArrayLiteral("0000000000 65535 f \n");
    return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
}

} // namespace

bool PdfJoiner::join(const QList<QByteArray>& files, QByteArray* joined, QString* error)
{
    QString reason;
    if (files.isEmpty()) {
        *error = why("There is nothing to join.");
        return false;
    }
    QList<File> parsed(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!parse(files[i], &parsed[i], &reason)) {
            *error = why("Part %1 of the document cannot be joined: %2").arg(i + 1).arg(reason);
            return false;
        }
    }
    const File& first = parsed.constFirst();

    // The other files' objects that their pages use, numbered after the first file's.
    int next = first.size;
    QList<QHash<int, int>> numbers(files.size());
    QList<int> allPages = first.pages;
    for (qsizetype f = 1; f < parsed.size(); ++f) {
        const File& file = parsed[f];
        QSet<int> used;
        QList<int> queue = file.pages;
        while (!queue.isEmpty()) {
            const int number = queue.takeLast();
            if (number == file.pagesRoot || used.contains(number))
                continue;
            const Object* o = file.object(number);
            if (!o) {
                *error = why("Part %1 of the document cannot be joined: object %2 is missing.").arg(f + 1).arg(number);
                return false;
            }
            used.insert(number);
            queue.append(referencesIn(*file.data, o->body, o->dictionaryEnd));
        }
        for (const Object& o : file.objects) {
            if (used.contains(o.number))
                numbers[f].insert(o.number, next++);
        }
        // Each page's parent becomes the first file's page tree.
        numbers[f].insert(file.pagesRoot, first.pagesRoot);
        for (const int page : file.pages)
            allPages.append(numbers[f].value(page));
    }

    QByteArray out;
    qsizetype total = 0;
    for (const QByteArray& file : files)
        total += file.size();
    out.reserve(total + 4096);
    out += first.data->left(first.firstObject);
    QList<qsizetype> offsets(next, -1);
    for (const Object& o : first.objects) {
        offsets[o.number] = out.size();
        if (o.number != first.pagesRoot) {
            out.append(first.data->constData() + o.start, o.end - o.start);
            continue;
        }
        // The page tree, with every file's pages.
        QByteArray kids = " [";
        for (const int page : std::as_const(allPages))
            kids += ' ' + QByteArray::number(page) + " 0 R";
        kids += " ]";
        QByteArray text = first.text(o);
        const qsizetype open = text.indexOf('[', text.indexOf("/Kids"));
        text.replace(open, text.indexOf(']', open) + 1 - open, kids.mid(1));
        static const QRegularExpression count(QStringLiteral("/Count\\s+\\d+"));
        QString textString = QString::fromLatin1(text);
        textString.replace(count, QStringLiteral("/Count %1").arg(allPages.size()));
        out += QByteArray::number(o.number) + " 0 obj" + textString.toLatin1();
        out.append(first.data->constData() + o.dictionaryEnd, o.end - o.dictionaryEnd);
    }
    for (qsizetype f = 1; f < parsed.size(); ++f) {
        const File& file = parsed[f];
        const QHash<int, int>& map = numbers[f];
        for (const Object& o : file.objects) {
            const auto target = map.constFind(o.number);
            if (target == map.constEnd() || o.number == file.pagesRoot)
                continue;
            offsets[*target] = out.size();
            out += QByteArray::number(*target) + " 0 obj";
            // The dictionary with its references renumbered; the stream as it is.
            qsizetype copied = o.body;
            QByteArray dictionary;
            forEachReference(*file.data, o.body, o.dictionaryEnd, [&](qsizetype at, qsizetype length, int number) {
                dictionary.append(file.data->constData() + copied, at - copied);
                dictionary += QByteArray::number(map.value(number, 0)) + " 0 R";
                copied = at + length;
            });
            dictionary.append(file.data->constData() + copied, o.dictionaryEnd - copied);
            if (dictionary.contains("/Type /FontDescriptor")) {
                const qsizetype name = dictionary.indexOf("/FontName /");
                if (name >= 0 && dictionary.at(name + 17) == '+')
                    dictionary.replace(name + 11, 6, subsetTag(*target));
            }
            out += dictionary;
            out.append(file.data->constData() + o.dictionaryEnd, o.end - o.dictionaryEnd);
        }
    }

    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(next) + "\n";
    out += xrefEntry(0, false);
    for (int number = 1; number < next; ++number)
        out += xrefEntry(offsets[number], offsets[number] >= 0);
    out += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Info " + QByteArray::number(first.info) + " 0 R\n/Root "
        + QByteArray::number(first.root) + " 0 R\n";
    if (!first.id.isEmpty())
        out += "/ID " + first.id + "\n";
    out += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    *joined = out;
    return true;
}
