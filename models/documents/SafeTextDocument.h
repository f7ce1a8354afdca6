// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QTextDocument>

/**
 * A QTextDocument that never loads a resource: images, style sheets and links named in
 * Markdown or rich text stay unresolved, so a document cannot read local or remote files.
 */
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject* parent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};
