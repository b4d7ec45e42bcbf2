#include "Transaction.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Transaction::Transaction(Store &store) : m_store(store)
{
    QSqlQuery q(m_store.db());
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
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
    if (!q.exec(u"COMMIT"_s)) {
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
    q.exec(u"ROLLBACK"_s);
    m_active = false;
}
