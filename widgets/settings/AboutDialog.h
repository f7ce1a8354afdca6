// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Registro authors
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

/** Help > About Registro: version, licence and the libraries with their versions. */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /** (name, version) of every library Registro is built on. */
    static QList<QPair<QString, QString>> dependencies();
};
