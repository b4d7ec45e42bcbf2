#include "IntegrityCheck.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QStringList IntegrityCheck::run(Store &store)
{
    QStringList problems;
    QSqlQuery q(store.db());

    if (store.schemaVersion() != Store::latestSchemaVersion())
        problems << tr("The schema version is %1, expected %2.")
                            .arg(store.schemaVersion())
                            .arg(Store::latestSchemaVersion());

    if (q.exec(u"PRAGMA integrity_check"_s)) {
        while (q.next()) {
            if (q.value(0).toString() != "ok"_L1)
                problems << tr("SQLite reports: %1").arg(q.value(0).toString());
        }
    } else {
        problems << tr("The integrity check could not run: %1").arg(q.lastError().text());
    }

    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next())
            problems << tr("A row of %1 refers to a missing row of %2.")
                                .arg(q.value(0).toString(), q.value(2).toString());
    }

    if (!q.exec(u"INSERT INTO person_search (person_search) VALUES ('integrity-check')"_s))
        problems << tr("The search index is damaged: %1").arg(q.lastError().text());

    if (q.exec(u"SELECT (SELECT count(*) FROM persons WHERE deleted = 0), "
               "(SELECT count(*) FROM person_search)"_s)
        && q.next() && q.value(0).toLongLong() != q.value(1).toLongLong()) {
        problems << tr("The search index holds %1 persons but the store has %2.")
                            .arg(q.value(1).toLongLong())
                            .arg(q.value(0).toLongLong());
    }

    if (q.exec(u"SELECT count(*) FROM settings WHERE key IN ('instance_id', 'unit_code')"_s)
        && q.next() && q.value(0).toInt() != 2)
        problems << tr("The unit has not been set up.");
    return problems;
}
