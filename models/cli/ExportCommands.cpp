// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/ExportCommands.h"

#include "core/Database.h"
#include "documents/AgreementDocument.h"
#include "templates/AgreementRepository.h"
#include "documents/DocumentStrings.h"
#include "documents/NoticeLetterDocument.h"
#include "register/CatalogRepository.h"
#include "documents/OdtDocumentWriter.h"
#include "documents/PdfDocumentWriter.h"
#include "documents/RegisterDocument.h"
#include "documents/SubProcessorListDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace {

QString usage()
{
    return QCoreApplication::translate("ExportCommands", "Usage: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT\n"
                                       "       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] "
              "[--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT\n"
              "       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] "
              "[--format pdf|odt] [--letter] [--pdfa] [--no-history] -o OUT\n"
              "       registro-cli export FILE notice CHANGE-ID [--customer ID|NAME] [--date YYYY-MM-DD] "
              "[--format pdf|odt] [--letter] -o OUT (without --customer: OUT is a folder, one letter per customer)");
}

/** Writes @p model as PDF or ODT; false after telling why. */
bool writeDocument(CommandLine::Context& c, const DocumentModel& model, const QString& format,
                   const PdfDocumentWriter::Options& options, const QString& path)
{
    if (format == QLatin1String("odt")) {
        OdtDocumentWriter writer;
        if (!writer.write(model, path)) {
            c.err << "registro-cli: " << writer.errorString() << '\n';
            return false;
        }
        c.out << QCoreApplication::translate("ExportCommands", "Wrote %1.").arg(path) << '\n';
        return true;
    }
    PdfDocumentWriter writer(options);
    if (!writer.write(model, path)) {
        c.err << "registro-cli: " << writer.errorString() << '\n';
        return false;
    }
    c.out << QCoreApplication::translate("ExportCommands", "Wrote %1 (%n pages).", nullptr, writer.pageCount()).arg(path) << '\n';
    return true;
}

/** The change notice letters of one planned change: to one customer, or to each in a folder. */
int exportNotices(CommandLine::Context& c, Database& db, const QString& changeText, const QString& customer,
                  const QDate& letterDate, const QString& format, bool letter, const QString& output)
{
    bool isNumber = false;
    const qint64 changeId = changeText.toLongLong(&isNumber);
    NoticeLetterDocument document(db);
    const QList<qint64> recipients = isNumber ? document.recipients(changeId) : QList<qint64>();
    if (recipients.isEmpty()) {
        c.err << QCoreApplication::translate("ExportCommands", "registro-cli: there is no planned change %1 with customers to notify.")
                     .arg(changeText)
              << '\n';
        return CommandLine::Failure;
    }
    QList<qint64> parties;
    if (!customer.isEmpty()) {
        CatalogRepository catalog(db);
        for (const qint64 id : recipients) {
            const auto party = catalog.party(id);
            if (QString::number(id) == customer || (party && party->name.compare(customer, Qt::CaseInsensitive) == 0))
                parties.append(id);
        }
        if (parties.isEmpty()) {
            c.err << QCoreApplication::translate("ExportCommands", "registro-cli: %1 is not a customer to notify of planned change %2.")
                         .arg(customer, changeText)
                  << '\n';
            return CommandLine::Failure;
        }
    } else {
        parties = recipients;
        if (!QDir().mkpath(output)) {
            c.err << QCoreApplication::translate("ExportCommands", "registro-cli: cannot create the folder %1.").arg(output) << '\n';
            return CommandLine::Failure;
        }
    }
    for (const qint64 party : std::as_const(parties)) {
        DocumentModel model;
        if (!document.build(changeId, party, &model, letterDate)) {
            c.err << "registro-cli: " << document.errorString() << '\n';
            return CommandLine::Failure;
        }
        const QString path = customer.isEmpty()
            ? QDir(output).filePath(document.baseName(changeId, party) + QLatin1Char('.') + format)
            : output;
        PdfDocumentWriter::Options options;
        options.pageSize = letter ? QPageSize::Letter : QPageSize::A4;
        if (!writeDocument(c, model, format, options, path))
            return CommandLine::Failure;
    }
    return CommandLine::Ok;
}

} // namespace

