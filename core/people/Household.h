#pragma once

#include <QString>

// A household at an address, in a village, group or grid; its members are Persons.
struct Household
{
    QString id;
    QString regionId;
    QString address;
    QString headPersonId;
    QString phone;
    QString householdType = QStringLiteral("family"); // "family" or "collective"
};
