// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/TranslationQa.h"

#include "settings/Translator.h"

#include "translation/LanguageDetector.h"
#include "translation/NumberWords.h"
#include "translation/TemplateTags.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TranslationQa", text);
}

QString quoted(const QString& text)
{
    return tr("“%1”").arg(text);
}

QaFinding finding(TranslationQa::Check check, QaFinding::Severity severity, const QString& message,
                  qsizetype offset = -1, qsizetype length = 0)
{
    return {TranslationQa::checkName(check), severity, message, offset, length};
}

template<typename Key>
std::map<Key, int> countOf(const QList<Key>& keys)
{
    std::map<Key, int> counts;
    for (const Key& key : keys)
        ++counts[key];
    return counts;
}

// A text with its template tags blanked out and Markdown emphasis removed, for prose checks.
QString prose(const QString& text)
{
    QString result = TemplateTags::masked(text);
    result.replace(QStringLiteral("**"), QStringLiteral("  "));
    return result;
}

struct Sentence
{
    qsizetype offset;
    qsizetype length;
};

// Sentences: split at line breaks and at . ! ? ; followed by white space.
QList<Sentence> sentences(const QString& text)
{
    QList<Sentence> result;
    qsizetype start = 0;
    const qsizetype n = text.size();
    auto flush = [&](qsizetype end) {
        if (end > start)
            result.append({start, end - start});
        start = end;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            flush(i);
            start = i + 1;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(';'))
                   && (i + 1 == n || text.at(i + 1).isSpace())) {
            flush(i + 1);
        }
    }
    flush(n);
    return result;
}

// Removes quoted passages (titles, defined terms) from a sentence.
QString withoutQuotations(const QString& sentence)
{
    static const QRegularExpression quotation(QStringLiteral(R"(“[^”]*”|„[^”“]*[”“]|«[^»]*»|"[^"]*"|‘[^’]*’(?!\p{L}))"));
    QString result = sentence;
    result.replace(quotation, QStringLiteral(" "));
    return result;
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{M}][\p{L}\p{M}’'\-]*)"));
    QStringList result;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        result.append(it.next().captured());
    return result;
}

int paragraphCount(const QString& text)
{
    static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t]*\n)"));
    int count = 0;
    for (const QString& block : text.split(blankLine)) {
        if (!block.trimmed().isEmpty())
            ++count;
    }
    return count;
}

int listItemCount(const QString& text)
{
    static const QRegularExpression item(
        QStringLiteral(R"((?:^|\n)[ \t]*(?:[-*+]|\d{1,3}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)])[ \t]+\S)"));
    int count = 0;
    auto it = item.globalMatch(TemplateTags::masked(text));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

struct Imbalance
{
    qsizetype offset = -1; // first unmatched character, -1 when balanced
    QChar character;
};

// Brackets: "a)" and "iv)" list enumerators are not unbalanced brackets.
Imbalance bracketImbalance(const QString& text, QChar open, QChar close)
{
    QList<qsizetype> stack;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == open) {
            stack.append(i);
        } else if (c == close) {
            if (!stack.isEmpty()) {
                stack.removeLast();
                continue;
            }
            qsizetype j = i;
            while (j > 0 && text.at(j - 1).isLetterOrNumber() && i - j < 4)
                --j;
            const bool enumerator = j < i && (j == 0 || text.at(j - 1).isSpace());
            if (!enumerator)
                return {i, c};
        }
    }
    if (!stack.isEmpty())
        return {stack.constFirst(), open};
    return {};
}

