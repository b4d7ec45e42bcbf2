#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One named cadre answerable for a person under a measure (五包一: up to five per measure).
struct Responsibility
{
    Q_DECLARE_TR_FUNCTIONS(Responsibility)

public:
    QString id;
    QString measureId;
    QString cadreName;
    QString role = QStringLiteral("village_cadre");
    QString phone;

    static constexpr int MaxPerMeasure = 5;

    static const QStringList &roles();
    static QString roleLabel(const QString &role);
};
