// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/ExportCommands.h"

#include "core/Database.h"
#include "documents/AgreementDocument.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentStrings.h"
#include "documents/NoticeLetterDocument.h"
#include "documents/TextDocumentBuilder.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/TextTemplateEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QThread>

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

/** Writes @p request to @p path and says so; false after telling why. */
bool writeDocument(CommandLine::Context& c, DocumentExport& exporter, const DocumentRequest& request, const QString& path)
{
    if (!exporter.write(request, path)) {
        c.err << "registro-cli: " << exporter.errorString() << '\n';
        return false;
    }
    if (request.format == DocumentRequest::Format::Odt)
        c.out << QCoreApplication::translate("ExportCommands", "Wrote %1.").arg(path) << '\n';
    else
        c.out << QCoreApplication::translate("ExportCommands", "Wrote %1 (%n pages).", nullptr, exporter.pageCount()).arg(path) << '\n';
    return true;
}

/** The change notice letters of one planned change: to one customer, or to each in a folder. */
int exportNotices(CommandLine::Context& c, Database& db, DocumentRequest request, const QString& changeText,
                  const QString& customer, const QString& output)
{
    bool isNumber = false;
    request.kind = DocumentRequest::Kind::NoticeLetter;
    request.plannedChangeId = changeText.toLongLong(&isNumber);
    NoticeLetterDocument letters(db);
    const QList<qint64> recipients = isNumber ? letters.recipients(request.plannedChangeId) : QList<qint64>();
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
    DocumentExport exporter(db);
    for (const qint64 party : std::as_const(parties)) {
        request.partyId = party;
        const QString path = customer.isEmpty() ? QDir(output).filePath(exporter.suggestedFileName(request)) : output;
        if (!writeDocument(c, exporter, request, path))
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

    // The fonts are looked up while the workspace opens, and once it is open (its SQLite driver
    // loaded: the dynamic loader loads one library at a time) an agreement's template engine
    // loads while the agreement is read; both are waited for before the command returns (and
    // the application ends).
    const std::unique_ptr<QThread> fonts = TextDocumentBuilder::lookUpFonts();
    const auto waitForThreads = qScopeGuard([&fonts] {
        fonts->wait();
        TextTemplateEngine::waitForPreload();
    });
    auto db = CommandLine::openWorkspace(positional[0], c.err);
    if (!db)
        return CommandLine::Failure;
    if (agreementExport)
        TextTemplateEngine::preload();
    DocumentRequest request;
    request.language = language;
    request.role = activityRole;
    request.asOf = asOf;
    request.history = history;
    request.letterDate = letterDate;
    request.format = format == QLatin1String("odt") ? DocumentRequest::Format::Odt : DocumentRequest::Format::Pdf;
    request.pageSize = letter ? QPageSize::Letter : QPageSize::A4;
    request.draftWatermark = watermark;
    request.pdfA = pdfA;
    if (noticeExport)
        return exportNotices(c, *db, request, positional[2], customer, output);
    if (agreementExport) {
        request.kind = DocumentRequest::Kind::Agreement;
        bool isNumber = false;
        request.agreementId = positional[2].toLongLong(&isNumber);
        if (!isNumber)
            request.agreementId = AgreementRepository(*db).idByReference(positional[2]);
        if (AgreementDocument(*db).languages(request.agreementId).isEmpty()) {
            c.err << QCoreApplication::translate("ExportCommands", "registro-cli: there is no agreement %1.").arg(positional[2]) << '\n';
            return CommandLine::Failure;
        }
        if (!bilingual.isEmpty() && (!DocumentStrings::isSupported(bilingual) || language == QLatin1String("all"))) {
            c.err << QCoreApplication::translate("ExportCommands", "--bilingual needs one document language (en, nl, it or fr) and --lang with another.") << '\n';
            return CommandLine::Usage;
        }
        request.secondLanguage = bilingual;
        // Agreements are archived: PDF/A unless asked otherwise.
        request.pdfA = !noPdfA;
    } else if (positional[1] == QLatin1String("register")) {
        request.kind = DocumentRequest::Kind::Register;
    } else {
        request.kind = DocumentRequest::Kind::SubProcessorList;
    }
    DocumentExport exporter(*db);
    return writeDocument(c, exporter, request, output) ? CommandLine::Ok : CommandLine::Failure;
}

} // namespace ExportCommands