// Quotation marks: “…”, „…” (Dutch), «…» (French, Italian), ‘…’; a ’ without an open ‘ is an
// apostrophe.
Imbalance quoteImbalance(const QString& text)
{
    struct Open
    {
        qsizetype offset;
        QChar mark;
    };
    QList<Open> stack;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // „…“ (low-high, as in German) closes with “, which otherwise opens.
        if (c == QChar(0x201C) && !stack.isEmpty() && stack.constLast().mark == QChar(0x201E)) {
            stack.removeLast();
        } else if (c == QChar(0x201C) || c == QChar(0x201E) || c == QChar(0x00AB) || c == QChar(0x2018)) {
            stack.append({i, c});
        } else if (c == QChar(0x201D) || c == QChar(0x00BB)) {
            const QChar expected = c == QChar(0x00BB) ? QChar(0x00AB) : QChar();
            if (stack.isEmpty())
                return {i, c};
            const QChar mark = stack.constLast().mark;
            const bool matches = expected.isNull() ? (mark == QChar(0x201C) || mark == QChar(0x201E)) : mark == expected;
            if (!matches)
                return {stack.constLast().offset, mark};
            stack.removeLast();
        } else if (c == QChar(0x2019)) {
            if (!stack.isEmpty() && stack.constLast().mark == QChar(0x2018))
                stack.removeLast();
        }
    }
    if (!stack.isEmpty())
        return {stack.constFirst().offset, stack.constFirst().mark};
    return {};
}

QString allowedQuoteOpeners(const QString& language)
{
    if (language == QLatin1String("nl"))
        return QStringLiteral("“‘„\"");
    if (language == QLatin1String("fr") || language == QLatin1String("it"))
        return QStringLiteral("«“‘\"");
    return QStringLiteral("“‘\"");
}

// Repetitions that are grammatical: "nous nous engageons", "dat dat", "that that", "had had".
bool isLegitimateDoubling(const QString& word, const QString& language)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("en"), {QStringLiteral("that"), QStringLiteral("had")}},
        {QStringLiteral("nl"), {QStringLiteral("dat"), QStringLiteral("die")}},
        {QStringLiteral("fr"), {QStringLiteral("nous"), QStringLiteral("vous")}},
        {QStringLiteral("it"), {}},
    };
    return allowed.value(language).contains(word.toLower());
}

// Function words that only one of our languages uses. A sentence full of the target language's
// function words and none of the others' is clearly in the target language and need not go
// through the (slower) n-gram classifier.
bool clearlyInLanguage(const QStringList& words, const QString& language)
{
    static const QHash<QString, QSet<QString>> functionWords = [] {
        auto set = [](const char* list) {
            const QStringList split = QString::fromUtf8(list).split(QLatin1Char(' '));
            return QSet<QString>(split.cbegin(), split.cend());
        };
        return QHash<QString, QSet<QString>>{
            {QStringLiteral("en"), set("the and to shall be by with that which this any or for from its are on have has such at")},
            {QStringLiteral("nl"), set("het een van te op voor met niet dat die aan door zijn wordt worden bij om als uit naar deze hij heeft")},
            {QStringLiteral("fr"), set("les des du et à au aux est pour sur par ou dans une qui que ce cette sont son sa ses pas")},
            {QStringLiteral("it"), set("il di del della dei degli delle che per alla al ai sono è con da nel nella gli una o dal dalla sul sulla e ogni")},
        };
    }();
    if (!functionWords.contains(language))
        return false;
    int own = 0;
    int other = 0;
    for (const QString& word : words) {
        const QString lower = word.toLower();
        for (auto it = functionWords.begin(); it != functionWords.end(); ++it) {
            if (it.value().contains(lower))
                (it.key() == language ? own : other) += 1;
        }
    }
    return own >= 3 && own >= 4 * other;
}

} // namespace

TranslationQa::TranslationQa()
    : m_glossary(Glossary::builtIn())
{
}

TranslationQa::~TranslationQa() = default;

QList<TranslationQa::Check> TranslationQa::allChecks()
{
    return {Check::Missing, Check::Tags, Check::Numbers, Check::Language, Check::Markup, Check::Glossary, Check::Structure};
}

QString TranslationQa::checkName(Check check)
{
    switch (check) {
    case Check::Missing:
        return QStringLiteral("missing");
    case Check::Tags:
        return QStringLiteral("tags");
    case Check::Numbers:
        return QStringLiteral("numbers");
    case Check::Language:
        return QStringLiteral("language");
    case Check::Markup:
        return QStringLiteral("markup");
    case Check::Glossary:
        return QStringLiteral("glossary");
    case Check::Structure:
        return QStringLiteral("structure");
    }
    return {};
}

