#include "Transaction.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Transaction::Transaction(Store &store) : m_store(store)
{
    static int depth = 0;
    QSqlQuery q(m_store.db());
    if (!sqlite3_get_autocommit(m_store.handle()))
        m_savepoint = u"tl_step_%1"_s.arg(++depth);
    m_active = q.exec(m_savepoint.isEmpty() ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + m_savepoint);
    if (!m_active)
        m_error = Store::tr("Cannot start a change: %1").arg(q.lastError().text());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Result<void>::failure(m_error);
    QSqlQuery q(m_store.db());
    if (!q.exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint)) {
        const QString message = Store::tr("Cannot save the change: %1").arg(q.lastError().text());
        rollback();
        return Result<void>::failure(message);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_store.db());
    if (m_savepoint.isEmpty()) {
        q.exec(u"ROLLBACK"_s);
    } else {
        q.exec(u"ROLLBACK TO "_s + m_savepoint);
        q.exec(u"RELEASE "_s + m_savepoint);
    }
    m_active = false;
}
