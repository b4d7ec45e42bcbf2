#include "KnownToSeveralUnits.h"

#include "VerificationTaskRepository.h"

#include "../people/IdNumber.h"
#include "../people/PhoneNumber.h"
#include "../store/Rights.h"
#include "../store/Store.h"
#include "../store/Transaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Grouped on the index persons_id_number (id_number, owner_unit), which holds one entry per
// township and ID number: a scan of that index alone, in ID-number order, with no sort. SQLite
// 3.40 reports it as USING INDEX rather than COVERING because `deleted` is not an indexed
// column, but the partial index's own WHERE settles that term and no table row is read.
// The ID numbers noted as shared that are still kept by more than one township.
const QString sharedIdNumbers
    = u"SELECT s.id_number, (SELECT count(*) FROM persons k WHERE k.id_number = s.id_number "
      "AND k.deleted = 0 AND k.id_number <> '') AS keepers FROM shared_id_numbers s "
      "WHERE keepers > 1"_s;

// Each township's row: its township by the region of its code, or by the name its installation
// gave when it was trusted; the village the person's place lies in; the latest measure.
const QString rowColumns
    = u"SELECT p.id_number, p.owner_unit, coalesce(t.name, (SELECT e.unit_name "
      "FROM exchange_peers e WHERE e.unit_code = p.owner_unit ORDER BY e.received_at DESC "
      "LIMIT 1), ''), p.id, p.name, p.phone, coalesce(v.name, ''), coalesce(m.kind, ''), "
      "coalesce(m.started_on, ''), coalesce(m.released_on, '') "_s;
const QString rowJoins
    = u"LEFT JOIN regions t ON t.code = p.owner_unit AND t.level = 1 AND t.deleted = 0 "
      "LEFT JOIN regions r ON r.id = p.region_id "
      "LEFT JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.deleted = 0 "
      "LEFT JOIN control_measures m ON m.id = (SELECT x.id FROM control_measures x "
      "WHERE x.person_id = p.id AND x.deleted = 0 "
      "ORDER BY x.started_on DESC, x.updated_hlc DESC LIMIT 1) "_s;

// Rows in ID-number order; position counts the ID numbers from first.
QList<KnownToSeveralUnits::Row> rowsFrom(QSqlQuery &q, qint64 first, bool fullData)
{
    QList<KnownToSeveralUnits::Row> rows;
    qint64 position = first - 1;
    QString previous;
    while (q.next()) {
        KnownToSeveralUnits::Row row;
        const QString idNumber = q.value(0).toString();
        if (idNumber != previous)
            ++position;
        previous = idNumber;
        row.position = position;
        row.idNumber = fullData ? idNumber : IdNumber::masked(idNumber);
        row.township = q.value(1).toString();
        row.townshipName = q.value(2).toString();
        row.personId = q.value(3).toString();
        row.name = q.value(4).toString();
        row.phone = fullData ? q.value(5).toString() : PhoneNumber::masked(q.value(5).toString());
        row.village = q.value(6).toString();
        row.measureKind = q.value(7).toString();
        row.measureStartedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        row.measureReleased = !q.value(9).toString().isEmpty();
        rows.append(row);
    }
    return rows;
}

// Both counts in whole sentences, so that a second send the same day says why nothing was made.
QString described(const KnownToSeveralUnits::Sent &sent)
{
    if (sent.made == 0 && sent.alreadySent == 0)
        return KnownToSeveralUnits::tr("No ID number is kept by two or more townships: no task "
                                       "was given.");
    QStringList said;
    if (sent.made > 0)
        said << KnownToSeveralUnits::tr("%n verification task(s) given.", nullptr, sent.made);
    if (sent.alreadySent > 0)
        said << KnownToSeveralUnits::tr("%n township(s) had been given the task today already "
                                        "and were not given it again.",
            nullptr, sent.alreadySent);
    return said.join(u' ');
}

// "unit id_number" of each task given on that day, read once: looking each ID number up would
// scan the tasks each time, since they have no index by ID number.
QSet<QString> givenOn(Store &store, QDate day)
{
    QSet<QString> given;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT for_unit, id_number FROM verification_tasks "
              "WHERE deleted = 0 AND issued_on = ? AND id_number <> ''"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    q.exec();
    while (q.next())
        given.insert(q.value(0).toString() + u' ' + q.value(1).toString());
    return given;
}

QString label(const KnownToSeveralUnits::Row &row)
{
    return row.townshipName.isEmpty() ? row.township : row.township + u' ' + row.townshipName;
}

} // namespace

Result<void> KnownToSeveralUnits::notice(Store &store, const QString &schema)
{
    QSqlQuery q(store.db());
    if (!q.exec(u"INSERT OR IGNORE INTO main.shared_id_numbers SELECT DISTINCT p.id_number "
                "FROM \"%1\".persons p JOIN main.persons m ON m.id_number = p.id_number "
                "AND m.owner_unit <> p.owner_unit AND m.deleted = 0 AND m.id_number <> '' "
                "WHERE p.deleted = 0 AND p.id_number <> ''"_s.arg(schema)))
        return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
    return {};
}

