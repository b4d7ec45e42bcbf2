#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// One temperature taken of a person under a measure (一天两测): per day, a morning and an
// afternoon check.
struct HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    QString id;
    QString personId;
    QDate checkedOn;
    QString period = QStringLiteral("morning"); // one of periods()
    double temperature = 0.0;                   // ℃, one decimal
    QString symptoms;
    QString takenBy;

    static const QStringList &periods();
    static QString periodLabel(const QString &period);
};
