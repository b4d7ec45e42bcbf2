#include "Person.h"

using namespace Qt::StringLiterals;

const QStringList &Person::residenceTypes()
{
    static const QStringList types = { u"registered"_s, u"habitual"_s, u"migrant_worker"_s,
                                       u"stranded"_s };
    return types;
}

QString Person::residenceTypeLabel(const QString &type)
{
    if (type == "registered"_L1)
        return tr("Registered resident");
    if (type == "habitual"_L1)
        return tr("Habitual resident");
    if (type == "migrant_worker"_L1)
        return tr("Migrant worker");
    if (type == "stranded"_L1)
        return tr("Stranded");
    return type;
}

const QStringList &Person::specialGroups()
{
    static const QStringList groups = { u"elderly_alone"_s, u"disabled"_s, u"pregnant"_s,
                                        u"chronically_ill"_s, u"other"_s };
    return groups;
}

QString Person::specialGroupLabel(const QString &group)
{
    if (group == "elderly_alone"_L1)
        return tr("Elderly living alone");
    if (group == "disabled"_L1)
        return tr("Disabled");
    if (group == "pregnant"_L1)
        return tr("Pregnant");
    if (group == "chronically_ill"_L1)
        return tr("Chronically ill");
    if (group == "other"_L1)
        return tr("Other special group");
    return group;
}

QString Person::genderLabel(const QString &gender)
{
    if (gender == "male"_L1)
        return tr("Male");
    if (gender == "female"_L1)
        return tr("Female");
    return {};
}

QString Person::categoryLabels() const
{
    QStringList labels;
    if (returnee)
        labels << tr("Returnee");
    if (riskArea)
        labels << tr("From a risk area");
    if (closeContact)
        labels << tr("Close contact");
    if (!specialGroup.isEmpty())
        labels << specialGroupLabel(specialGroup);
    return labels.join(tr(", "));
}

const QStringList &Person::relationsToHead()
{
    static const QStringList relations = { u"spouse"_s, u"son"_s, u"daughter"_s, u"parent"_s,
                                           u"grandparent"_s, u"grandchild"_s, u"sibling"_s,
                                           u"other"_s };
    return relations;
}

QString Person::relationLabel(const QString &relation, bool isHead)
{
    if (isHead)
        return tr("Head of household");
    if (relation == "spouse"_L1)
        return tr("Spouse");
    if (relation == "son"_L1)
        return tr("Son");
    if (relation == "daughter"_L1)
        return tr("Daughter");
    if (relation == "parent"_L1)
        return tr("Parent");
    if (relation == "grandparent"_L1)
        return tr("Grandparent");
    if (relation == "grandchild"_L1)
        return tr("Grandchild");
    if (relation == "sibling"_L1)
        return tr("Sibling");
    if (relation == "other"_L1)
        return tr("Other relation");
    return {};
}

const QStringList &Removal::reasons()
{
    static const QStringList list = { u"moved_out"_s, u"died"_s, u"duplicate"_s };
    return list;
}

QString Removal::reasonLabel(const QString &reason)
{
    if (reason == "moved_out"_L1)
        return tr("Moved out");
    if (reason == "died"_L1)
        return tr("Died");
    if (reason == "duplicate"_L1)
        return tr("Registered twice");
    return tr("Removed");
}
