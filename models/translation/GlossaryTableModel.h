// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include "translation/Glossary.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

/**
 * The glossary as a table: one row per term; the source term, then for each target language
 * the approved and the forbidden translations (edited as comma-separated lists), then the note.
 *
 * The model shows the terms it is given. With an edit handler set, an edit is handed to the
 * handler (which stores it, for example through an undo command, and gives the model the new
 * terms); without one the model changes its own copy.
 */
class GlossaryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The first column; the language columns follow, then noteColumn(). */
    enum Column { SourceColumn, FirstLanguageColumn };
    enum Role {
        TextsRole = Qt::UserRole + 1, ///< QStringList: the texts of an approved or forbidden column
        LanguageRole, ///< the language code of a language column (also on headerData)
    };

    /** Edits go through @p row's term before and after; returns whether the change was accepted. */
    using EditHandler = std::function<bool(int row, const Glossary::Term& changed)>;

    explicit GlossaryTableModel(QObject* parent = nullptr);

    /**
     * Shows @p terms with a pair of columns for each of @p languages and for each other language
     * the terms have. When the number of terms and the columns stay the same, the changed rows
     * are updated in place and the others keep their indexes.
     */
    void setTerms(const QList<Glossary::Term>& terms, const QStringList& languages);
    void setTerms(const QList<Glossary::Term>& terms) { setTerms(terms, m_requestedLanguages); }
    const QList<Glossary::Term>& terms() const { return m_terms; }
    Glossary::Term term(int row) const { return m_terms.value(row); }
    /** The row of @p source, ignoring case; -1 when there is none. */
    int rowOf(const QString& source) const;

    QStringList languages() const { return m_languages; }
    int languageColumn(const QString& language, bool forbidden) const;
    int noteColumn() const { return int(FirstLanguageColumn + 2 * m_languages.size()); }
    /** The language of a language column, empty for the source and note columns. */
    QString languageOf(int column) const;
    bool isForbiddenColumn(int column) const;

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    /** "a, b; c" -> {"a", "b", "c"}. */
    static QStringList splitTexts(const QString& text);
    static QString joinTexts(const QStringList& texts);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /** An edit was not accepted, with the reason to show. */
    void editRefused(const QString& message);

private:
    QList<Glossary::Term> m_terms;
    QStringList m_requestedLanguages;
    QStringList m_languages;
    EditHandler m_editHandler;
};
