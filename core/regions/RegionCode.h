#pragma once

#include "Region.h"

#include <QCoreApplication>

// Region codes. Counties, townships and villages carry the 12-digit statistical division code
// (6 county + 3 township + 3 village digits); groups and grids, which have no official code,
// extend their parent's code by three digits each, so every code starts with its ancestors'.
class RegionCode
{
    Q_DECLARE_TR_FUNCTIONS(RegionCode)

public:
    // Full-width digits folded, spaces dropped.
    static QString normalized(const QString &text);
    // The level a well-formed code belongs to, or -1 when it is not a region code.
    static int levelOf(const QString &code);
    // The code of the village a village, group or grid code lies in.
    static QString villageOf(const QString &code);
    // Empty when the code is a valid code of the given level under parentCode; else why not.
    static QString problem(const QString &code, Region::Level level, const QString &parentCode);
};
