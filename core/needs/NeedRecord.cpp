#include "NeedRecord.h"

using namespace Qt::StringLiterals;

const QStringList &NeedRecord::needs()
{
    static const QStringList needs = { u"medicine"_s, u"food"_s, u"medical_visit"_s, u"other"_s };
    return needs;
}

QString NeedRecord::needLabel(const QString &need)
{
    if (need == "medicine"_L1)
        return tr("Medicine");
    if (need == "food"_L1)
        return tr("Food");
    if (need == "medical_visit"_L1)
        return tr("Medical visit");
    if (need == "other"_L1)
        return tr("Other need");
    return need;
}
