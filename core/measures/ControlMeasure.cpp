#include "ControlMeasure.h"

using namespace Qt::StringLiterals;

const QStringList &ControlMeasure::kinds()
{
    static const QStringList kinds
        = { u"home_isolation"_s, u"central_isolation"_s, u"home_monitoring"_s };
    return kinds;
}

QString ControlMeasure::kindLabel(const QString &kind)
{
    if (kind == "home_isolation"_L1)
        return tr("Home isolation");
    if (kind == "central_isolation"_L1)
        return tr("Central isolation");
    if (kind == "home_monitoring"_L1)
        return tr("Home health monitoring");
    return kind;
}