QString TranslationQa::checkLabel(Check check)
{
    switch (check) {
    case Check::Missing:
        return tr("Missing translation");
    case Check::Tags:
        return tr("Template tags");
    case Check::Numbers:
        return tr("Numbers");
    case Check::Language:
        return tr("Wrong language");
    case Check::Markup:
        return tr("Markup and typing");
    case Check::Glossary:
        return tr("Glossary");
    case Check::Structure:
        return tr("Paragraphs and lists");
    }
    return {};
}

LanguageDetector* TranslationQa::detector() const
{
    if (!m_detector)
        m_detector = std::make_unique<LanguageDetector>();
    return m_detector.get();
}

bool TranslationQa::isLanguageCheckAvailable() const
{
    return detector()->isValid();
}

QString TranslationQa::languageCheckError() const
{
    return detector()->errorString();
}

QList<QaFinding> TranslationQa::check(const ClauseSegment& segment) const
{
    QList<QaFinding> findings;
    for (Check each : allChecks())
        findings.append(run(each, segment));
    return findings;
}

QList<TranslationQa::SegmentFindings> TranslationQa::checkAll(const QList<ClauseSegment>& segments) const
{
    QList<SegmentFindings> result;
    for (const ClauseSegment& segment : segments) {
        QList<QaFinding> findings = check(segment);
        if (!findings.isEmpty())
            result.append({segment, findings});
    }
    return result;
}

QList<QaFinding> TranslationQa::run(Check check, const ClauseSegment& segment) const
{
    if (check == Check::Missing)
        return missing(segment);
    if (segment.target.trimmed().isEmpty())
        return {};
    switch (check) {
    case Check::Missing:
        break;
    case Check::Tags:
        return tags(segment);
    case Check::Numbers:
        return numbers(segment);
    case Check::Language:
        return language(segment);
    case Check::Markup:
        return markup(segment);
    case Check::Glossary:
        return terms(segment);
    case Check::Structure:
        return structure(segment);
    }
    return {};
}

QList<QaFinding> TranslationQa::missing(const ClauseSegment& segment) const
{
    if (segment.source.trimmed().isEmpty())
        return {};
    if (segment.target.trimmed().isEmpty())
        return {finding(Check::Missing, QaFinding::Severity::Error,
                        tr("There is no %1 translation: translate the clause.").arg(Translator::languageName(segment.targetLanguage)))};
    if (segment.target == segment.source && segment.sourceLanguage != segment.targetLanguage
        && wordsOf(prose(segment.source)).size() >= 3)
        return {finding(Check::Missing, QaFinding::Severity::Warning,
                        tr("The translation is identical to the %1 source: translate it.").arg(Translator::languageName(segment.sourceLanguage)),
                        0, segment.target.size())};
    return {};
}

