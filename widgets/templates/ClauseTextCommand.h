// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QUndoCommand>

#include <functional>

class Database;

/**
 * Changes the body of one clause in one language. Consecutive edits of the same text merge
 * into one command; @p applied is called with the body after each redo and undo.
 */
class ClauseTextCommand : public QUndoCommand
{
public:
    ClauseTextCommand(Database& db, qint64 clauseId, const QString& language, const QString& title,
                      const QString& oldBody, const QString& newBody,
                      std::function<void(qint64, const QString&, const QString&)> applied);

    void redo() override;
    void undo() override;
    int id() const override { return 0x7e01; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    void store(const QString& body);

    Database& m_db;
    qint64 m_clauseId;
    QString m_language;
    QString m_title;
    QString m_oldBody;
    QString m_newBody;
    std::function<void(qint64, const QString&, const QString&)> m_applied;
};
