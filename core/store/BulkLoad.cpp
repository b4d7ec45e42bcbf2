#include "BulkLoad.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

BulkLoad::BulkLoad(Store &store, const QStringList &tables) : m_store(store)
{
    QSqlQuery q(store.db());
    if (q.exec(u"PRAGMA cache_size"_s) && q.next())
        m_cacheSize = q.value(0).toString();
    q.exec(u"PRAGMA cache_size = -262144"_s);
    QList<QPair<QString, QString>> drops;
    for (const QString &table : tables) {
        // Automatic indexes (primary keys, UNIQUE constraints) have no SQL and stay.
        q.prepare(u"SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? "
                  "AND type IN ('index', 'trigger') AND sql IS NOT NULL"_s);
        q.addBindValue(table);
        q.exec();
        while (q.next()) {
            drops.append({ q.value(0).toString(), q.value(1).toString() });
            m_schema.append(q.value(2).toString());
        }
    }
    for (const auto &[type, name] : drops) {
        if (!q.exec(u"DROP %1 %2"_s.arg(type.toUpper(), name)))
            m_error = Store::tr("Database error: %1").arg(q.lastError().text());
    }
}

Result<void> BulkLoad::finish()
{
    if (!m_error.isEmpty())
        return Result<void>::failure(m_error);
    QSqlQuery q(m_store.db());
    for (const QString &sql : std::as_const(m_schema)) {
        if (!q.exec(sql))
            return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    }
    m_schema.clear();
    return {};
}

BulkLoad::~BulkLoad()
{
    QSqlQuery q(m_store.db());
    q.exec(u"PRAGMA cache_size = "_s + m_cacheSize);
}
