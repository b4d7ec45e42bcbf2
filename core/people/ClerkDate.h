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
};
