#pragma once

#include <QString>

class Store;

// ID numbers and phones as the one logged in may see them on screen: whole, or masked for a
// viewer (Right::SeeFullData). Models and pages that show them keep one.
class PersonalData
{
public:
    explicit PersonalData(const Store &store);
    bool isWhole() const { return m_whole; }
    QString idNumber(const QString &number) const;
    QString phone(const QString &number) const;

private:
    bool m_whole;
};
