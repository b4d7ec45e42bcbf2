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

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int RegistryLayout::textWidth(QStringView text)
{
    int widest = 0;
    int line = 0;
    for (char32_t c : text.toUcs4()) {
        if (c == u'\n') {
            widest = std::max(widest, line);
            line = 0;
            continue;
        }
        line += isWide(c) ? 2 : 1;
    }
    return std::max(widest, line);
}

int RegistryLayout::lineCount(QStringView text, int width)
{
    width = std::max(width, 2);
    int lines = 0;
    for (QStringView line : text.split(u'\n')) {
        const int w = textWidth(line);
        lines += std::max(1, (w + width - 1) / width);
    }
    return std::max(lines, 1);
}

QList<int> RegistryLayout::columnWidths(const RegistryDefinition &definition,
                                        const QList<QByteArrayList> &sample)
{
    QList<int> widths;
    for (int c = 0; c < definition.columns.size(); ++c) {
        const RegistryColumn &column = definition.columns[c];
        int width = std::max(column.width, (textWidth(column.heading) + 1) / 2);
        for (const QByteArrayList &row : sample)
            width = std::max(width, textWidth(QString::fromUtf8(row.value(c))));
        widths << std::min(width, std::max(column.width, MaxColumnWidth));
    }
    return widths;
}