QList<QaFinding> TranslationQa::tags(const ClauseSegment& segment) const
{
    using Tag = TemplateTags::Tag;
    QList<QaFinding> findings;
    const QList<Tag> sourceTags = TemplateTags::find(segment.source);
    const QList<Tag> targetTags = TemplateTags::find(segment.target);
    QStringList sourceNames;
    QStringList targetNames;
    for (const Tag& tag : sourceTags)
        sourceNames.append(tag.normalized);
    for (const Tag& tag : targetTags)
        targetNames.append(tag.normalized);
    const auto sourceCounts = countOf(sourceNames);
    auto targetCounts = countOf(targetNames);
    for (const auto& [name, count] : sourceCounts) {
        const int missingCount = count - targetCounts[name];
        if (missingCount > 0)
            findings.append(finding(Check::Tags, QaFinding::Severity::Error,
                                    missingCount == 1
                                        ? tr("The tag %1 of the source is missing: copy it unchanged into the translation.")
                                              .arg(quoted(name))
                                        : tr("The tag %1 occurs %2 times in the source but %3 times in the translation: copy every occurrence.")
                                              .arg(quoted(name))
                                              .arg(count)
                                              .arg(count - missingCount)));
    }
    std::map<QString, int> seen;
    for (const Tag& tag : targetTags) {
        const int allowed = sourceCounts.contains(tag.normalized) ? sourceCounts.at(tag.normalized) : 0;
        if (++seen[tag.normalized] > allowed)
            findings.append(finding(Check::Tags, QaFinding::Severity::Error,
                                    allowed == 0 ? tr("The tag %1 is not in the source: remove it or correct it to match the source.")
                                                       .arg(quoted(tag.normalized))
                                                 : tr("The tag %1 occurs more often than in the source: remove the extra one.")
                                                       .arg(quoted(tag.normalized)),
                                    tag.offset, tag.length));
    }
    // Block statements must nest: {% if %} ... {% endif %}.
    static const QStringList blocks{QStringLiteral("if"), QStringLiteral("for"), QStringLiteral("block"),
                                    QStringLiteral("with"), QStringLiteral("macro"), QStringLiteral("filter"),
                                    QStringLiteral("autoescape"), QStringLiteral("spaceless"), QStringLiteral("ifequal"),
                                    QStringLiteral("ifnotequal"), QStringLiteral("comment")};
    QList<const Tag*> open;
    for (const Tag& tag : targetTags) {
        if (tag.kind != Tag::Kind::Statement)
            continue;
        if (blocks.contains(tag.keyword)) {
            open.append(&tag);
        } else if (tag.keyword.startsWith(QLatin1String("end"))) {
            const QString opener = tag.keyword.mid(3);
            if (open.isEmpty() || open.constLast()->keyword != opener) {
                findings.append(finding(Check::Tags, QaFinding::Severity::Error,
                                        tr("%1 has no matching %2 before it: put the tags in the same order as in the source.")
                                            .arg(quoted(tag.normalized), quoted(QStringLiteral("{% %1 %}").arg(opener))),
                                        tag.offset, tag.length));
                continue;
            }
            open.removeLast();
        }
    }
    for (const Tag* tag : open)
        findings.append(finding(Check::Tags, QaFinding::Severity::Error,
                                tr("%1 is not closed: add %2 where the source has it.")
                                    .arg(quoted(tag->normalized), quoted(QStringLiteral("{% end%1 %}").arg(tag->keyword))),
                                tag->offset, tag->length));
    return findings;
}

