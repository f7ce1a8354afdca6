// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QTextDocument>

/**
 * A QTextDocument that never loads a resource: images, style sheets and links to local or
 * remote files resolve to nothing. Rendered agreements are shown and exported through it.
 */
class ResourceFreeDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit ResourceFreeDocument(QObject* parent = nullptr);

    /** How many times the document asked for a resource (and got nothing). */
    int resourceRequests() const { return m_requests; }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    int m_requests = 0;
};
