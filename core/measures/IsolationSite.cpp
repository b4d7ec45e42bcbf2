#include "IsolationSite.h"

using namespace Qt::StringLiterals;

const QStringList &IsolationSite::statuses()
{
    static const QStringList statuses = { u"in_use"_s, u"standby"_s, u"closed"_s };
    return statuses;
}

QString IsolationSite::statusLabel(const QString &status)
{
    if (status == "in_use"_L1)
        return tr("In use");
    if (status == "standby"_L1)
        return tr("Standby");
    if (status == "closed"_L1)
        return tr("Closed");
    return status;
}
