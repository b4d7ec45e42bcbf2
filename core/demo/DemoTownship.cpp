#include "DemoTownship.h"

#include "SyntheticPeople.h"

#include "../people/PersonSearch.h"
#include "../regions/RegionRepository.h"
#include "../regions/UnitSetup.h"
#include "../store/AuditLog.h"
#include "../store/BulkLoad.h"
#include "../store/InstanceSettings.h"
#include "../store/Rights.h"
#include "../store/SqliteStatement.h"
#include "../store/Store.h"
#include "../store/SyncedRows.h"
#include "../store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QWaitCondition>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString directions = u"东西南北前后上下大小"_s;
const QString villageEnds = u"庄村屯洼营"_s;
const QStringList groupNumbers = { u"一"_s, u"二"_s, u"三"_s, u"四"_s };

// "yyyy-MM-dd" without QDate::toString's general formatter: the demo writes one or two dates for
// every person.
QByteArray isoDate(QDate date)
{
    char text[16];
    const int size
        = std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QByteArray(text, size);
}

struct Grid
{
    QString id;
    QString villageName;
    QString groupName;
};

struct PersonRow
{
    QByteArray id, name, idNumber, phone, gender, birthDate, residenceType, returneeOrigin,
        arrivedOn, specialGroup, relationToHead;
    bool returnee = false;
    bool riskArea = false;
    bool closeContact = false;
};

// Households made ahead of the writer: every field in one buffer, so that neither thread
// allocates or frees for each field, read back in the order written. A household is its number
// of members and whether it was visited, its own fields (head's id and phone among them), each
// member's, then the visit's.
class RowBatch
{
public:
    void add(QByteArrayView text)
    {
        m_text.append(text);
        m_ends.append(m_text.size());
    }
    void add(qint64 number) { m_numbers.append(number); }
    bool isEmpty() const { return m_numbers.isEmpty(); }
    qsizetype households() const { return m_households; }
    void endHousehold() { ++m_households; }

    bool atEnd() const { return m_nextNumber == m_numbers.size(); }
    QByteArrayView text()
    {
        const qsizetype begin = m_nextText == 0 ? 0 : m_ends[m_nextText - 1];
        return QByteArrayView(m_text).sliced(begin, m_ends[m_nextText++] - begin);
    }
    qint64 number() { return m_numbers[m_nextNumber++]; }

private:
    QByteArray m_text;
    QList<qsizetype> m_ends;
    QList<qint64> m_numbers;
    qsizetype m_households = 0;
    qsizetype m_nextText = 0;
    qsizetype m_nextNumber = 0;
};

// Making a synthetic household (names, ID numbers, dates) costs about as much as writing it, so
// a second thread makes them while the store's thread writes: batches wait here, a few at most.
class HouseholdQueue
{
public:
    // False once the writer has stopped: the maker stops too.
    bool push(RowBatch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= 4 && !m_stopped)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_batches.append(std::move(batch));
        m_changed.wakeAll();
        return true;
    }
    // The next batch; empty when the maker has made everything.
    RowBatch pop()
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_finished)
            m_changed.wait(&m_mutex);
        if (m_batches.isEmpty())
            return {};
        RowBatch batch = m_batches.takeFirst();
        m_changed.wakeAll();
        return batch;
    }
    void finish()
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        m_changed.wakeAll();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_changed.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<RowBatch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

