#include "DemoCheckpoints.h"

#include "SyntheticPeople.h"

#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace DemoCheckpoints {

namespace {

struct Passer
{
    QString name;
    QString idNumber;
    QString phone;
};

const QStringList plateLetters = { u"B"_s, u"B"_s, u"B"_s, u"U"_s, u"A"_s, u"F"_s };
const QStringList reasons
    = { u"上班"_s, u"返乡"_s, u"就医"_s, u"运送物资"_s, u"购买生活用品"_s, u"探亲"_s };
const QStringList staff = { u"王建国"_s, u"李红梅"_s, u"张志强"_s, u"刘海燕"_s, u"陈立新"_s,
    u"杨春花"_s, u"赵永刚"_s, u"孙丽娟"_s, u"周文斌"_s, u"吴秀兰"_s, u"郑国庆"_s, u"何桂英"_s };
const QStringList roles
    = { u"cadre"_s, u"party_member"_s, u"grid_worker"_s, u"volunteer"_s, u"police"_s };

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

    QList<QPair<QString, QString>> villages; // id, name
    QList<Passer> passers;
    {
        QSqlQuery q(store.db());
        q.setForwardOnly(true);
        if (!q.exec(
                u"SELECT id, name FROM regions WHERE level = 2 AND deleted = 0 ORDER BY code LIMIT 3"_s))
            return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
        while (q.next())
            villages.append({ q.value(0).toString(), q.value(1).toString() });
        if (!q.exec(
                u"SELECT name, id_number, phone FROM persons WHERE deleted = 0 AND id_number <> '' "
                "ORDER BY rowid"_s))
            return R::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
        while (q.next())
            passers.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    }
    if (villages.isEmpty() || passers.isEmpty())
        return summary;

    SqliteStatement insertCheckpoint(db,
        "INSERT INTO checkpoints (id, name, kind, region_id, location, "
        "updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, :owner)");
    insertCheckpoint.bindToEveryRow(":owner", owner);
    SqliteStatement insertShift(db,
        "INSERT INTO duty_shifts (id, checkpoint_id, duty_on, from_hour, to_hour, "
        "staff_name, role, phone, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertShift.bindToEveryRow(":owner", owner);
    SqliteStatement insertEntry(db,
        "INSERT INTO checkpoint_entries (id, checkpoint_id, entered_at, direction, "
        "person_name, id_number, phone, plate, temperature, health_code, came_from, "
        "reason, disinfected, permit_number, outcome, recorded_by, updated_hlc, origin, owner_unit) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertEntry.bindToEveryRow(":owner", owner);

    struct Site
    {
        QString id;
        QString name;
        QString kind;
        QString villageId;
    };
    const auto village = [&](int i) { return villages[i % villages.size()]; };
    const QList<Site> sites = {
        { SyncedRows::newId(), village(0).second + u"路口卡口"_s, u"road_exit"_s,
            village(0).first },
        { SyncedRows::newId(), village(1).second + u"国道出口卡口"_s, u"road_exit"_s,
            village(1).first },
        { SyncedRows::newId(), village(2).second + u"村口卡口"_s, u"village_gate"_s,
            village(2).first },
        { SyncedRows::newId(), u"镇政府家属院门口"_s, u"compound_gate"_s, village(0).first },
    };
    for (const Site &s : sites) {
        if (!(SqliteRow(insertCheckpoint)
                << s.id << s.name << s.kind << s.villageId << u""_s << hlc() << origin)
                 .run())
            return failed(insertCheckpoint);
        ++summary.checkpoints;
    }

    // Three periods a day, two on duty in each; this morning's first period at the compound gate
    // was never filled.
    const QList<QPair<int, int>> periods = { { 0, 8 }, { 8, 16 }, { 16, 24 } };
    for (int d = 9; d >= 0; --d) {
        const QString day = today.addDays(-d).toString(Qt::ISODate);
        for (qsizetype s = 0; s < sites.size(); ++s) {
            for (const auto &[from, to] : periods) {
                if (d == 0 && s == 3 && from == 0)
                    continue;
                for (int k = 0; k < 2; ++k) {
                    const QString &role = k == 0 ? roles[0] : people.pick(roles);
                    if (!(SqliteRow(insertShift) << SyncedRows::newId() << sites[s].id << day
                                                 << qint64(from) << qint64(to) << people.pick(staff)
                                                 << role << people.mobile() << hlc() << origin)
                             .run())
                        return failed(insertShift);
                    ++summary.shifts;
                }
            }
        }
    }

    // About one passage a day for every fifty residents, more by day than by night.
    const qint64 perDay = std::max<qint64>(20, passers.size() / 50);
    const QDateTime now = QDateTime::currentDateTime();
    for (int d = 9; d >= 0; --d) {
        const QDate day = today.addDays(-d);
        for (qint64 i = 0; i < perDay; ++i) {
            const int hour = people.chance(0.85) ? 6 + people.below(14) : people.below(24);
            const QDateTime at(day, QTime(hour, people.below(60), people.below(60)));
            if (d == 0 && at > now)
                continue;
            const Site &site = sites[people.below(int(sites.size()))];
            const bool vehicle = site.kind == "road_exit"_L1 && people.chance(0.4);
            const Passer &p = people.pick(passers);
            const QString plate = vehicle
                ? u"鲁"_s + people.pick(plateLetters) + QString::number(10000 + people.below(90000))
                : QString(u""_s);
            int tenths = 360 + people.below(12);
            QString code = u"green"_s;
            QString outcome = u"let_through"_s;
            QString cameFrom = people.chance(0.7) ? u""_s : people.origin();
            const double roll = people.below(1000) / 1000.0;
            if (roll < 0.005) {
                tenths = 373 + people.below(15);
                outcome = u"turned_back"_s;
            } else if (roll < 0.015) {
                code = u"yellow"_s;
                outcome = u"turned_back"_s;
            } else if (roll < 0.017) {
                code = u"red"_s;
                outcome = u"sent_to_isolation"_s;
            } else if (roll < 0.04) {
                outcome = u"turned_back"_s; // no reason to pass (劝返)
            }
            if (!(SqliteRow(insertEntry)
                    << SyncedRows::newId() << site.id << at.toString(Qt::ISODate)
                    << (people.chance(0.5) ? u"in"_s : u"out"_s) << p.name << p.idNumber << p.phone
                    << plate << QString::number(tenths / 10.0, 'f', 1) << code << cameFrom
                    << people.pick(reasons) << qint64(vehicle ? 1 : 0) << u""_s << outcome
                    << people.pick(staff) << hlc() << origin)
                     .run())
                return failed(insertEntry);
            ++summary.entries;
        }
    }
    return summary;
}

} // namespace DemoCheckpoints
