// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDialog>

class GuideBrowser;

/** Help > User Guide: the guide shipped as a resource, in the UI language when available. */
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget* parent = nullptr);

    /** The resource path of the guide for @p language, falling back to English. */
    static QString guidePath(const QString& language);
    GuideBrowser* browser() const { return m_browser; }

private:
    GuideBrowser* m_browser = nullptr;
};
