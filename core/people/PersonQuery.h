#pragma once

#include "Person.h"

#include <QCoreApplication>
#include <QList>

class Store;

// A filtered, sorted window onto the persons of the store: what the residents list and
// `person find` show. Filtering, sorting and paging happen in SQL, so a million persons are never
// loaded at once.
class PersonQuery
{
    Q_DECLARE_TR_FUNCTIONS(PersonQuery)

public:
    enum class SortKey { Name, Gender, BirthDate, IdNumber, Phone, Village };

    struct Filter
    {
        QString villageId;
        PersonCategory category = PersonCategory::Any;
        QString text; // searched in name, its pinyin, ID number, phone and address
        bool removed = false; // the persons taken off the register instead of the live ones
    };

    struct Row
    {
        Person person;
        QString villageName;
        QString address;
        Removal removal; // for a removed person: why, and when
    };

    PersonQuery(Store &store, Filter filter, SortKey sortKey = SortKey::Name,
                Qt::SortOrder order = Qt::AscendingOrder);

    // A search counts its matches only up to this many: a count of half a township tells a clerk
    // nothing a refined search would not.
    static constexpr qint64 SearchCountCap = 2000;

    // True when search text was given that is still too short to search (one or two digits):
    // the query then matches nobody rather than everybody.
    bool isSearchTooShort() const { return m_tooShort; }
    // The number of matching persons; for a search, at most SearchCountCap + 1.
    qint64 count() const;
    bool isCountCapped() const { return m_searching && count() > SearchCountCap; }
    QList<Row> fetch(qint64 offset, int limit) const;
    // Empty unless a read failed (the store is damaged or locked): then count() was 0 or fetch()
    // empty for that reason, not because nobody matched, and this says why, for the clerk.
    const QString &error() const { return m_error; }

private:
    void bindFilter(class QSqlQuery &q) const;

    Store &m_store;
    Filter m_filter;
    SortKey m_sortKey;
    Qt::SortOrder m_order;
    QString m_where;
    QVariantList m_values;
    bool m_tooShort = false;
    bool m_searching = false;
    bool m_broad = false; // a search that may match much of the township, see fetch()
    mutable qint64 m_count = -1;
    mutable QString m_error;
};
