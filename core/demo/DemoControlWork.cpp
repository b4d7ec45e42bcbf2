#include "DemoControlWork.h"

#include "SyntheticPeople.h"

#include "../measures/PolicyValues.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace DemoControlWork {

namespace {

struct Candidate
{
    QString id;
    QString householdId;
    QString villageId;
    bool returnee = false;
    bool closeContact = false;
    bool specialGroup = false;
};

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<Summary> generate(Store &store, SyntheticPeople &people, QDate today)
{
    using R = Result<Summary>;
    Summary summary;
    sqlite3 *db = store.handle();
    const QString origin = store.instanceId();
    const QByteArray owner = store.unitCode().toUtf8();
    auto hlc = [&store] { return qint64(store.hlc().now()); };
    auto failed = [](const SqliteStatement &s) {
        return R::failure(Store::tr("Database error: %1").arg(s.error()));
    };

    // Everyone, with the village each lives in; read once, chosen from by the seeded generator so
    // that the same seed gives the same control work.
    QList<Candidate> persons;
    QList<QString> villageIds;
    {
        QSqlQuery q(store.db());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT p.id, p.household_id, v.id, p.returnee, p.close_contact, p.special_group <> '' "
                    "FROM persons p JOIN regions r ON r.id = p.region_id "
                    "JOIN regions v ON v.code = substr(r.code, 1, 12) AND v.level = 2 AND v.deleted = 0 "
                    "WHERE p.deleted = 0 ORDER BY p.rowid"_s))
            return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
        while (q.next())
            persons.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toBool(), q.value(4).toBool(), q.value(5).toBool() });
        if (!q.exec(u"SELECT id FROM regions WHERE level = 2 AND deleted = 0 ORDER BY code"_s))
            return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
        while (q.next())
            villageIds.append(q.value(0).toString());
    }
    if (persons.isEmpty())
        return summary;

    SqliteStatement insertSite(db, "INSERT INTO isolation_sites (id, name, address, capacity, status, "
                                   "phone, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertSite.bindToEveryRow(":owner", owner);
    SqliteStatement insertMeasure(db, "INSERT INTO control_measures (id, person_id, kind, site_id, "
                                      "started_on, planned_end_on, released_on, release_reason, "
                                      "card_posted, agreement_signed, camera_installed, updated_hlc, origin, owner_unit) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertMeasure.bindToEveryRow(":owner", owner);
    SqliteStatement insertCadre(db, "INSERT INTO responsibilities (id, measure_id, cadre_name, role, "
                                    "phone, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, :owner)");
    insertCadre.bindToEveryRow(":owner", owner);
    SqliteStatement insertCheck(db, "INSERT INTO health_checks (id, person_id, checked_on, period, "
                                    "temperature, symptoms, taken_by, updated_hlc, origin, owner_unit) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertCheck.bindToEveryRow(":owner", owner);
    SqliteStatement insertRound(db, "INSERT INTO test_rounds (id, name, round_on, updated_hlc, origin, owner_unit) "
                                    "VALUES (?, ?, ?, ?, ?, :owner)");
    insertRound.bindToEveryRow(":owner", owner);
    SqliteStatement insertScope(db, "INSERT INTO test_round_villages (id, round_id, region_id, "
                                    "updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, :owner)");
    insertScope.bindToEveryRow(":owner", owner);
    SqliteStatement insertTestSite(db, "INSERT INTO test_sites (id, round_id, name, address, test_units, "
                                       "updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, :owner)");
    insertTestSite.bindToEveryRow(":owner", owner);
    SqliteStatement insertSample(db, "INSERT INTO samples (id, round_id, person_id, site_id, sampled_at, "
                                     "result, taken_by, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertSample.bindToEveryRow(":owner", owner);
    SqliteStatement insertNeed(db, "INSERT INTO need_records (id, person_id, household_id, need, detail, "
                                   "requested_on, met_on, met_by, updated_hlc, origin, owner_unit) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertNeed.bindToEveryRow(":owner", owner);

    // Names and places below are data, not interface text: they stay Chinese in every language.
    const qint64 population = persons.size();
    const QString siteInUse = SyncedRows::newId();
    const QString siteStandby = SyncedRows::newId();
    const qint64 capacity = std::max<qint64>(20, population / 1000 * 10);
    if (!(SqliteRow(insertSite) << siteInUse << u"镇卫生院隔离点"_s << u"清河镇卫生院后院"_s << capacity
                          << u"in_use"_s << people.mobile() << hlc() << origin).run())
        return failed(insertSite);
    if (!(SqliteRow(insertSite) << siteStandby << u"镇中学备用隔离点"_s << u"清河镇中学宿舍楼"_s << capacity
                          << u"standby"_s << people.mobile() << hlc() << origin).run())
        return failed(insertSite);

    // A pool of cadres, each responsible for several people, as in a real township.
    struct Cadre
    {
        QString name, role, phone;
    };
    static const QString roles[] = { u"township_cadre"_s, u"village_cadre"_s, u"village_doctor"_s,
                                     u"police_officer"_s, u"grid_worker"_s };
    QList<Cadre> cadres;
    const int cadreCount = int(std::clamp<qint64>(population / 400, 10, 400));
    for (int i = 0; i < cadreCount; ++i) {
        const bool male = people.chance(0.6);
        cadres.append({ people.surname() + people.givenName(male), roles[i % 5], people.mobile() });
    }

    // Measures: returnees from risk areas and close contacts first, then others, about one person
    // in two hundred. Start days spread so that some end today, some are overdue, some released.
    PolicyValues policy(store);
    const qint64 measureCount = std::max<qint64>(12, population / 200);
    qint64 centralRunning = 0;
    QList<QString> monitored; // persons under a running measure, for the health checks
    QList<int> returnees, contacts;
    for (int i = 0; i < population; ++i) {
        if (persons[i].closeContact)
            contacts.append(i);
        else if (persons[i].returnee)
            returnees.append(i);
    }
    QSet<int> chosen;
    for (qint64 i = 0; i < measureCount && chosen.size() < population; ++i) {
        // Close contacts go to central isolation, returnees home, and some others are monitored.
        const int roll = people.below(20);
        const QList<int> &pool = roll < 3 && !contacts.isEmpty() ? contacts
                : roll < 15 && !returnees.isEmpty()               ? returnees
                                                                   : QList<int>();
        const int index = pool.isEmpty() ? people.below(int(population)) : pool[people.below(int(pool.size()))];
        if (chosen.contains(index)) {
            --i;
            continue;
        }
        chosen.insert(index);
        const Candidate &p = persons[index];
        QString kind = p.closeContact ? u"central_isolation"_s
                                      : (p.returnee ? u"home_isolation"_s : u"home_monitoring"_s);
        if (kind == "central_isolation"_L1 && centralRunning >= capacity)
            kind = u"home_isolation"_s;
        const int days = policy.isolationDays(kind);
        // i % 10: 0 ends today, 1 is overdue, 2 was released, the rest run on.
        int startOffset = people.below(days);
        if (i % 10 == 0)
            startOffset = days - 1;
        else if (i % 10 == 1)
            startOffset = days + 1 + people.below(2);
        else if (i % 10 == 2)
            startOffset = days + 3;
        const QDate start = today.addDays(-startOffset);
        const QDate plannedEnd = start.addDays(days - 1);
        const bool released = i % 10 == 2;
        const QString measureId = SyncedRows::newId();
        SqliteRow row(insertMeasure);
        row << measureId << p.id << kind;
        if (kind == "central_isolation"_L1)
            row << siteInUse;
        else
            row.null();
        row << iso(start) << iso(plannedEnd) << (released ? iso(plannedEnd.addDays(1)) : QString())
            << (released ? u"期满解除，核酸阴性"_s : QString())
            << qint64(kind == "home_isolation"_L1 && people.chance(0.9))
            << qint64(kind == "home_isolation"_L1 && people.chance(0.85))
            << qint64(kind == "home_isolation"_L1 && people.chance(0.6)) << hlc() << origin;
        if (!row.run())
            return failed(insertMeasure);
        ++summary.measures;
        if (!released) {
            monitored.append(p.id);
            if (kind == "central_isolation"_L1)
                ++centralRunning;
        }
        // 五包一 for isolation, 三包一 for monitoring.
        const int cadresHere = kind == "home_monitoring"_L1 ? 3 : 5;
        const int first = people.below(int(cadres.size()));
        for (int c = 0; c < cadresHere; ++c) {
            // One cadre of each role, taken round-robin from the pool.
            const Cadre &cadre = cadres[(first - first % 5 + c) % cadres.size()];
            if (!(SqliteRow(insertCadre) << SyncedRows::newId() << measureId << cadre.name << cadre.role
                                   << cadre.phone << hlc() << origin).run())
                return failed(insertCadre);
        }
    }

    // A week of temperatures for everyone under a running measure, up to this morning; a few
    // fevers and a few missed checks for the day sheet to show.
    for (const QString &personId : std::as_const(monitored)) {
        for (int d = 6; d >= 0; --d) {
            for (const QString &period : { u"morning"_s, u"afternoon"_s }) {
                if (d == 0 && period == "afternoon"_L1)
                    continue;
                if (people.chance(0.03))
                    continue;
                const bool fever = people.chance(0.01);
                const int tenths = fever ? 373 + people.below(15) : 358 + people.below(14);
                if (!(SqliteRow(insertCheck) << SyncedRows::newId() << personId << iso(today.addDays(-d))
                                       << period << QString::number(tenths / 10.0, 'f', 1)
                                       << (fever ? u"乏力"_s : QString()) << u"村医"_s << hlc() << origin)
                             .run())
                    return failed(insertCheck);
                ++summary.healthChecks;
            }
        }
    }

    // Yesterday's round over every village, one site per village; about 3% not yet sampled.
    const QString roundId = SyncedRows::newId();
    const QDate roundOn = today.addDays(-1);
    if (!(SqliteRow(insertRound) << roundId << u"第%1轮全员核酸检测"_s.arg(3) << iso(roundOn) << hlc() << origin).run())
        return failed(insertRound);
    QHash<QString, QString> siteOfVillage;
    for (int v = 0; v < villageIds.size(); ++v) {
        if (!(SqliteRow(insertScope) << SyncedRows::newId() << roundId << villageIds[v] << hlc() << origin).run())
            return failed(insertScope);
        const QString siteId = SyncedRows::newId();
        siteOfVillage.insert(villageIds[v], siteId);
        if (!(SqliteRow(insertTestSite) << siteId << roundId << u"%1号采样点"_s.arg(v + 1)
                                  << u"村委会广场"_s << qint64(1 + people.below(3)) << hlc() << origin)
                     .run())
            return failed(insertTestSite);
    }
    for (const Candidate &p : std::as_const(persons)) {
        if (people.chance(0.03))
            continue;
        const QString at = iso(roundOn) + u"T%1:%2:00"_s.arg(7 + people.below(10), 2, 10, QLatin1Char('0'))
                                              .arg(people.below(60), 2, 10, QLatin1Char('0'));
        if (!(SqliteRow(insertSample) << SyncedRows::newId() << roundId << p.id << siteOfVillage.value(p.villageId)
                                << at << (people.chance(0.2) ? u"pending"_s : u"negative"_s)
                                << u"采样员"_s << hlc() << origin)
                     .run())
            return failed(insertSample);
        ++summary.samples;
    }

    // Needs of special-group people: about a third asked for something this fortnight, most met.
    static const QString needs[] = { u"medicine"_s, u"medicine"_s, u"food"_s, u"medical_visit"_s, u"other"_s };
    static const QString details[] = { u"降压药"_s, u"胰岛素"_s, u"米面油"_s, u"上门问诊"_s, u"代缴电费"_s };
    for (const Candidate &p : std::as_const(persons)) {
        if (!p.specialGroup || !people.chance(0.33))
            continue;
        const int n = people.below(5);
        const QDate requested = today.addDays(-people.below(14));
        const bool met = people.chance(0.7);
        const QDate metOn = std::min(today, requested.addDays(people.below(3)));
        if (!(SqliteRow(insertNeed) << SyncedRows::newId() << p.id << p.householdId << needs[n] << details[n]
                              << iso(requested) << (met ? iso(metOn) : QString())
                              << (met ? cadres[people.below(int(cadres.size()))].name : QString())
                              << hlc() << origin)
                     .run())
            return failed(insertNeed);
        ++summary.needs;
    }
    return summary;
}

} // namespace DemoControlWork
