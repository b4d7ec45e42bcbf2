#include "DemoTownship.h"

#include "SyntheticPeople.h"

#include "../people/PersonSearch.h"
#include "../regions/RegionRepository.h"
#include "../regions/UnitSetup.h"
#include "../store/AuditLog.h"
#include "../store/BulkLoad.h"
#include "../store/InstanceSettings.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QScopeGuard>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString directions = u"东西南北前后上下大小"_s;
const QString villageEnds = u"庄村屯洼营"_s;
const QStringList groupNumbers = { u"一"_s, u"二"_s, u"三"_s, u"四"_s };

struct Grid
{
    QString id;
    QString villageName;
    QString groupName;
};

} // namespace

QString DemoTownship::unitCode()
{
    return u"370285199000"_s;
}

QString DemoTownship::unitName()
{
    // Data, not interface text: the township's own name stays Chinese in every UI language.
    return u"清河镇"_s;
}

Result<DemoTownship::Summary> DemoTownship::generate(Store &store, const Options &options,
                                                     const Progress &progress)
{
    using R = Result<Summary>;
    if (options.persons < 1)
        return R::failure(tr("The demo township needs at least one person."));
    SyntheticPeople people(options.seed);
    Summary summary;

    // The setup too runs inside the one transaction, so that a cancelled or failed demo leaves a
    // new store free to be set up; the instance id the setup gave the store is then taken back.
    const auto reloadInstanceId = qScopeGuard([&store] { store.reloadInstanceId(); });
    Transaction transaction(store);
    if (!transaction.isActive())
        return R::failure(transaction.error());

    if (!InstanceSettings::load(store).isSetUp()) {
        const int count = int(std::clamp<qint64>(options.persons / 3000, 3, 300));
        QList<UnitSetup::Village> villages;
        QSet<QString> names;
        while (villages.size() < count) {
            QString name = directions.mid(people.below(int(directions.size())), 1) + people.surname()
                    + u"家"_s + villageEnds.mid(people.below(int(villageEnds.size())), 1);
            if (names.contains(name))
                continue;
            names.insert(name);
            villages.append({ unitCode().left(9) + u"%1"_s.arg(villages.size() + 1, 3, 10, QLatin1Char('0')), name });
        }
        if (auto r = UnitSetup::setUpTownship(store, unitCode(), unitName(), villages); !r)
            return R::failure(r.error());
    }

    {
        QSqlQuery q(store.db());
        if (q.exec(u"SELECT count(*) FROM persons"_s) && q.next() && q.value(0).toLongLong() > 0)
            return R::failure(tr("The store already holds persons: a demo township can only be made in an empty store."));
    }

    RegionRepository regions(store);
    // Synthetic people must never carry a real person's number: their region digits start with
    // 99, which is no province, and go on with the county's own digits.
    const QString idPrefix = u"99"_s + InstanceSettings::load(store).unitCode.mid(2, 4);
    const QString origin = store.instanceId();

    const qint64 lastRowid = PersonSearch::lastPersonRowid(store);
    BulkLoad bulk(store, { u"households"_s, u"persons"_s, u"screening_visits"_s,
                            u"health_checks"_s, u"samples"_s });
    if (!bulk.error().isEmpty())
        return R::failure(bulk.error());
    sqlite3 *db = store.handle();
    SqliteStatement insertRegion(db, "INSERT INTO regions (id, code, name, level, parent_id, "
                                     "updated_hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertHousehold(db, "INSERT INTO households (id, region_id, address, "
                                        "head_person_id, phone, household_type, updated_hlc, origin) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertPerson(db, "INSERT INTO persons (id, household_id, region_id, name, "
                                     "id_number, phone, gender, birth_date, residence_type, returnee, "
                                     "returnee_origin, arrived_on, risk_area, close_contact, "
                                     "special_group, updated_hlc, origin) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement insertVisit(db, "INSERT INTO screening_visits (id, household_id, visited_on, "
                                    "visitor, result, updated_hlc, origin) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const QByteArray originUtf8 = origin.toUtf8();
    auto failed = [](const SqliteStatement &s) { return R::failure(Store::tr("Database error: %1").arg(s.error())); };

    // Groups and grids under every village (villages added by hand may already have some).
    QList<Grid> grids;
    const QList<Region> villages = regions.villages();
    summary.villages = int(villages.size());
    for (const Region &village : villages) {
        for (int g = 0; g < 3; ++g) {
            const QString groupId = SyncedRows::newId();
            const QString groupName = groupNumbers[g] + u"组"_s;
            const QString groupCode = village.code + u"%1"_s.arg(g + 1, 3, 10, QLatin1Char('0'));
            if (regions.byCode(groupCode).isValid())
                continue;
            insertRegion.bind(1, groupId);
            insertRegion.bind(2, groupCode);
            insertRegion.bind(3, groupName);
            insertRegion.bind(4, qint64(Region::Group));
            insertRegion.bind(5, village.id);
            insertRegion.bind(6, qint64(store.hlc().now()));
            insertRegion.bind(7, originUtf8);
            if (!insertRegion.run())
                return failed(insertRegion);
            for (int n = 0; n < 2; ++n) {
                const QString gridId = SyncedRows::newId();
                insertRegion.bind(1, gridId);
                insertRegion.bind(2, groupCode + u"%1"_s.arg(n + 1, 3, 10, QLatin1Char('0')));
                insertRegion.bind(3, tr("Grid %1").arg(n + 1));
                insertRegion.bind(4, qint64(Region::Grid));
                insertRegion.bind(5, groupId);
                insertRegion.bind(6, qint64(store.hlc().now()));
                insertRegion.bind(7, originUtf8);
                if (!insertRegion.run())
                    return failed(insertRegion);
                grids.append({ gridId, village.name, groupName });
            }
        }
    }
    if (grids.isEmpty())
        return R::failure(tr("The township has no villages to fill."));

    const int thisYear = options.today.year();
    auto birthDate = [&](int minAge, int maxAge) {
        const int age = minAge + people.below(std::max(1, maxAge - minAge + 1));
        return QDate(thisYear - age, 1, 1).addDays(people.below(365));
    };
    auto clampToday = [&](QDate d) { return d > options.today ? options.today.addDays(-people.below(300) - 1) : d; };

    // House numbers run per group, the part of the address above the grid.
    QHash<QString, int> houseNumbers;
    qint64 written = 0;
    while (written < options.persons) {
        const int gridIndex = people.below(int(grids.size()));
        const Grid &grid = grids[gridIndex];
        static constexpr int sizes[] = { 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6 };
        const int size = int(std::min<qint64>(people.pick(sizes), options.persons - written));
        const QString householdId = SyncedRows::newId();
        const QString surname = people.surname();
        const int headAge = size == 1 && people.chance(0.4) ? 66 + people.below(25) : 26 + people.below(55);

        struct Member
        {
            QString id, name, idNumber, phone, gender;
            QDate birth;
        };
        QList<Member> members;
        for (int m = 0; m < size; ++m) {
            Member member;
            member.id = SyncedRows::newId();
            bool male = people.chance(0.5);
            QString familyName = surname;
            if (m == 0) {
                member.birth = clampToday(birthDate(headAge, headAge));
            } else if (m == 1) {
                male = members[0].gender != "male"_L1;
                familyName = people.surname();
                member.birth = clampToday(birthDate(std::max(18, headAge - 5), headAge + 5));
            } else if (m == 5 || (m == 4 && people.chance(0.5))) {
                familyName = people.chance(0.5) ? surname : people.surname();
                member.birth = clampToday(birthDate(std::min(100, headAge + 22), std::min(100, headAge + 35)));
            } else {
                member.birth = clampToday(birthDate(std::max(0, headAge - 45), std::max(0, headAge - 20)));
            }
            member.gender = male ? u"male"_s : u"female"_s;
            member.name = familyName + people.givenName(male);
            // Children under 16 often have no card yet; everyone here has a number, as in 户籍.
            member.idNumber = people.idNumber(idPrefix, member.birth, male);
            const int age = thisYear - member.birth.year();
            if (age >= 16 && age <= 75 && people.chance(0.85))
                member.phone = people.mobile();
            members.append(member);
        }

        const QString street = grid.villageName + grid.groupName;
        const QString address = street + tr("No. %1").arg(++houseNumbers[street]);
        insertHousehold.bind(1, householdId);
        insertHousehold.bind(2, grid.id);
        insertHousehold.bind(3, address);
        insertHousehold.bind(4, members[0].id);
        insertHousehold.bind(5, members[0].phone);
        insertHousehold.bind(6, QByteArrayLiteral("family"));
        insertHousehold.bind(7, qint64(store.hlc().now()));
        insertHousehold.bind(8, originUtf8);
        if (!insertHousehold.run())
            return failed(insertHousehold);
        ++summary.households;

        for (const Member &member : members) {
            static constexpr const char *residence[] = { "registered", "registered", "registered",
                                                         "registered", "registered", "registered",
                                                         "registered", "registered", "registered",
                                                         "registered", "registered", "registered",
                                                         "registered", "registered", "registered",
                                                         "registered", "habitual", "habitual",
                                                         "migrant_worker", "stranded" };
            const int age = thisYear - member.birth.year();
            const bool returnee = age >= 16 && people.chance(0.05);
            QString specialGroup;
            if (size == 1 && age >= 70)
                specialGroup = u"elderly_alone"_s;
            else if (people.chance(0.015))
                specialGroup = u"disabled"_s;
            else if (member.gender == "female"_L1 && age >= 20 && age <= 40 && people.chance(0.03))
                specialGroup = u"pregnant"_s;
            else if (age >= 50 && people.chance(0.03))
                specialGroup = u"chronically_ill"_s;

            insertPerson.bind(1, member.id);
            insertPerson.bind(2, householdId);
            insertPerson.bind(3, grid.id);
            insertPerson.bind(4, member.name);
            insertPerson.bind(5, member.idNumber);
            insertPerson.bind(6, member.phone);
            insertPerson.bind(7, member.gender);
            insertPerson.bind(8, member.birth.toString(Qt::ISODate));
            insertPerson.bind(9, QByteArray(people.pick(residence)));
            insertPerson.bind(10, qint64(returnee));
            insertPerson.bind(11, returnee ? people.origin() : QString());
            insertPerson.bind(12, returnee ? options.today.addDays(-people.below(21)).toString(Qt::ISODate) : QString());
            insertPerson.bind(13, qint64(returnee && people.chance(0.25)));
            insertPerson.bind(14, qint64(people.chance(0.003)));
            insertPerson.bind(15, specialGroup);
            insertPerson.bind(16, qint64(store.hlc().now()));
            insertPerson.bind(17, originUtf8);
            if (!insertPerson.run())
                return failed(insertPerson);
            ++written;
            if (progress && written % 1000 == 0 && !progress(written, options.persons))
                return R::failure(tr("Cancelled: the store is unchanged."));
        }

        // Most households have had a door-to-door visit in the last two weeks; not all: 不漏一户
        // is the goal the coverage view measures.
        if (people.chance(0.88)) {
            insertVisit.bind(1, SyncedRows::newId());
            insertVisit.bind(2, householdId);
            insertVisit.bind(3, options.today.addDays(-people.below(14)).toString(Qt::ISODate));
            insertVisit.bind(4, surname == u"王"_s ? u"李建国"_s : u"王建国"_s);
            static constexpr const char *results[] = { "all_present", "all_present", "all_present",
                                                       "all_present", "some_away", "nobody_home" };
            insertVisit.bind(5, QByteArray(people.pick(results)));
            insertVisit.bind(6, qint64(store.hlc().now()));
            insertVisit.bind(7, originUtf8);
            if (!insertVisit.run())
                return failed(insertVisit);
            ++summary.visits;
        }
    }
    summary.persons = written;

    if (auto r = PersonSearch::indexPersonsAfter(store, lastRowid); !r)
        return R::failure(r.error());
    if (options.controlWork) {
        auto work = DemoControlWork::generate(store, people, options.today);
        if (!work)
            return R::failure(work.error());
        summary.controlWork = work.value();
        auto checkpoints = DemoCheckpoints::generate(store, people, options.today);
        if (!checkpoints)
            return R::failure(checkpoints.error());
        summary.checkpoints = checkpoints.value();
        auto supervision = DemoSupervision::generate(store, options.today);
        if (!supervision)
            return R::failure(supervision.error());
        summary.supervision = supervision.value();
    }
    if (auto r = bulk.finish(); !r)
        return R::failure(r.error());
    if (auto r = AuditLog::append(store, u"persons"_s, u"*"_s, AuditLog::Action::Bulk, {},
                                  { { u"demo_persons"_s, written }, { u"seed"_s, options.seed } });
        !r)
        return R::failure(r.error());
    if (auto r = transaction.commit(); !r)
        return R::failure(r.error());
    if (progress)
        progress(written, options.persons);
    return summary;
}
