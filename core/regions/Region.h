#pragma once

#include <QList>
#include <QString>

// A node of the region tree: county → township → village/community → group/compound → grid.
struct Region
{
    enum Level { County = 0, Township = 1, Village = 2, Group = 3, Grid = 4 };

    QString id;
    QString code;
    QString name;
    Level level = Village;
    QString parentId;

    bool isValid() const { return !id.isEmpty(); }
};
