#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>

// Dates as clerks type them: 2022-03-04, 2022/3/4, 2022.3.4, 2022年3月4日, 20220304, with
// full-width digits, and Excel serial numbers (44624 is 2022-03-04).
class ClerkDate
{
    Q_DECLARE_TR_FUNCTIONS(ClerkDate)

public:
    static Result<QDate> parse(const QString &text);
    // The day of an Excel serial number in the 1900 date system (1 is 1900-01-01); invalid for
    // 60, Excel's 1900-02-29 that never was, and outside 1 to 2958465 (9999-12-31).
    static QDate fromExcelSerial(qint64 serial);
};
