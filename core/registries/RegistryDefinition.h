#pragma once

#include <QList>
#include <QString>

#include <functional>

// One column of a registry: its heading, the SELECT's result column it shows, its width on paper
// in characters, and how its values are written (ID numbers and phones are masked and always
// text; numbers are real numbers in a spreadsheet).
struct RegistryColumn
{
    enum class Kind { RowNumber, Text, IdNumber, Phone, Date, Number };

    QString heading;
    QString field; // empty for RowNumber
    int width = 10;
    Kind kind = Kind::Text;
    // The upper heading shared by adjacent columns of the same group; a column without one has
    // its heading span both header rows.
    QString group;
    // Turns a stored code ("male", "negative") into words; applied to non-empty values only.
    std::function<QString(const QString &)> label;
};

// A value the category filter of a registry can take, such as "fever" or "open".
struct RegistryCategory
{
    QString value;
    QString label;
};

// A registry (台账): a named, printable list of records of one kind. The SQL is one SELECT whose
// named parameters :village (a village's 12-digit code, or ''), :from and :to (ISO dates, or ''),
// :category ('' for all) and :checkpoint (a checkpoint's id, or '') apply the filter; :fever,
// where used, is the policy's threshold.
// Every registry is rendered by the same exporters, so a new one is only a definition in
// RegistryCatalog.
struct RegistryDefinition
{
    enum Filter { VillageFilter = 0x1, DateFilter = 0x2, CategoryFilter = 0x4, CheckpointFilter = 0x8 };

    QString name; // stable code name, used by the command line
    QString title;
    QList<RegistryColumn> columns;
    int filters = VillageFilter;
    QString dateLabel; // what the date range applies to, such as "Arrived on"
    QList<RegistryCategory> categories;
    QString sql;
    QString orderBy; // appended as ORDER BY; ends with a unique key so pages never overlap

    bool hasFilter(Filter filter) const { return (filters & filter) != 0; }
    bool isValid() const { return !name.isEmpty(); }
    int totalWidth() const
    {
        int width = 0;
        for (const RegistryColumn &c : columns)
            width += c.width;
        return width;
    }
    bool hasGroups() const
    {
        for (const RegistryColumn &c : columns)
            if (!c.group.isEmpty())
                return true;
        return false;
    }
    // Wider than an A4 page in portrait holds at a readable size.
    bool isLandscape() const { return totalWidth() > 95; }
};
