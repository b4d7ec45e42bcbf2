#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>

// An 18-character PRC resident ID number (GB 11643-1999): 6 digits of region, 8 of birth date,
// 3 of sequence (odd for men), and a MOD 11-2 check character (0-9 or X).
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    enum class Gender { Male, Female };

    // Accepts full-width digits, spaces and a lower-case x; refuses anything that is not a valid
    // number, with the reason. today is the date a birth date may not be after.
    static Result<IdNumber> parse(const QString &text, QDate today = QDate::currentDate());
    // The check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);

    const QString &text() const { return m_text; }
    QDate birthDate() const { return m_birthDate; }
    Gender gender() const { return m_gender; }
    // 3703**********123X: the first four and last four characters shown.
    static QString masked(const QString &idNumber);

private:
    QString m_text;
    QDate m_birthDate;
    Gender m_gender = Gender::Male;
};
