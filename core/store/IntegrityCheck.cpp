#include "IntegrityCheck.h"

#include "AuditLog.h"

#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The number of rows a contentless FTS5 table holds. Such a table cannot be scanned (count(*)
// fails), but FTS5 keeps the total in its averages record, row 1 of the %_data table, as the
// first varint (SQLite's encoding: 7 bits a byte, high bit set while more follow, 8 in a 9th).
// The record is written when a transaction commits. -1 when it cannot be read.
qint64 ftsRowCount(QSqlQuery &q, const QString &table)
{
    if (!q.exec(u"SELECT block FROM %1_data WHERE id = 1"_s.arg(table)) || !q.next())
        return -1;
    const QByteArray block = q.value(0).toByteArray();
    quint64 value = 0;
    for (qsizetype i = 0; i < block.size() && i < 9; ++i) {
        const auto byte = quint8(block[i]);
        if (i == 8)
            return qint64((value << 8) | byte);
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            break;
    }
    return qint64(value);
}

} // namespace

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

    if (q.exec(u"SELECT count(*) FROM persons WHERE deleted = 0"_s) && q.next()) {
        const qint64 persons = q.value(0).toLongLong();
        const qint64 indexed = ftsRowCount(q, u"person_search"_s);
        if (indexed != persons)
            problems << tr("The search index holds %1 persons but the store has %2.")
                                .arg(indexed)
                                .arg(persons);
    }

    if (!q.exec(u"INSERT INTO household_search (household_search) VALUES ('integrity-check')"_s))
        problems << tr("The address search index is damaged: %1").arg(q.lastError().text());
    if (q.exec(u"SELECT count(*) FROM households WHERE deleted = 0"_s) && q.next()) {
        const qint64 households = q.value(0).toLongLong();
        const qint64 indexed = ftsRowCount(q, u"household_search"_s);
        if (indexed != households)
            problems << tr("The address search index holds %1 households but the store has %2.")
                                .arg(indexed)
                                .arg(households);
    }

    if (q.exec(u"SELECT count(*) FROM settings WHERE key IN ('instance_id', 'unit_code')"_s)
        && q.next() && q.value(0).toInt() != 2)
        problems << tr("The unit has not been set up.");
    problems << AuditLog::verify(store);
    return problems;
}
