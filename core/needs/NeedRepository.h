#pragma once

#include "NeedRecord.h"

#include "../store/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Store;

// Reads and writes the special-needs register. A person's need is accepted only for a person in
// a special group; a household's need for any live household. Every write runs in its own
// transaction and is audited.
class NeedRepository
{
    Q_DECLARE_TR_FUNCTIONS(NeedRepository)

public:
    // A need with who it is for: personName is the person, or for a household its head.
    struct Row
    {
        NeedRecord record;
        QString personName;
        QString address;
        QString villageName;
    };

    explicit NeedRepository(Store &store)
        : m_store(store)
    { }

    // The record as it will be stored, or the first thing wrong with it.
    Result<NeedRecord> check(const NeedRecord &record, QDate today = QDate::currentDate()) const;
    Result<QString> add(const NeedRecord &record, QDate today = QDate::currentDate());
    // Whether the open need can be marked met on that day by that person.
    Result<void> checkMet(const QString &id, QDate metOn, const QString &metBy,
        QDate today = QDate::currentDate()) const;
    Result<void> markMet(
        const QString &id, QDate metOn, const QString &metBy, QDate today = QDate::currentDate());
    NeedRecord byId(const QString &id) const;

    // Open needs first, the oldest request first; then met needs, the latest met first.
    int count(const QString &villageId = {}) const;
    QList<Row> list(const QString &villageId = {}, int offset = 0, int limit = 200) const;

private:
    Store &m_store;
};