QList<QaFinding> TranslationQa::numbers(const ClauseSegment& segment) const
{
    using Mention = NumberWords::Mention;
    QList<QaFinding> findings;
    const QList<Mention> source = NumberWords::find(segment.source, segment.sourceLanguage);
    const QList<Mention> target = NumberWords::find(segment.target, segment.targetLanguage);

    auto values = [](const QList<Mention>& mentions) {
        QStringList list;
        for (const Mention& mention : mentions)
            list.append(mention.value);
        return list;
    };
    const auto sourceCounts = countOf(values(source));
    const auto targetCounts = countOf(values(target));
    QStringList mismatched;
    for (const auto& [value, count] : sourceCounts) {
        const int inTarget = targetCounts.contains(value) ? targetCounts.at(value) : 0;
        if (inTarget < count) {
            mismatched.append(value);
            findings.append(finding(Check::Numbers, QaFinding::Severity::Error,
                                    inTarget == 0 ? tr("The number %1 of the source is missing from the translation.").arg(value)
                                                  : tr("The number %1 occurs %2 times in the source but %3 times in the translation (in digits or words).")
                                                        .arg(value)
                                                        .arg(count)
                                                        .arg(inTarget)));
        }
    }
    std::map<QString, int> seen;
    for (const Mention& mention : target) {
        const int allowed = sourceCounts.contains(mention.value) ? sourceCounts.at(mention.value) : 0;
        if (++seen[mention.value] > allowed) {
            if (!mismatched.contains(mention.value))
                mismatched.append(mention.value);
            findings.append(finding(Check::Numbers, QaFinding::Severity::Error,
                                    allowed == 0 ? (mention.spelled ? tr("The number %1 (%2) is not in the source: check the figure.")
                                                                          .arg(quoted(mention.text), mention.value)
                                                                    : tr("The number %1 is not in the source: check the figure.")
                                                                          .arg(quoted(mention.text)))
                                                 : tr("The number %1 occurs more often than in the source.").arg(quoted(mention.text)),
                                    mention.offset, mention.length));
        }
    }
    // Same values: compare the periods ("72 hours" must not become "72 giorni") and the way of
    // writing ("ten (10)" must not become "10").
    for (const auto& [value, count] : sourceCounts) {
        if (mismatched.contains(value))
            continue;
        QList<NumberWords::Period> sourcePeriods;
        QList<NumberWords::Period> targetPeriods;
        int sourceSpelled = 0;
        int targetSpelled = 0;
        const Mention* firstTarget = nullptr;
        for (const Mention& mention : source) {
            if (mention.value == value) {
                sourcePeriods.append(mention.period);
                sourceSpelled += mention.spelled ? 1 : 0;
            }
        }
        for (const Mention& mention : target) {
            if (mention.value == value) {
                targetPeriods.append(mention.period);
                targetSpelled += mention.spelled ? 1 : 0;
                if (!firstTarget)
                    firstTarget = &mention;
            }
        }
        std::sort(sourcePeriods.begin(), sourcePeriods.end());
        std::sort(targetPeriods.begin(), targetPeriods.end());
        const qsizetype offset = firstTarget ? firstTarget->offset : -1;
        const qsizetype length = firstTarget ? firstTarget->length : 0;
        if (sourcePeriods != targetPeriods) {
            QStringList sourceNames;
            QStringList targetNames;
            for (auto period : sourcePeriods)
                sourceNames.append(NumberWords::periodCode(period));
            for (auto period : targetPeriods)
                targetNames.append(NumberWords::periodCode(period));
            sourceNames.removeAll(QString());
            targetNames.removeAll(QString());
            findings.append(finding(Check::Numbers, QaFinding::Severity::Error,
                                    tr("The period after %1 differs: the source has %2, the translation %3. Use the same unit.")
                                        .arg(value, sourceNames.isEmpty() ? tr("none") : sourceNames.join(QStringLiteral(", ")),
                                             targetNames.isEmpty() ? tr("none") : targetNames.join(QStringLiteral(", "))),
                                    offset, length));
        } else if (sourceSpelled != targetSpelled) {
            findings.append(finding(Check::Numbers, QaFinding::Severity::Warning,
                                    sourceSpelled > targetSpelled
                                        ? tr("The source writes %1 in words as well as in digits; write it the same way in the translation.").arg(value)
                                        : tr("The translation writes %1 in words where the source uses digits; write it the same way as the source.").arg(value),
                                    offset, length));
        }
    }
    return findings;
}

QList<QaFinding> TranslationQa::language(const ClauseSegment& segment) const
{
    QList<QaFinding> findings;
    if (segment.targetLanguage == segment.sourceLanguage)
        return findings;
    const QString text = prose(segment.target);
    const QString source = prose(segment.source).simplified();
    for (const Sentence& sentence : sentences(text)) {
        const QString raw = text.mid(sentence.offset, sentence.length);
        const QString plain = withoutQuotations(raw).simplified();
        const QStringList words = wordsOf(plain);
        if (words.size() < minimumLanguageWords)
            continue;
        int capitalised = 0;
        for (const QString& word : words)
            capitalised += word.at(0).isUpper() ? 1 : 0;
        if (capitalised * 2 > words.size())
            continue; // names, titles
        const QString trimmed = raw.simplified();
        if (source.contains(trimmed)) {
            findings.append(finding(Check::Language, QaFinding::Severity::Error,
                                    tr("This sentence is copied unchanged from the %1 source: translate it.")
                                        .arg(Translator::languageName(segment.sourceLanguage)),
                                    sentence.offset, sentence.length));
            continue;
        }
        if (clearlyInLanguage(words, segment.targetLanguage))
            continue;
        const QStringList candidates = detector()->classify(words.join(QLatin1Char(' ')));
        if (candidates.isEmpty() || candidates.contains(segment.targetLanguage))
            continue;
        findings.append(finding(Check::Language, QaFinding::Severity::Warning,
                                tr("This sentence looks like %1, not %2: translate it into %2.")
                                    .arg(Translator::languageName(candidates.constFirst()), Translator::languageName(segment.targetLanguage)),
                                sentence.offset, sentence.length));
    }
    return findings;
}

