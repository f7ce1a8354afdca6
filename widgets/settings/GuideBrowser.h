// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QTextBrowser>

/**
 * A QTextBrowser that shows only what Registro ships: resources under :/registro/help. Any
 * other image, style sheet or page (http, file, other resources) is refused, and links are
 * not followed outside the guide.
 */
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit GuideBrowser(QWidget* parent = nullptr);

    QVariant loadResource(int type, const QUrl& name) override;

    /** True for URLs this browser may load: qrc:/registro/help/... and :/registro/help/.... */
    static bool isAllowed(const QUrl& url);
};
