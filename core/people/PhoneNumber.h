#pragma once

#include "../store/Result.h"

#include <QCoreApplication>

// Phone numbers as the store keeps them: a mobile number (11 digits, 1[3-9]...) or a landline
// with its area code (0 + 2-3 digits, then 7-8 digits, stored as 0531-12345678).
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // Accepts full-width digits, spaces, dashes and brackets, and a leading +86 or 86.
    static Result<QString> normalize(const QString &text);
    // 138****5678
    static QString masked(const QString &phone);
};