QList<QaFinding> TranslationQa::markup(const ClauseSegment& segment) const
{
    QList<QaFinding> findings;
    const QString& target = segment.target;
    const QString masked = TemplateTags::masked(target);
    const QString maskedSource = TemplateTags::masked(segment.source);

    static const QRegularExpression html(
        QStringLiteral(R"(</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#x[0-9A-Fa-f]{1,6});)"));
    auto it = html.globalMatch(masked);
    while (it.hasNext()) {
        const auto match = it.next();
        if (maskedSource.contains(match.captured()))
            continue;
        findings.append(finding(Check::Markup, QaFinding::Severity::Error,
                                tr("%1 looks like left-over HTML: remove it or write the character itself.").arg(quoted(match.captured())),
                                match.capturedStart(), match.capturedLength()));
    }

    if (masked.count(QStringLiteral("**")) % 2 != 0 && maskedSource.count(QStringLiteral("**")) % 2 == 0)
        findings.append(finding(Check::Markup, QaFinding::Severity::Warning,
                                tr("The bold markers “**” are not paired: close the bold text or remove the marker.")));

    const std::pair<QChar, QChar> brackets[] = {{QLatin1Char('('), QLatin1Char(')')}, {QLatin1Char('['), QLatin1Char(']')}};
    for (const auto& [open, close] : brackets) {
        const Imbalance imbalance = bracketImbalance(masked, open, close);
        if (imbalance.offset >= 0 && bracketImbalance(maskedSource, open, close).offset < 0)
            findings.append(finding(Check::Markup, QaFinding::Severity::Warning,
                                    tr("The bracket %1 has no partner: add the missing bracket or remove this one.")
                                        .arg(quoted(imbalance.character)),
                                    imbalance.offset, 1));
    }

    const Imbalance quote = quoteImbalance(masked);
    if (quote.offset >= 0 && quoteImbalance(maskedSource).offset < 0)
        findings.append(finding(Check::Markup, QaFinding::Severity::Warning,
                                tr("The quotation mark %1 has no partner: close the quotation or remove the mark.").arg(quoted(quote.character)),
                                quote.offset, 1));
    if (masked.count(QLatin1Char('"')) % 2 != 0 && maskedSource.count(QLatin1Char('"')) % 2 == 0)
        findings.append(finding(Check::Markup, QaFinding::Severity::Warning,
                                tr("The straight quotation marks \" are not paired: close the quotation or remove the mark."),
                                masked.lastIndexOf(QLatin1Char('"')), 1));
    const QString allowedOpeners = allowedQuoteOpeners(segment.targetLanguage);
    for (QChar mark : {QChar(0x00AB), QChar(0x201E)}) {
        const qsizetype at = masked.indexOf(mark);
        if (at >= 0 && !allowedOpeners.contains(mark))
            findings.append(finding(Check::Markup, QaFinding::Severity::Warning,
                                    tr("The quotation mark %1 is not used in %2: use %3 instead.")
                                        .arg(quoted(mark), Translator::languageName(segment.targetLanguage), quoted(QStringLiteral("“…”"))),
                                    at, 1));
    }

    static const QRegularExpression doubled(QStringLiteral(R"((?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+\1(?![\p{L}\p{M}]))"),
                                            QRegularExpression::CaseInsensitiveOption);
    it = doubled.globalMatch(masked);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString word = match.captured(1);
        if (isLegitimateDoubling(word, segment.targetLanguage))
            continue;
        findings.append(finding(Check::Markup, QaFinding::Severity::Warning,
                                tr("The word %1 is doubled: remove one.").arg(quoted(word)),
                                match.capturedStart(), match.capturedLength()));
    }

    static const QRegularExpression doubleSpace(QStringLiteral(R"((?<=\S)[ \t]{2,}(?=\S))"));
    // Tags were blanked out in `masked`; look for doubled spaces in the real text.
    it = doubleSpace.globalMatch(target);
    while (it.hasNext()) {
        const auto match = it.next();
        findings.append(finding(Check::Markup, QaFinding::Severity::Warning, tr("Two or more spaces in a row: use a single space."),
                                match.capturedStart(), match.capturedLength()));
    }
    return findings;
}

