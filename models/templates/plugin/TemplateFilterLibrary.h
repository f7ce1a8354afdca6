// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <KTextTemplate/TagLibraryInterface>

#include <QObject>

/**
 * Registro's KTextTemplate filters, loaded by TemplateRenderer's engine as the library
 * "registro_templatefilters":
 *   {{ date|longdate:"nl" }}      1 maart 2025
 *   {{ number|spellnumber:"fr" }} trente
 * The renderer adds the language argument itself; templates write {{ x|longdate }}.
 */
class TemplateFilterLibrary : public QObject, public KTextTemplate::TagLibraryInterface
{
    Q_OBJECT
    Q_INTERFACES(KTextTemplate::TagLibraryInterface)
    Q_PLUGIN_METADATA(IID "org.kde.KTextTemplate.TagLibraryInterface")
public:
    explicit TemplateFilterLibrary(QObject* parent = nullptr);
    QHash<QString, KTextTemplate::Filter*> filters(const QString& name = {}) override;
};
