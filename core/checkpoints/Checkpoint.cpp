#include "Checkpoint.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

const QStringList &Checkpoint::kinds()
{
    static const QStringList list = { u"road_exit"_s, u"village_gate"_s, u"compound_gate"_s };
    return list;
}

QString Checkpoint::kindLabel(const QString &kind)
{
    if (kind == "road_exit"_L1)
        return QCoreApplication::translate("Checkpoint", "Road exit");
    if (kind == "village_gate"_L1)
        return QCoreApplication::translate("Checkpoint", "Village gate");
    return QCoreApplication::translate("Checkpoint", "Compound gate");
}

const QStringList &DutyShift::roles()
{
    static const QStringList list
        = { u"cadre"_s, u"party_member"_s, u"grid_worker"_s, u"volunteer"_s, u"police"_s };
    return list;
}

QString DutyShift::roleLabel(const QString &role)
{
    if (role == "cadre"_L1)
        return QCoreApplication::translate("Checkpoint", "Cadre");
    if (role == "party_member"_L1)
        return QCoreApplication::translate("Checkpoint", "Party member");
    if (role == "grid_worker"_L1)
        return QCoreApplication::translate("Checkpoint", "Grid worker");
    if (role == "volunteer"_L1)
        return QCoreApplication::translate("Checkpoint", "Volunteer");
    return QCoreApplication::translate("Checkpoint", "Police officer");
}

const QStringList &CheckpointEntry::healthCodes()
{
    static const QStringList list = { u"green"_s, u"yellow"_s, u"red"_s };
    return list;
}

QString CheckpointEntry::healthCodeLabel(const QString &code)
{
    if (code == "green"_L1)
        return QCoreApplication::translate("Checkpoint", "Green");
    if (code == "yellow"_L1)
        return QCoreApplication::translate("Checkpoint", "Yellow");
    if (code == "red"_L1)
        return QCoreApplication::translate("Checkpoint", "Red");
    return {};
}

const QStringList &CheckpointEntry::outcomes()
{
    static const QStringList list = { u"let_through"_s, u"turned_back"_s, u"sent_to_isolation"_s };
    return list;
}

QString CheckpointEntry::outcomeLabel(const QString &outcome)
{
    if (outcome == "let_through"_L1)
        return QCoreApplication::translate("Checkpoint", "Let through");
    if (outcome == "turned_back"_L1)
        return QCoreApplication::translate("Checkpoint", "Turned back");
    return QCoreApplication::translate("Checkpoint", "Sent to an isolation site");
}

QString CheckpointEntry::directionLabel(const QString &direction)
{
    return direction == "out"_L1 ? QCoreApplication::translate("Checkpoint", "Out")
                                 : QCoreApplication::translate("Checkpoint", "In");
}