QList<QaFinding> TranslationQa::terms(const ClauseSegment& segment) const
{
    QList<QaFinding> findings;
    if (segment.sourceLanguage != m_glossary.sourceLanguage())
        return findings;
    const QString target = prose(segment.target);
    const Glossary::Words sourceWords = Glossary::split(prose(segment.source));
    const Glossary::Words targetWords = Glossary::split(target);
    const QList<Glossary::Term>& glossaryTerms = m_glossary.terms();
    // Dutch writes terms inside compounds: "verwerkingsactiviteiten" uses "verwerking".
    const auto matching = segment.targetLanguage == QLatin1String("nl") ? Glossary::Matching::Compound
                                                                        : Glossary::Matching::Inflected;

    // Source occurrences; a term inside a longer term's occurrence ("processing" in "data
    // processing agreement") does not count.
    QList<QList<Glossary::Match>> sourceMatches;
    for (const Glossary::Term& term : glossaryTerms)
        sourceMatches.append(Glossary::find(sourceWords, term.source));
    for (qsizetype i = 0; i < glossaryTerms.size(); ++i) {
        QList<Glossary::Match>& mine = sourceMatches[i];
        mine.removeIf([&](const Glossary::Match& match) {
            for (qsizetype j = 0; j < glossaryTerms.size(); ++j) {
                if (j == i)
                    continue;
                for (const Glossary::Match& other : std::as_const(sourceMatches.at(j))) {
                    if (other.length > match.length && other.offset <= match.offset
                        && other.offset + other.length >= match.offset + match.length)
                        return true;
                }
            }
            return false;
        });
    }

    for (qsizetype i = 0; i < glossaryTerms.size(); ++i) {
        const Glossary::Term& term = glossaryTerms.at(i);
        const QStringList approved = term.approved.value(segment.targetLanguage);
        if (!approved.isEmpty() && !sourceMatches.at(i).isEmpty()) {
            bool found = false;
            for (const QString& candidate : approved)
                found = found || !Glossary::find(targetWords, candidate, matching).isEmpty();
            if (!found) {
                QStringList list;
                for (const QString& each : approved)
                    list.append(quoted(each));
                findings.append(finding(Check::Glossary, QaFinding::Severity::Warning,
                                        tr("The source uses %1; the translation should use the approved term %2.")
                                            .arg(quoted(term.source), list.join(tr(" or ")))));
            }
        }
        for (const QString& forbidden : term.forbidden.value(segment.targetLanguage)) {
            for (const Glossary::Match& match : Glossary::find(targetWords, forbidden, Glossary::Matching::Plural)) {
                const QString found = quoted(target.mid(match.offset, match.length));
                findings.append(finding(Check::Glossary, QaFinding::Severity::Error,
                                        approved.isEmpty() ? tr("%1 must not be used.").arg(found)
                                                           : tr("%1 must not be used for %2: use %3.")
                                                                 .arg(found, quoted(term.source), quoted(approved.constFirst())),
                                        match.offset, match.length));
            }
        }
    }
    return findings;
}

QList<QaFinding> TranslationQa::structure(const ClauseSegment& segment) const
{
    QList<QaFinding> findings;
    const int sourceItems = listItemCount(segment.source);
    const int targetItems = listItemCount(segment.target);
    if (sourceItems != targetItems)
        findings.append(finding(Check::Structure, QaFinding::Severity::Error,
                                tr("The source has %1 list items, the translation %2: keep one item per source item.")
                                    .arg(sourceItems)
                                    .arg(targetItems)));
    const int sourceParagraphs = paragraphCount(segment.source);
    const int targetParagraphs = paragraphCount(segment.target);
    if (sourceParagraphs != targetParagraphs)
        findings.append(finding(Check::Structure, QaFinding::Severity::Error,
                                tr("The source has %1 paragraphs, the translation %2: keep the paragraphs of the source.")
                                    .arg(sourceParagraphs)
                                    .arg(targetParagraphs)));
    return findings;
}
