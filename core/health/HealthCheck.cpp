#include "HealthCheck.h"

using namespace Qt::StringLiterals;

const QStringList &HealthCheck::periods()
{
    static const QStringList list = { u"morning"_s, u"afternoon"_s };
    return list;
}

QString HealthCheck::periodLabel(const QString &period)
{
    if (period == "morning"_L1)
        return tr("Morning");
    if (period == "afternoon"_L1)
        return tr("Afternoon");
    return period;
}
