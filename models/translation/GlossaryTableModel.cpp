// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "translation/GlossaryTableModel.h"

#include "translation/GlossaryRepository.h"

#include <QRegularExpression>

#include <algorithm>

GlossaryTableModel::GlossaryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GlossaryTableModel::setTerms(const QList<Glossary::Term>& terms, const QStringList& languages)
{
    m_requestedLanguages = languages;
    QStringList columns = languages;
    QStringList extra;
    for (const Glossary::Term& term : terms) {
        for (const QString& language : term.approved.keys() + term.forbidden.keys()) {
            if (!columns.contains(language) && !extra.contains(language))
                extra.append(language);
        }
    }
    std::sort(extra.begin(), extra.end());
    columns += extra;

    // The same number of rows and columns: an edit of terms in place, the rows keep their indexes.
    if (columns != m_languages || terms.size() != m_terms.size()) {
        beginResetModel();
        m_terms = terms;
        m_languages = columns;
        endResetModel();
        return;
    }
    for (int row = 0; row < terms.size(); ++row) {
        if (terms.at(row) == m_terms.at(row))
            continue;
        m_terms[row] = terms.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

int GlossaryTableModel::rowOf(const QString& source) const
{
    const QString wanted = source.simplified();
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).source.compare(wanted, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int GlossaryTableModel::languageColumn(const QString& language, bool forbidden) const
{
    const qsizetype index = m_languages.indexOf(language);
    return index < 0 ? -1 : int(FirstLanguageColumn + 2 * index + (forbidden ? 1 : 0));
}

QString GlossaryTableModel::languageOf(int column) const
{
    if (column < FirstLanguageColumn || column >= noteColumn())
        return {};
    return m_languages.at((column - FirstLanguageColumn) / 2);
}

bool GlossaryTableModel::isForbiddenColumn(int column) const
{
    return !languageOf(column).isEmpty() && (column - FirstLanguageColumn) % 2 == 1;
}

QStringList GlossaryTableModel::splitTexts(const QString& text)
{
    static const QRegularExpression separator(QStringLiteral("[,;\\n]"));
    QStringList result;
    for (const QString& part : text.split(separator)) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

QString GlossaryTableModel::joinTexts(const QStringList& texts)
{
    return texts.join(QStringLiteral(", "));
}

int GlossaryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int GlossaryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : noteColumn() + 1;
}

QVariant GlossaryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Glossary::Term& term = m_terms.at(index.row());
    const int column = index.column();
    const QString language = languageOf(column);
    if (role == LanguageRole)
        return language.isEmpty() ? QVariant() : QVariant(language);
    if (!language.isEmpty()) {
        const QStringList texts = (isForbiddenColumn(column) ? term.forbidden : term.approved).value(language);
        switch (role) {
        case TextsRole:
            return texts;
        case Qt::DisplayRole:
        case Qt::EditRole:
            return joinTexts(texts);
        case Qt::ToolTipRole:
            return texts.isEmpty() ? QVariant() : QVariant(texts.join(QLatin1Char('\n')));
        default:
            return {};
        }
    }
    const QString& text = column == SourceColumn ? term.source : term.note;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text;
    case Qt::ToolTipRole:
        return column == SourceColumn || text.isEmpty() ? QVariant() : QVariant(text);
    default:
        return {};
    }
}

QVariant GlossaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString language = languageOf(section);
    if (role == LanguageRole)
        return language.isEmpty() ? QVariant() : QVariant(language);
    if (role == Qt::ToolTipRole && !language.isEmpty()) {
        return isForbiddenColumn(section)
            ? tr("Translations of the term that must not be used in %1 (separate them with commas)").arg(language.toUpper())
            : tr("Approved translations of the term in %1 (separate them with commas)").arg(language.toUpper());
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == SourceColumn)
        return tr("Term (EN)");
    if (section == noteColumn())
        return tr("Note");
    return isForbiddenColumn(section) ? tr("%1 forbidden").arg(language.toUpper())
                                      : tr("%1 approved").arg(language.toUpper());
}

Qt::ItemFlags GlossaryTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

bool GlossaryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    Glossary::Term changed = m_terms.at(row);
    const QString language = languageOf(column);
    if (column == SourceColumn) {
        changed.source = value.toString();
    } else if (column == noteColumn()) {
        changed.note = value.toString();
    } else {
        QHash<QString, QStringList>& lists = isForbiddenColumn(column) ? changed.forbidden : changed.approved;
        const QStringList texts = value.typeId() == QMetaType::QStringList ? value.toStringList()
                                                                           : splitTexts(value.toString());
        if (texts.isEmpty())
            lists.remove(language);
        else
            lists.insert(language, texts);
    }
    QString error;
    if (!GlossaryRepository::normalize(changed, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    if (changed == m_terms.at(row))
        return true;
    const int other = rowOf(changed.source);
    if (other >= 0 && other != row) {
        Q_EMIT editRefused(tr("The glossary already has the term \"%1\". Edit that term instead.").arg(changed.source));
        return false;
    }
    if (m_editHandler)
        return m_editHandler(row, changed);
    m_terms[row] = changed;
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
    return true;
}
