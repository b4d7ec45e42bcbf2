#include "Responsibility.h"

using namespace Qt::StringLiterals;

const QStringList &Responsibility::roles()
{
    static const QStringList roles = { u"township_cadre"_s, u"village_cadre"_s, u"village_doctor"_s,
        u"police_officer"_s, u"grid_worker"_s };
    return roles;
}

QString Responsibility::roleLabel(const QString &role)
{
    if (role == "township_cadre"_L1)
        return tr("Township cadre");
    if (role == "village_cadre"_L1)
        return tr("Village cadre");
    if (role == "village_doctor"_L1)
        return tr("Village doctor");
    if (role == "police_officer"_L1)
        return tr("Police officer");
    if (role == "grid_worker"_L1)
        return tr("Grid worker");
    return role;
}
