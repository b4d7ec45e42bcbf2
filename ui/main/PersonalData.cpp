#include "PersonalData.h"

#include "people/IdNumber.h"
#include "people/PhoneNumber.h"
#include "store/Store.h"

PersonalData::PersonalData(const Store &store)
    : m_whole(Rights::allows(store.user().role, Right::SeeFullData))
{
}

QString PersonalData::idNumber(const QString &number) const
{
    return m_whole ? number : IdNumber::masked(number);
}

QString PersonalData::phone(const QString &number) const
{
    return m_whole ? number : PhoneNumber::masked(number);
}
