#include "RegistryLayout.h"

using namespace Qt::StringLiterals;

int RegistryLayout::headerRowCount(const RegistryDefinition &definition)
{
    return definition.hasGroups() ? 2 : 1;
}

QList<RegistryLayout::HeaderCell> RegistryLayout::headerCells(const RegistryDefinition &definition)
{
    QList<HeaderCell> first;
    QList<HeaderCell> second;
    const bool grouped = definition.hasGroups();
    const auto &columns = definition.columns;
    for (int c = 0; c < columns.size(); ++c) {
        const QString &group = columns[c].group;
        if (!grouped) {
            first.append({ 0, c, 1, 1, columns[c].heading });
        } else if (group.isEmpty()) {
            first.append({ 0, c, 2, 1, columns[c].heading });
        } else {
            if (c == 0 || columns[c - 1].group != group)
                first.append({ 0, c, 1, 1, group });
            else
                ++first.last().columnSpan;
            second.append({ 1, c, 1, 1, columns[c].heading });
        }
    }
    return first + second;
}

QString RegistryLayout::flatHeading(const RegistryColumn &column)
{
    if (column.group.isEmpty())
        return column.heading;
    //: A column heading under its group heading, such as "Morning (Temperature)".
    return tr("%1 (%2)").arg(column.heading, column.group);
}

QString RegistryLayout::unitLine(const QString &unitName, const RegistryFilter &filter, QDate today)
{
    const QString date = today.toString(Qt::ISODate);
    if (filter.from.isValid() && filter.to.isValid())
        return tr("Unit: %1    Period: %2 to %3    Date: %4")
            .arg(
                unitName, filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate), date);
    if (filter.from.isValid())
        return tr("Unit: %1    Period: from %2    Date: %3")
            .arg(unitName, filter.from.toString(Qt::ISODate), date);
    if (filter.to.isValid())
        return tr("Unit: %1    Period: until %2    Date: %3")
            .arg(unitName, filter.to.toString(Qt::ISODate), date);
    return tr("Unit: %1    Date: %2").arg(unitName, date);
}

QString RegistryLayout::signatureLine()
{
    return tr("Prepared by:                Reviewed by:                Date prepared:");
}
