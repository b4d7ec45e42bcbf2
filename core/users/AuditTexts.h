#pragma once

#include "../store/AuditLog.h"

#include <QCoreApplication>

// An audit entry in a clerk's words, the same in the viewer and in its export: 修改 for
// update, 人员 for persons, and the values as "姓名: 张三; 电话: ***".
class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(AuditTexts)

public:
    static QString action(const QString &action);
    static QString table(const QString &table);
    static QString columns(const QStringList &changed);
    // The JSON of an entry's values, those not empty; empty for none.
    static QString values(const QString &json);
    // The stamp (UTC) in this computer's time, to the second.
    static QString at(const QString &stamp);
    // What a filter keeps, for the line above an exported list.
    static QString filter(const AuditLog::Filter &filter);
};