namespace ExportCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("export"), QStringLiteral("export FILE agreement|register|subprocessors|notice [OPTIONS] -o OUT"),
         QCoreApplication::translate("ExportCommands", "Write an agreement, the register, the sub-processor list or change notices as PDF or ODT"), &exportDocument},
    };
}

int exportDocument(CommandLine::Context& c)
{
    QStringList positional;
    QString role;
    QString language = QStringLiteral("en");
    QString format;
    QString output;
    QString asOfText;
    QString bilingual;
    bool noPdfA = false;
    bool watermark = true;
    bool pdfA = false;
    bool letter = false;
    bool history = true;
    QString customer;
    QString letterDateText;
    const QStringList& args = c.arguments;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto value = [&](QString& target) {
            if (i + 1 >= args.size())
                return false;
            target = args[++i];
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--role"))
            ok = value(role);
        else if (a == QLatin1String("--lang"))
            ok = value(language);
        else if (a == QLatin1String("--format"))
            ok = value(format);
        else if (a == QLatin1String("-o") || a == QLatin1String("--output"))
            ok = value(output);
        else if (a == QLatin1String("--as-of"))
            ok = value(asOfText);
        else if (a == QLatin1String("--no-watermark"))
            watermark = false;
        else if (a == QLatin1String("--pdfa"))
            pdfA = true;
        else if (a == QLatin1String("--no-pdfa"))
            noPdfA = true;
        else if (a == QLatin1String("--bilingual"))
            ok = value(bilingual);
        else if (a == QLatin1String("--letter"))
            letter = true;
        else if (a == QLatin1String("--no-history"))
            history = false;
        else if (a == QLatin1String("--customer"))
            ok = value(customer);
        else if (a == QLatin1String("--date"))
            ok = value(letterDateText);
        else if (a.startsWith(QLatin1Char('-'))) {
            c.err << QCoreApplication::translate("ExportCommands", "Unknown option %1.").arg(a) << '\n' << usage() << '\n';
            return CommandLine::Usage;
        } else
            positional.append(a);
        if (!ok) {
            c.err << QCoreApplication::translate("ExportCommands", "The option %1 needs a value.").arg(a) << '\n' << usage() << '\n';
            return CommandLine::Usage;
        }
    }
    static const QStringList kinds{QStringLiteral("register"), QStringLiteral("subprocessors"),
                                   QStringLiteral("agreement"), QStringLiteral("notice")};
    const bool agreementExport = positional.value(1) == QLatin1String("agreement");
    const bool noticeExport = positional.value(1) == QLatin1String("notice");
    if (positional.size() != (agreementExport || noticeExport ? 3 : 2) || !kinds.contains(positional[1]) || output.isEmpty()) {
        c.err << usage() << '\n';
        return CommandLine::Usage;
    }
    if (!DocumentStrings::isSupported(language) && !(agreementExport && language == QLatin1String("all"))) {
        c.err << QCoreApplication::translate("ExportCommands", "Unknown document language %1: use en, nl, it or fr.").arg(language) << '\n';
        return CommandLine::Usage;
    }
    if (format.isEmpty())
        format = output.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? QStringLiteral("odt") : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("odt")) {
        c.err << QCoreApplication::translate("ExportCommands", "Unknown format %1: use pdf or odt.").arg(format) << '\n';
        return CommandLine::Usage;
    }
    std::optional<ActivityRole> activityRole;
    if (!role.isEmpty()) {
        bool known = false;
        activityRole = Vocabulary::activityRole(role, &known);
        if (!known) {
            c.err << QCoreApplication::translate("ExportCommands", "Unknown role %1: use controller or processor.").arg(role) << '\n';
            return CommandLine::Usage;
        }
    }
    QDate asOf = QDate::currentDate();
    if (!asOfText.isEmpty()) {
        asOf = QDate::fromString(asOfText, Qt::ISODate);
        if (!asOf.isValid()) {
            c.err << QCoreApplication::translate("ExportCommands", "Invalid date %1: use YYYY-MM-DD.").arg(asOfText) << '\n';
            return CommandLine::Usage;
        }
    }
    QDate letterDate = QDate::currentDate();
    if (!letterDateText.isEmpty()) {
        letterDate = QDate::fromString(letterDateText, Qt::ISODate);
        if (!letterDate.isValid()) {
            c.err << QCoreApplication::translate("ExportCommands", "Invalid date %1: use YYYY-MM-DD.").arg(letterDateText) << '\n';
            return CommandLine::Usage;
        }
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        c.err << QCoreApplication::translate("ExportCommands", "registro-cli: exporting needs the GUI library (run registro-cli itself).") << '\n';
        return CommandLine::Failure;
    }

    QString error;
    auto db = Database::open(positional[0], &error);
    if (!db) {
        c.err << "registro-cli: " << error << '\n';
        return CommandLine::Failure;
    }
    if (noticeExport)
        return exportNotices(c, *db, positional[2], customer, letterDate, format, letter, output);
    DocumentModel model;
    bool draft = watermark;
    if (agreementExport) {
        AgreementDocument document(*db);
        bool isNumber = false;
        qint64 agreementId = positional[2].toLongLong(&isNumber);
        if (!isNumber)
            agreementId = AgreementRepository(*db).idByReference(positional[2]);
        const QStringList issued = document.languages(agreementId);
        if (issued.isEmpty()) {
            c.err << QCoreApplication::translate("ExportCommands", "registro-cli: there is no agreement %1.").arg(positional[2]) << '\n';
            return CommandLine::Failure;
        }
        if (!bilingual.isEmpty() && (!DocumentStrings::isSupported(bilingual) || language == QLatin1String("all"))) {
            c.err << QCoreApplication::translate("ExportCommands", "--bilingual needs one document language (en, nl, it or fr) and --lang with another.") << '\n';
            return CommandLine::Usage;
        }
        bool built = true;
        if (!bilingual.isEmpty()) {
            built = document.buildBilingual(agreementId, language, bilingual, &model);
        } else if (language == QLatin1String("all")) {
            // The bundle: every language the agreement is issued in, one after the other.
            for (const QString& code : issued) {
                DocumentModel part;
                built = built && document.build(agreementId, code, &part);
                if (model.blocks.isEmpty()) {
                    model = part;
                    model.blocks.clear();
                } else {
                    model.append(DocumentBlock::pageBreak());
                }
                model.blocks.append(part.blocks);
            }
        } else {
            built = document.build(agreementId, language, &model);
        }
        if (!built) {
            c.err << "registro-cli: " << document.errorString() << '\n';
            return CommandLine::Failure;
        }
        draft = watermark && !document.isSigned(agreementId);
        // Agreements are archived: PDF/A unless asked otherwise.
        pdfA = !noPdfA;
    } else if (positional[1] == QLatin1String("register")) {
        RegisterDocument document(*db);
        model = document.build(activityRole, language);
        draft = watermark && !document.allApproved();
    } else {
        SubProcessorListDocument document(*db);
        document.setIncludeHistory(history);
        model = document.build(language, asOf);
        draft = false;
    }
    PdfDocumentWriter::Options options;
    options.pageSize = letter ? QPageSize::Letter : QPageSize::A4;
    options.draftWatermark = draft;
    options.pdfA = pdfA;
    if (!writeDocument(c, model, format, options, output))
        return CommandLine::Failure;
    return CommandLine::Ok;
}

} // namespace ExportCommands
