// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/DemoAgreements.h"

#include "core/Database.h"
#include "register/CatalogRepository.h"
#include "templates/AgreementRepository.h"
#include "templates/TemplateImporter.h"
#include "templates/TemplateRenderer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoAgreements", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

namespace DemoAgreements {

bool load(Database& db, const QJsonObject& root, const DemoWorkspace::KeyMap& keys, QString* error)
{
    QString importError;
    const qint64 templateId = TemplateImporter::importSample(db, &importError);
    if (templateId == 0)
        return fail(error, tr("Sample template: %1").arg(importError));
    CatalogRepository catalog(db);
    AgreementRepository agreements(db);
    TemplateRenderer renderer(db);
    for (const QJsonValue& value : root.value(QLatin1String("agreements")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
        const QString key = text("key");
        const qint64 partyId = keys.value(QStringLiteral("party")).value(text("customer"));
        if (partyId == 0)
            return fail(error, tr("Agreement \"%1\" refers to an unknown customer \"%2\".").arg(key, text("customer")));
        const Party customer = catalog.party(partyId).value_or(Party{});
        Agreement a;
        a.templateId = templateId;
        a.partyId = partyId;
        a.reference = key.toUpper();
        a.languages = QStringList{text("language")};
        a.effectiveDate = QDate::fromString(text("effective_date"), Qt::ISODate);
        a.services = text("services");
        a.term = text("term");
        a.governingLaw = text("governing_law");
        a.court = text("court");
        a.noticeDays = o.value(QLatin1String("notice_days")).toInt(customer.noticeDays);
        a.noticeUnit = Vocabulary::code(customer.noticeUnit);
        a.objectionDays = o.value(QLatin1String("objection_days")).toInt(customer.objectionDays);
        a.objectionUnit = Vocabulary::code(customer.objectionUnit);
        a.breachNotificationHours = o.value(QLatin1String("breach_notification_hours")).toInt(48);
        a.auditNoticeDays = o.value(QLatin1String("audit_notice_days")).toInt(30);
        a.liabilityCap = text("liability_cap");
        const QJsonObject processor = o.value(QLatin1String("signatory_processor")).toObject();
        const QJsonObject customerSignatory = o.value(QLatin1String("signatory_customer")).toObject();
        a.signatoryProcessor = {processor.value(QLatin1String("name")).toString(), processor.value(QLatin1String("title")).toString()};
        a.signatoryCustomer = {customerSignatory.value(QLatin1String("name")).toString(),
                               customerSignatory.value(QLatin1String("title")).toString()};
        const QString status = text("status");
        a.status = status == QLatin1String("sent") ? Agreement::Status::Sent : Agreement::Status::Draft;
        if (!agreements.save(a))
            return fail(error, tr("Agreement \"%1\": %2").arg(key, agreements.errorString()));
        if (status == QLatin1String("signed")) {
            QString signError;
            if (!renderer.signAgreement(a.id, &signError))
                return fail(error, tr("Agreement \"%1\": %2").arg(key, signError));
        }
    }
    return true;
}

} // namespace DemoAgreements
