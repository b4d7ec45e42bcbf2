#include "Supervision.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QStringList &SupervisionTeam::levels()
{
    static const QStringList list = { u"city"_s, u"county"_s, u"township"_s };
    return list;
}

QString SupervisionTeam::levelLabel(const QString &level)
{
    if (level == "city"_L1)
        return QCoreApplication::translate("Supervision", "City");
    if (level == "county"_L1)
        return QCoreApplication::translate("Supervision", "County");
    return QCoreApplication::translate("Supervision", "Township");
}

const QStringList &Finding::statuses()
{
    static const QStringList list = { u"open"_s, u"in_progress"_s, u"rectified"_s, u"closed"_s };
    return list;
}

QString Finding::statusLabel(const QString &status)
{
    if (status == "open"_L1)
        return QCoreApplication::translate("Supervision", "Open");
    if (status == "in_progress"_L1)
        return QCoreApplication::translate("Supervision", "Being rectified");
    if (status == "rectified"_L1)
        return QCoreApplication::translate("Supervision", "Rectified");
    return QCoreApplication::translate("Supervision", "Verified and closed");
}

const QStringList &Finding::severities()
{
    static const QStringList list = { u"minor"_s, u"serious"_s, u"critical"_s };
    return list;
}

QString Finding::severityLabel(const QString &severity)
{
    if (severity == "critical"_L1)
        return QCoreApplication::translate("Supervision", "Critical");
    if (severity == "serious"_L1)
        return QCoreApplication::translate("Supervision", "Serious");
    return QCoreApplication::translate("Supervision", "Minor");
}

QStringList Finding::categories()
{
    return { QCoreApplication::translate("Supervision", "Screening and registers"),
        QCoreApplication::translate("Supervision", "Checkpoint duty"),
        QCoreApplication::translate("Supervision", "Isolation and monitoring"),
        QCoreApplication::translate("Supervision", "Testing"),
        QCoreApplication::translate("Supervision", "Disinfection"),
        QCoreApplication::translate("Supervision", "Supplies and support"),
        QCoreApplication::translate("Supervision", "Responsibility") };
}

const QStringList &AccountabilityRecord::actions()
{
    static const QStringList list = { u"talk"_s, u"notice"_s, u"dismissal"_s };
    return list;
}

QString AccountabilityRecord::actionLabel(const QString &action)
{
    if (action == "notice"_L1)
        return QCoreApplication::translate("Supervision", "Notice of criticism");
    if (action == "dismissal"_L1)
        return QCoreApplication::translate("Supervision", "Dismissal");
    return QCoreApplication::translate("Supervision", "Admonishing talk");
}
