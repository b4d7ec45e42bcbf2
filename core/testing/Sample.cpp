#include "Sample.h"

using namespace Qt::StringLiterals;

const QStringList &Sample::results()
{
    static const QStringList list = { u"pending"_s, u"negative"_s, u"positive"_s };
    return list;
}

QString Sample::resultLabel(const QString &result)
{
    if (result == "pending"_L1)
        return tr("Pending");
    if (result == "negative"_L1)
        return tr("Negative");
    if (result == "positive"_L1)
        return tr("Positive");
    return result;
}
