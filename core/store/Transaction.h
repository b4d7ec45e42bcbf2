#pragma once

#include "Result.h"

class Store;

// A write transaction (BEGIN IMMEDIATE, so two writers queue rather than deadlock). Rolls back
// when it goes out of scope without commit(): an early return leaves the store as it was.
// Inside another Transaction it is a savepoint, so an operation that is whole on its own (adding
// a region) can also be one step of a larger one (setting up a township).
class Transaction
{
public:
    explicit Transaction(Store &store);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Result<void> commit();
    void rollback();

private:
    Store &m_store;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    QString m_error;
};