void makeHouseholds(SyntheticPeople &people, const QList<Grid> &grids, const QString &idPrefix,
    const QString &unit, const DemoTownship::Options &options, HouseholdQueue &queue)
{
    // The heads of the first households are commuters every demo township of the county knows
    // (one lives here and works there): the same ID numbers, on purpose, as in a real county.
    static constexpr int commuters = 3;
    const QString countyPrefix = u"99"_s + unit.mid(2, 4);
    int households = 0;
    const int thisYear = options.today.year();
    auto birthDate = [&](int minAge, int maxAge) {
        const int age = minAge + people.below(std::max(1, maxAge - minAge + 1));
        return QDate(thisYear - age, 1, 1).addDays(people.below(365));
    };
    auto clampToday = [&](QDate d) {
        return d > options.today ? options.today.addDays(-people.below(300) - 1) : d;
    };

    // House numbers run per group, the part of the address above the grid.
    QHash<QString, int> houseNumbers;
    QList<PersonRow> persons;
    QList<QDate> births;
    RowBatch batch;
    qint64 made = 0;
    while (made < options.persons) {
        const Grid &grid = grids[people.below(int(grids.size()))];
        static constexpr int sizes[]
            = { 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6 };
        const int size = int(std::min<qint64>(people.pick(sizes), options.persons - made));
        persons.clear();
        const QByteArray householdId = SyncedRows::newId().toLatin1();
        const QString surname = people.surname();
        const int headAge
            = size == 1 && people.chance(0.4) ? 66 + people.below(25) : 26 + people.below(55);

        births.clear();
        for (int m = 0; m < size; ++m) {
            PersonRow person;
            person.id = SyncedRows::newId().toLatin1();
            bool male = people.chance(0.5);
            QString familyName = surname;
            QDate birth;
            const bool commuter = m == 0 && households < commuters;
            if (commuter) {
                male = households != 1;
                birth = QDate(1975 + 7 * households, 3 + households, 10 + households);
            } else if (m == 0) {
                birth = clampToday(birthDate(headAge, headAge));
            } else if (m == 1) {
                person.relationToHead = "spouse";
                male = persons[0].gender != "male";
                familyName = people.surname();
                birth = clampToday(birthDate(std::max(18, headAge - 5), headAge + 5));
            } else if (m == 5 || (m == 4 && people.chance(0.5))) {
                person.relationToHead = "parent";
                familyName = people.chance(0.5) ? surname : people.surname();
                birth = clampToday(
                    birthDate(std::min(100, headAge + 22), std::min(100, headAge + 35)));
            } else {
                person.relationToHead = male ? "son" : "daughter";
                birth = clampToday(birthDate(std::max(0, headAge - 45), std::max(0, headAge - 20)));
            }
            person.gender = male ? QByteArrayLiteral("male") : QByteArrayLiteral("female");
            person.name = (familyName + people.givenName(male)).toUtf8();
            // Children under 16 often have no card yet; everyone here has a number, as in 户籍.
            person.idNumber = (commuter ? SyntheticPeople::idNumberOf(
                                              countyPrefix, birth, 2 * (15 + households) + int(male))
                                        : people.idNumber(idPrefix, birth, male))
                                  .toLatin1();
            person.birthDate = isoDate(birth);
            const int age = thisYear - birth.year();
            if (age >= 16 && age <= 75 && people.chance(0.85))
                person.phone = people.mobile().toLatin1();
            persons.append(person);
            births.append(birth);
        }

        const QString street = grid.villageName + grid.groupName;
        // Data, not interface text: the address reads the same in every UI language.
        const QByteArray address
            = (street + QString::number(++houseNumbers[street]) + u'号').toUtf8();

        for (int m = 0; m < size; ++m) {
            PersonRow &person = persons[m];
            static constexpr const char *residence[] = { "registered", "registered", "registered",
                "registered", "registered", "registered", "registered", "registered", "registered",
                "registered", "registered", "registered", "registered", "registered", "registered",
                "registered", "habitual", "habitual", "migrant_worker", "stranded" };
            const int age = thisYear - births[m].year();
            person.returnee = age >= 16 && people.chance(0.05);
            if (size == 1 && age >= 70)
                person.specialGroup = "elderly_alone";
            else if (people.chance(0.015))
                person.specialGroup = "disabled";
            else if (person.gender == "female" && age >= 20 && age <= 40 && people.chance(0.03))
                person.specialGroup = "pregnant";
            else if (age >= 50 && people.chance(0.03))
                person.specialGroup = "chronically_ill";
            person.residenceType = people.pick(residence);
            if (person.returnee) {
                person.returneeOrigin = people.origin().toUtf8();
                person.arrivedOn = isoDate(options.today.addDays(-people.below(21)));
            }
            person.riskArea = person.returnee && people.chance(0.25);
            person.closeContact = people.chance(0.003);
        }
        made += size;
        ++households;

        // Most households have had a door-to-door visit in the last two weeks; not all: 不漏一户
        // is the goal the coverage view measures.
        const bool visited = people.chance(0.88);
        batch.add(qint64(size));
        batch.add(qint64(visited));
        batch.add(householdId);
        batch.add(grid.id.toLatin1());
        batch.add(address);
        batch.add(persons[0].id);
        batch.add(persons[0].phone);
        for (const PersonRow &person : std::as_const(persons)) {
            for (const QByteArray *text : { &person.id, &person.name, &person.idNumber,
                     &person.phone, &person.gender, &person.birthDate, &person.residenceType,
                     &person.returneeOrigin, &person.arrivedOn, &person.specialGroup,
                     &person.relationToHead })
                batch.add(*text);
            batch.add(qint64(person.returnee));
            batch.add(qint64(person.riskArea));
            batch.add(qint64(person.closeContact));
        }
        if (visited) {
            batch.add(SyncedRows::newId().toLatin1());
            batch.add(isoDate(options.today.addDays(-people.below(14))));
            batch.add(surname == u"王"_s ? "李建国" : "王建国");
            static constexpr const char *results[] = { "all_present", "all_present", "all_present",
                "all_present", "some_away", "nobody_home" };
            batch.add(people.pick(results));
        }
        batch.endHousehold();
        if (batch.households() == 256 && !queue.push(std::exchange(batch, {})))
            return;
    }
    if (!batch.isEmpty() && !queue.push(std::move(batch)))
        return;
    queue.finish();
}

