// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QUndoCommand>

#include <functional>

class Database;

/**
 * Changes the title or the body of one clause in one language. Consecutive edits of the same
 * text merge into one command; @p applied is called with the text after each redo and undo.
 */
class ClauseTextCommand : public QUndoCommand
{
public:
    enum class Field { Title, Body };
    using Applied = std::function<void(qint64 clauseId, const QString& language, Field field, const QString& text)>;

    ClauseTextCommand(Database& db, qint64 clauseId, const QString& language, Field field, const QString& oldText,
                      const QString& newText, Applied applied);

    void redo() override;
    void undo() override;
    int id() const override { return 0x7e01; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void store(const QString& text);

    Database& m_db;
    qint64 m_clauseId;
    QString m_language;
    Field m_field;
    QString m_oldText;
    QString m_newText;
    Applied m_applied;
};
