#pragma once

#include <QDate>
#include <QString>

// What a clerk narrows a registry to. An empty or invalid field does not filter.
struct RegistryFilter
{
    QString village; // a village's region id or its 12-digit code
    QDate from;
    QDate to;
    QString category; // one of the definition's categories
    QString checkpoint; // a checkpoint's id
    // ID numbers and phones in full; masked (3703**********123X) otherwise.
    bool fullData = false;
    // Why full data leaves the screen, in an export or on paper: asked, and kept in the audit log.
    QString reason;
};
