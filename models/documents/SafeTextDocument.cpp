// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#include "documents/SafeTextDocument.h"

SafeTextDocument::SafeTextDocument(QObject* parent)
    : QTextDocument(parent)
{
}

QVariant SafeTextDocument::loadResource(int type, const QUrl& name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}