bool holdsPersons(Store &store)
{
    QSqlQuery q(store.db());
    // Tombstones too: a removed person is still a row that may have gone to the county.
    return q.exec(u"SELECT EXISTS (SELECT 1 FROM persons)"_s) && q.next() && q.value(0).toBool();
}

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

QString DemoTownship::defaultPath()
{
    // The store scripts/run-demo.sh makes, never the installation's own.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(data).filePath(u"township-ledger/demo-township.sqlite"_s);
}

bool DemoTownship::isDemoStore(Store &store)
{
    return InstanceSettings::load(store).createdAsDemo;
}

DemoTownship::Fill DemoTownship::mayFill(Store &store)
{
    const InstanceSettings settings = InstanceSettings::load(store);
    if (settings.isSetUp() && !settings.createdAsDemo)
        return Fill::Refused;
    return holdsPersons(store) ? Fill::ReplaceOnly : Fill::Allowed;
}

Result<void> DemoTownship::discard(const QString &path)
{
    {
        auto store = Store::open(path);
        if (!store)
            return Result<void>::failure(store.error());
        if (!isDemoStore(*store.value()))
            return Result<void>::failure(
                tr("%1 was not made as a demo: it is kept.").arg(QDir::toNativeSeparators(path)));
    }
    for (const QString &file : QStringList { path, path + u"-wal"_s, path + u"-shm"_s }) {
        if (QFile::exists(file) && !QFile::remove(file))
            return Result<void>::failure(
                tr("Could not remove %1.").arg(QDir::toNativeSeparators(file)));
    }
    return {};
}

