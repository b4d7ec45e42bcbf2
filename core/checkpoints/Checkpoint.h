#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A checkpoint (卡口) at a road exit, a village gate or a compound gate.
struct Checkpoint
{
    QString id;
    QString name;
    QString kind = QStringLiteral("road_exit");
    QString regionId;
    QString location;
    bool active = true;

    static const QStringList &kinds();
    static QString kindLabel(const QString &kind);
};

// One person on duty (值守) at a checkpoint for the hours [fromHour, toHour) of a day.
struct DutyShift
{
    QString id;
    QString checkpointId;
    QDate dutyOn;
    int fromHour = 0;
    int toHour = 8;
    QString staffName;
    QString role = QStringLiteral("cadre");
    QString phone;

    static const QStringList &roles();
    static QString roleLabel(const QString &role);
};

// A pass permit (通行证) for a person or a vehicle, valid on the days [validFrom, validTo].
struct PassPermit
{
    QString id;
    QString number;
    QString holderName;
    QString plate;
    QDate validFrom;
    QDate validTo;
    QString issuedBy;
};

// One passage through a checkpoint, as logged there. Never changed: a mistake is corrected by
// an entry that amends it.
struct CheckpointEntry
{
    QString id;
    QString checkpointId;
    QDateTime enteredAt;
    QString direction = QStringLiteral("in");
    QString personName;
    QString idNumber;
    QString phone;
    QString plate;
    int temperatureTenths = 0; // 0: not taken
    QString healthCode; // green, yellow, red, or empty
    QString cameFrom;
    QString reason;
    bool disinfected = false;
    QString permitNumber;
    QString outcome = QStringLiteral("let_through");
    QString recordedBy;
    QString amendsId;

    static const QStringList &healthCodes();
    static QString healthCodeLabel(const QString &code);
    static const QStringList &outcomes();
    static QString outcomeLabel(const QString &outcome);
    static QString directionLabel(const QString &direction);
};
