#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A measure applied to one person: home isolation, central isolation at an IsolationSite, or home
// health monitoring. It runs from startedOn until it is released; plannedEndOn is its last day.
struct ControlMeasure
{
    Q_DECLARE_TR_FUNCTIONS(ControlMeasure)

public:
    QString id;
    QString personId;
    QString kind = QStringLiteral("home_isolation");
    QString siteId; // only for central isolation
    QDate startedOn;
    QDate plannedEndOn;
    QDate releasedOn; // invalid while the measure runs
    QString releaseReason;
    // The home-isolation checklist: isolation card on the door, agreement signed, door camera.
    bool cardPosted = false;
    bool agreementSigned = false;
    bool cameraInstalled = false;
    QString notes;

    bool isValid() const { return !id.isEmpty(); }
    bool isRunning() const { return !releasedOn.isValid(); }

    static const QStringList &kinds();
    static QString kindLabel(const QString &kind);
};
