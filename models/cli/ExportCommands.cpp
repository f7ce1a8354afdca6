// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "cli/ExportCommands.h"

#include "core/Database.h"
#include "documents/AgreementDocument.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentStrings.h"
#include "templates/AgreementRepository.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace {

QString usage()
{
    return QCoreApplication::translate("ExportCommands", "Usage: registro-cli export FILE agreement ID|REFERENCE [--lang en|nl|it|fr|all] [--bilingual LANG] [--no-pdfa] -o OUT\n"
                                       "       registro-cli export FILE register [--role controller|processor] [--lang en|nl|it|fr] "
              "[--format pdf|odt] [--letter] [--no-watermark] [--pdfa] -o OUT\n"
              "       registro-cli export FILE subprocessors [--as-of YYYY-MM-DD] [--lang en|nl|it|fr] "
              "[--format pdf|odt] [--letter] [--pdfa] -o OUT");
}

} // namespace

namespace ExportCommands {

QList<CommandLine::Command> commands()
{
    return {
        {QStringLiteral("export"), QStringLiteral("export FILE agreement|register|subprocessors [OPTIONS] -o OUT"),
         QCoreApplication::translate("ExportCommands", "Write an agreement, the register or the sub-processor list as PDF or ODT"), &exportDocument},
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
                                   QStringLiteral("agreement")};
    const bool agreementExport = positional.value(1) == QLatin1String("agreement");
    if (positional.size() != (agreementExport ? 3 : 2) || !kinds.contains(positional[1]) || output.isEmpty()) {
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
    DocumentRequest request;
    request.language = language;
    request.role = activityRole;
    request.asOf = asOf;
    request.format = format == QLatin1String("odt") ? DocumentRequest::Format::Odt : DocumentRequest::Format::Pdf;
    request.pageSize = letter ? QPageSize::Letter : QPageSize::A4;
    request.draftWatermark = watermark;
    request.pdfA = pdfA;
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
    if (!exporter.write(request, output)) {
        c.err << "registro-cli: " << exporter.errorString() << '\n';
        return CommandLine::Failure;
    }
    if (request.format == DocumentRequest::Format::Odt)
        c.out << QCoreApplication::translate("ExportCommands", "Wrote %1.").arg(output) << '\n';
    else
        c.out << QCoreApplication::translate("ExportCommands", "Wrote %1 (%n pages).", nullptr, exporter.pageCount()).arg(output) << '\n';
    return CommandLine::Ok;
}

} // namespace ExportCommands
