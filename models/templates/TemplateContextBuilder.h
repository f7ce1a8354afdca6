// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "domain/Vocabulary.h"
#include "templates/TemplateTypes.h"

#include <QVariantHash>

class Database;

/**
 * The values a DPA template sees, from the register and one agreement, in the text's language:
 * processor (the organisation), controller (the customer), agreement, register (flags for
 * conditional clauses), activities (the processor activities for this customer),
 * data_categories, data_subjects, subprocessors (with country names and safeguard labels in
 * the language) and measure_sections. Values are plain text; the renderer escapes them.
 *
 * An address is given without its country (address), the country separately in the text's
 * language (country_name): templates write "{{ controller.address }}, {{ controller.country_name }}".
 * A stored address that ends with its own country (in any of the four languages, as people type
 * it into the register) has that country taken off, so that it is printed once.
 */
class TemplateContextBuilder
{
public:
    explicit TemplateContextBuilder(Database& db);

    QVariantHash build(const Agreement& agreement, const QString& language);
    /** The transfer safeguard label in @p language (en, nl, it, fr), as written in contracts. */
    static QString safeguardLabel(TransferSafeguard safeguard, int sccModule, const QString& language);
    /** @p address without a trailing ", <country>" naming @p countryCode (any language, code included). */
    static QString addressWithoutCountry(const QString& address, const QString& countryCode);

private:
    Database& m_db;
};
