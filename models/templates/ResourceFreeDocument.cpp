// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "templates/ResourceFreeDocument.h"

ResourceFreeDocument::ResourceFreeDocument(QObject* parent)
    : QTextDocument(parent)
{
}

QVariant ResourceFreeDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_requests;
    return {};
}
