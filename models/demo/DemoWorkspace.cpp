// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "demo/DemoWorkspace.h"

#include "core/Database.h"
#include "register/ActivityRepository.h"
#include "register/CatalogRepository.h"
#include "register/SubProcessorRepository.h"
#include "subprocessors/SubProcessorDemo.h"
#include "templates/DemoAgreements.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoWorkspace", text);
}

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonObject& object, const char* key)
{
    QStringList list;
    for (const QJsonValue& value : object.value(QLatin1String(key)).toArray())
        list.append(value.toString());
    return list;
}

QDate date(const QJsonObject& object, const char* key)
{
    return QDate::fromString(text(object, key), Qt::ISODate);
}

class Loader
{
    // Its messages belong to the DemoWorkspace context, for lupdate and at run time alike.
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    Loader(Database& db, QString* error)
        : m_db(db)
        , m_error(error)
    {
    }

    bool fail(const QString& message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    bool ids(const QJsonObject& object, const char* key, const char* kind, QList<qint64>& out)
    {
        for (const QString& ref : strings(object, key)) {
            const qint64 id = m_keys.value(QString::fromLatin1(kind)).value(ref);
            if (id == 0)
                return fail(tr("The demo content refers to an unknown %1 \"%2\".").arg(QString::fromLatin1(kind), ref));
            out.append(id);
        }
        return true;
    }

    bool load(const QJsonObject& root)
    {
        if (text(root, "format") != QLatin1String("registro-demo"))
            return fail(tr("This is not Registro demo content."));
        CatalogRepository catalog(m_db);
        const QJsonObject org = root.value(QLatin1String("organisation")).toObject();
        Organisation o;
        o.name = text(org, "name");
        o.address = text(org, "address");
        o.country = text(org, "country");
        o.registrationNumber = text(org, "registration_number");
        o.vatNumber = text(org, "vat_number");
        o.website = text(org, "website");
        o.contactEmail = text(org, "contact_email");
        o.contactPhone = text(org, "contact_phone");
        o.dpoName = text(org, "dpo_name");
        o.dpoEmail = text(org, "dpo_email");
        o.dpoPhone = text(org, "dpo_phone");
        o.representativeName = text(org, "representative_name");
        o.representativeAddress = text(org, "representative_address");
        if (!catalog.saveOrganisation(o))
            return fail(catalog.errorString());

        for (const QJsonValue& value : root.value(QLatin1String("parties")).toArray()) {
            const QJsonObject p = value.toObject();
            Party party;
            party.kind = Vocabulary::partyKind(text(p, "kind"));
            party.name = text(p, "name");
            party.address = text(p, "address");
            party.country = text(p, "country");
            party.contactName = text(p, "contact_name");
            party.contactEmail = text(p, "contact_email");
            party.registrationNumber = text(p, "registration_number");
            party.language = p.value(QLatin1String("language")).toString(QStringLiteral("en"));
            party.noticeDays = p.value(QLatin1String("notice_days")).toInt();
            party.noticeUnit = Vocabulary::periodUnit(text(p, "notice_unit"));
            party.objectionDays = p.value(QLatin1String("objection_days")).toInt();
            party.objectionUnit = Vocabulary::periodUnit(text(p, "objection_unit"));
            if (!catalog.saveParty(party))
                return fail(catalog.errorString());
            m_keys[QStringLiteral("party")].insert(text(p, "key"), party.id);
        }

        for (const QJsonValue& value : root.value(QLatin1String("data_categories")).toArray()) {
            const QJsonObject c = value.toObject();
            DataCategory category;
            category.name = text(c, "name");
            category.description = text(c, "description");
            category.special = c.value(QLatin1String("special")).toBool();
            category.criminal = c.value(QLatin1String("criminal")).toBool();
            category.retention = text(c, "retention");
            category.retentionJustification = text(c, "retention_justification");
            if (!catalog.saveDataCategory(category))
                return fail(catalog.errorString());
            m_keys[QStringLiteral("category")].insert(text(c, "key"), category.id);
        }

        int order = 0;
        for (const QJsonValue& value : root.value(QLatin1String("measures")).toArray()) {
            const QJsonObject m = value.toObject();
            SecurityMeasure measure;
            measure.section = text(m, "section");
            measure.title = text(m, "title");
            measure.description = text(m, "description");
            measure.sortOrder = ++order;
            if (!catalog.saveMeasure(measure))
                return fail(catalog.errorString());
            m_keys[QStringLiteral("measure")].insert(text(m, "key"), measure.id);
        }

        SubProcessorRepository subProcessors(m_db);
        for (const QJsonValue& value : root.value(QLatin1String("subprocessors")).toArray()) {
            const QJsonObject s = value.toObject();
            SubProcessor sp;
            const auto read = [&](const QJsonObject& state) {
                sp.legalName = text(state, "legal_name");
                sp.service = text(state, "service");
                sp.processingActions = text(state, "processing_actions");
                sp.countries = strings(state, "countries");
                sp.safeguard = Vocabulary::transferSafeguard(text(state, "safeguard"));
                sp.sccModule = state.value(QLatin1String("scc_module")).toInt();
                sp.website = text(state, "website");
                sp.contactEmail = text(state, "contact_email");
                sp.status = Vocabulary::subProcessorStatus(text(state, "status"));
                sp.dateAdded = date(state, "date_added");
                sp.notes = text(state, "notes");
                return ids(state, "data_categories", "category", sp.dataCategoryIds);
            };
            // "earlier": how the sub-processor stood before a date (oldest first), so that the
            // demo has a dated history: each entry overrides fields of the final state until
            // its "until" date.
            QDate changeDate;
            for (const QJsonValue& step : s.value(QLatin1String("earlier")).toArray()) {
                QJsonObject before = s;
                const QJsonObject overrides = step.toObject();
                for (auto it = overrides.begin(); it != overrides.end(); ++it)
                    before.insert(it.key(), it.value());
                if (!read(before))
                    return false;
                subProcessors.setChangeDate(changeDate);
                if (!subProcessors.save(sp))
                    return fail(subProcessors.errorString());
                changeDate = date(overrides, "until");
            }
            if (!read(s))
                return false;
            subProcessors.setChangeDate(changeDate);
            if (!subProcessors.save(sp))
                return fail(subProcessors.errorString());
            subProcessors.setChangeDate({});
            m_keys[QStringLiteral("subprocessor")].insert(text(s, "key"), sp.id);
        }

        ActivityRepository activities(m_db);
        for (const QJsonValue& value : root.value(QLatin1String("activities")).toArray()) {
            const QJsonObject j = value.toObject();
            ProcessingActivity a;
            a.role = Vocabulary::activityRole(text(j, "role"));
            a.name = text(j, "name");
            a.description = text(j, "description");
            a.department = text(j, "department");
            a.owner = text(j, "owner");
            a.status = Vocabulary::activityStatus(text(j, "status"));
            a.purposes = strings(j, "purposes");
            a.legalBases = strings(j, "legal_bases");
            a.legalBasisNotes = text(j, "legal_basis_notes");
            a.dataSubjects = strings(j, "data_subjects");
            a.recipientCategories = strings(j, "recipient_categories");
            a.erasureTimeLimit = text(j, "erasure");
            const QJsonObject dpia = j.value(QLatin1String("dpia")).toObject();
            a.dpiaRequired = dpia.value(QLatin1String("required")).toBool();
            a.dpiaDone = dpia.value(QLatin1String("done")).toBool();
            a.dpiaReference = text(dpia, "reference");
            a.createdAt = QDateTime(date(j, "created"), QTime(9, 0), QTimeZone::UTC);
            a.lastReviewed = date(j, "last_reviewed");
            a.nextReview = date(j, "next_review");
            a.approvedBy = text(j, "approved_by");
            if (date(j, "approved_at").isValid())
                a.approvedAt = QDateTime(date(j, "approved_at"), QTime(10, 0), QTimeZone::UTC);
            if (!ids(j, "data_categories", "category", a.dataCategoryIds)
                || !ids(j, "recipient_parties", "party", a.recipientPartyIds)
                || !ids(j, "controllers", "party", a.controllerIds)
                || !ids(j, "joint_controllers", "party", a.jointControllerIds)
                || !ids(j, "subprocessors", "subprocessor", a.subProcessorIds)
                || !ids(j, "measures", "measure", a.measureIds))
                return false;
            for (const QJsonValue& t : j.value(QLatin1String("transfers")).toArray()) {
                const QJsonObject o2 = t.toObject();
                Transfer transfer;
                transfer.recipient = text(o2, "recipient");
                transfer.subProcessorId = m_keys.value(QStringLiteral("subprocessor")).value(text(o2, "subprocessor"));
                transfer.country = text(o2, "country");
                transfer.safeguard = Vocabulary::transferSafeguard(text(o2, "safeguard"));
                transfer.sccModule = o2.value(QLatin1String("scc_module")).toInt();
                transfer.derogation = text(o2, "derogation");
                transfer.notes = text(o2, "notes");
                a.transfers.append(transfer);
            }
            if (!activities.save(a))
                return fail(tr("Activity \"%1\": %2").arg(a.name, activities.errorString()));
            m_keys[QStringLiteral("activity")].insert(text(j, "key"), a.id);
        }
        // Later features load their part of the demo (planned changes, agreements...) here,
        // each through a function taking (m_db, root, m_keys, m_error).
        if (!SubProcessorDemo::load(m_db, root, m_keys, m_error))
            return false;
        if (!DemoAgreements::load(m_db, root, m_keys, m_error))
            return false;
        return true;
    }

    DemoWorkspace::KeyMap m_keys;

private:
    Database& m_db;
    QString* m_error;
};

} // namespace

QByteArray DemoWorkspace::shippedJson()
{
    QFile file(QStringLiteral(":/registro/demo/demo-workspace.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool DemoWorkspace::populate(Database& db, QString* error)
{
    const QByteArray json = shippedJson();
    if (json.isEmpty()) {
        if (error)
            *error = tr("The demo content is missing from this build.");
        return false;
    }
    return populate(db, json, error);
}

bool DemoWorkspace::populate(Database& db, const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = tr("The demo content is not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    Loader loader(db, error);
    if (!loader.load(document.object()))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}