Result<DemoTownship::Summary> DemoTownship::generate(
    Store &store, const Options &options, const Progress &progress)
{
    using R = Result<Summary>;
    if (auto allowed = Rights::check(store, Right::Work); !allowed)
        return R::failure(allowed.error());
    if (options.persons < 1)
        return R::failure(tr("The demo township needs at least one person."));
    SyntheticPeople people(options.seed);
    Summary summary;

    // The setup too runs inside the one transaction, so that a cancelled or failed demo leaves a
    // new store free to be set up; the instance id the setup gave the store is then taken back.
    const auto reloadSettings = qScopeGuard([&store] { store.reloadSettings(); });
    // Every row here is written after the rows it refers to, so checking each reference (a lookup
    // per row) is left out while the demo runs; the pragma takes effect outside a transaction
    // only, and is set again once this one has ended.
    QSqlQuery(store.db()).exec(u"PRAGMA foreign_keys = OFF"_s);
    const auto checkReferences
        = qScopeGuard([&store] { QSqlQuery(store.db()).exec(u"PRAGMA foreign_keys = ON"_s); });
    Transaction transaction(store);
    if (!transaction.isActive())
        return R::failure(transaction.error());

    if (!InstanceSettings::load(store).isSetUp()) {
        const int count = int(std::clamp<qint64>(options.persons / 3000, 3, 300));
        QList<UnitSetup::Village> villages;
        QSet<QString> names;
        while (villages.size() < count) {
            QString name = directions.mid(people.below(int(directions.size())), 1)
                + people.surname() + u"家"_s
                + villageEnds.mid(people.below(int(villageEnds.size())), 1);
            if (names.contains(name))
                continue;
            names.insert(name);
            villages.append(
                { unitCode().left(9) + u"%1"_s.arg(villages.size() + 1, 3, 10, QLatin1Char('0')),
                    name });
        }
        if (auto r = UnitSetup::setUpTownship(store, unitCode(), unitName(), villages); !r)
            return R::failure(r.error());
        InstanceSettings settings = InstanceSettings::load(store);
        settings.createdAsDemo = true;
        if (auto r = settings.save(store); !r)
            return R::failure(r.error());
    }

    if (holdsPersons(store))
        return R::failure(tr("The store already holds persons: a demo township can only be "
                             "made in an empty store."));

    RegionRepository regions(store);
    // Synthetic people must never carry a real person's number: their region digits start with
    // 99, which is no province, and go on with two digits of the county's and two of the
    // township's own, so that demo townships of one county are as distinct as real ones.
    const QString unit = store.unitCode();
    const QString idPrefix = u"99"_s + unit.mid(4, 2) + unit.mid(7, 2);
    const QString origin = store.instanceId();
    const QByteArray owner = store.unitCode().toUtf8();

    const PersonSearch::Rowids lastRowids = PersonSearch::lastRowids(store);
    BulkLoad bulk(store,
        { u"households"_s, u"persons"_s, u"screening_visits"_s, u"health_checks"_s, u"samples"_s });
    if (!bulk.error().isEmpty())
        return R::failure(bulk.error());
    sqlite3 *db = store.handle();
    SqliteStatement insertRegion(db,
        "INSERT INTO regions (id, code, name, level, parent_id, "
        "updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, :owner)");
    insertRegion.bindToEveryRow(":owner", owner);
    SqliteStatement insertHousehold(db,
        "INSERT INTO households (id, region_id, address, "
        "head_person_id, phone, household_type, updated_hlc, origin, owner_unit) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertHousehold.bindToEveryRow(":owner", owner);
    SqliteStatement insertPerson(db,
        "INSERT INTO persons (id, household_id, region_id, name, "
        "id_number, phone, gender, birth_date, residence_type, returnee, "
        "returnee_origin, arrived_on, risk_area, close_contact, "
        "special_group, relation_to_head, updated_hlc, origin, owner_unit) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, :owner)");
    insertPerson.bindToEveryRow(":owner", owner);
    SqliteStatement insertVisit(db,
        "INSERT INTO screening_visits (id, household_id, visited_on, "
        "visitor, result, updated_hlc, origin, owner_unit) VALUES (?, ?, ?, ?, ?, ?, ?, :owner)");
    insertVisit.bindToEveryRow(":owner", owner);
    const QByteArray originUtf8 = origin.toUtf8();
    auto failed = [](const SqliteStatement &s) {
        return R::failure(Store::tr("Database error: %1").arg(s.error()));
    };

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
                insertRegion.bind(3, u"第%1网格"_s.arg(n + 1));
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

    qint64 written = 0;
    HouseholdQueue queue;
    {
        const std::unique_ptr<QThread> maker(
            QThread::create([&] { makeHouseholds(people, grids, idPrefix, unit, options, queue); }));
        maker->start();
        // Whatever way this block is left, the maker stops before its generator is used again.
        const auto stopMaker = qScopeGuard([&] {
            queue.stop();
            maker->wait();
        });
        for (RowBatch batch; !(batch = queue.pop()).isEmpty();) {
            while (!batch.atEnd()) {
                const qint64 members = batch.number();
                const bool visited = batch.number() != 0;
                const QByteArrayView householdId = batch.text();
                const QByteArrayView gridId = batch.text();
                insertHousehold.bindUncopied(1, householdId);
                insertHousehold.bindUncopied(2, gridId);
                for (int column = 3; column <= 5; ++column) // address, head, head's phone
                    insertHousehold.bindUncopied(column, batch.text());
                insertHousehold.bindUncopied(6, "family");
                insertHousehold.bind(7, qint64(store.hlc().now()));
                insertHousehold.bindUncopied(8, originUtf8);
                if (!insertHousehold.run())
                    return failed(insertHousehold);
                ++summary.households;

                for (qint64 m = 0; m < members; ++m) {
                    insertPerson.bindUncopied(1, batch.text());
                    insertPerson.bindUncopied(2, householdId);
                    insertPerson.bindUncopied(3, gridId);
                    // name, ID number, phone, gender, birth date, residence type
                    for (int column = 4; column <= 9; ++column)
                        insertPerson.bindUncopied(column, batch.text());
                    insertPerson.bind(10, batch.number()); // returnee
                    insertPerson.bindUncopied(11, batch.text());
                    insertPerson.bindUncopied(12, batch.text());
                    insertPerson.bind(13, batch.number()); // risk area
                    insertPerson.bind(14, batch.number()); // close contact
                    insertPerson.bindUncopied(15, batch.text());
                    insertPerson.bindUncopied(16, batch.text()); // relation to the head
                    insertPerson.bind(17, qint64(store.hlc().now()));
                    insertPerson.bindUncopied(18, originUtf8);
                    if (!insertPerson.run())
                        return failed(insertPerson);
                    ++written;
                    if (progress && written % 1000 == 0 && !progress(written, options.persons))
                        return R::failure(tr("Cancelled: the store is unchanged."));
                }

                if (visited) {
                    insertVisit.bindUncopied(1, batch.text());
                    insertVisit.bindUncopied(2, householdId);
                    for (int column = 3; column <= 5; ++column) // day, visitor, result
                        insertVisit.bindUncopied(column, batch.text());
                    insertVisit.bind(6, qint64(store.hlc().now()));
                    insertVisit.bindUncopied(7, originUtf8);
                    if (!insertVisit.run())
                        return failed(insertVisit);
                    ++summary.visits;
                }
            }
        }
    }
    summary.persons = written;

    if (auto r = PersonSearch::indexRowsAfter(store, lastRowids); !r)
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