QString KnownToSeveralUnits::countSql()
{
    return u"SELECT count(*), coalesce(sum(keepers), 0) FROM (%1)"_s.arg(sharedIdNumbers);
}

QString KnownToSeveralUnits::pageSql()
{
    return u"WITH shared AS (%1 ORDER BY id_number LIMIT ? OFFSET ?) "_s.arg(sharedIdNumbers)
        + rowColumns
        // CROSS JOIN keeps the page's numbers outside: the persons are looked up for them, never
        // scanned in order.
        + u"FROM shared s CROSS JOIN persons p ON p.id_number = s.id_number AND p.deleted = 0 "
          "AND p.id_number <> '' "_s
        + rowJoins + u"ORDER BY p.id_number, p.owner_unit"_s;
}

KnownToSeveralUnits::Count KnownToSeveralUnits::count() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(countSql()) || !q.next())
        return {};
    return { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

QList<KnownToSeveralUnits::Row> KnownToSeveralUnits::list(
    qint64 offset, int limit, bool fullData) const
{
    QSqlQuery q(m_store.db());
    q.prepare(pageSql());
    q.addBindValue(limit);
    q.addBindValue(offset);
    q.exec();
    // Whole numbers only for those who may see them.
    return rowsFrom(q, offset, fullData && Rights::allows(m_store.user().role, Right::SeeFullData));
}

Result<KnownToSeveralUnits::Sent> KnownToSeveralUnits::sendTasks(
    const QString &idNumber, QDate dueOn, QDate today)
{
    using R = Result<Sent>;
    if (!dueOn.isValid() || dueOn < today)
        return R::failure(tr("The deadline must be today or later."));
    auto id = IdNumber::parse(idNumber, today);
    if (!id)
        return R::failure(id.error());
    QSqlQuery q(m_store.db());
    q.prepare(rowColumns + u"FROM persons p "_s + rowJoins
        + u"WHERE p.deleted = 0 AND p.id_number = ? ORDER BY p.owner_unit"_s);
    q.addBindValue(id->text());
    q.exec();
    const QList<Row> rows = rowsFrom(q, 0, true);
    if (rows.size() < 2)
        return R::failure(tr("The ID number %1 is not kept by two or more townships.")
                              .arg(IdNumber::masked(id->text())));

    Sent sent;
    Transaction tx(m_store);
    if (auto r = send(rows, dueOn, today, givenOn(m_store, today), sent); !r)
        return R::failure(r.error());
    if (auto r = tx.commit(); !r)
        return R::failure(r.error());
    sent.message = described(sent);
    return sent;
}

Result<KnownToSeveralUnits::Sent> KnownToSeveralUnits::sendAllTasks(QDate dueOn, QDate today)
{
    using R = Result<Sent>;
    if (!dueOn.isValid() || dueOn < today)
        return R::failure(tr("The deadline must be today or later."));
    const QSet<QString> givenToday = givenOn(m_store, today);
    Sent sent;
    Transaction tx(m_store);
    constexpr int pageSize = 500;
    for (qint64 offset = 0;; offset += pageSize) {
        const QList<Row> rows = list(offset, pageSize, true);
        if (rows.isEmpty())
            break;
        for (qsizetype first = 0; first < rows.size();) {
            qsizetype end = first + 1;
            while (end < rows.size() && rows[end].position == rows[first].position)
                ++end;
            if (auto r = send(rows.mid(first, end - first), dueOn, today, givenToday, sent); !r)
                return R::failure(r.error());
            first = end;
        }
    }
    if (auto r = tx.commit(); !r)
        return R::failure(r.error());
    sent.message = described(sent);
    return sent;
}

Result<void> KnownToSeveralUnits::send(
    const QList<Row> &rows, QDate dueOn, QDate today, const QSet<QString> &givenToday, Sent &sent)
{
    VerificationTaskRepository tasks(m_store);
    for (const Row &row : rows) {
        if (givenToday.contains(row.township + u' ' + row.idNumber)) {
            ++sent.alreadySent;
            continue;
        }
        QStringList others;
        for (const Row &other : rows) {
            if (other.township != row.township)
                others << label(other);
        }
        VerificationTask task;
        task.forUnit = row.township;
        task.personName = row.name;
        task.idNumber = row.idNumber;
        task.phone = row.phone;
        task.reason = tr("The same ID number is also registered in %1: find out where the person "
                         "lives now.")
                          .arg(QLocale().createSeparatedList(others));
        task.issuedOn = today;
        task.dueOn = dueOn;
        if (auto added = tasks.add(task, today); !added)
            return Result<void>::failure(added.error());
        ++sent.made;
    }
    return {};
}
