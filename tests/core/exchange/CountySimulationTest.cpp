#include "ExchangeSupport.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "county/RiskAreaRepository.h"
#include "exchange/BundleManifest.h"
#include "exchange/SyncConflicts.h"
#include "health/HealthCheckRepository.h"
#include "measures/MeasureRepository.h"
#include "measures/PolicyValues.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/AuditLog.h"
#include "store/RowMerge.h"

#include "../CatchQt.h"

#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;

// A county as it lives: four townships, each with its office PC and a field laptop, editing at
// random, the same ID numbers in two townships and twice within one, same-named checkpoints and
// permits, one machine a day ahead for a while; bundles carried late, twice, out of order, lost
// and replaced by a full one. When everything has been delivered both ways, the installations of
// a township hold the same rows, the county every township's, and nothing anyone wrote is lost.
// TL_SIMULATION_SEEDS=N runs N seeds (scripts/simulate.sh); CI runs a few fixed ones.

namespace {

const QDate today(2022, 4, 10);

struct Bundle
{
    QString path;
    qint64 seq = 0;
    qint64 previousSeq = 0;
    bool full = false;
    bool producerAhead = false;
};

struct Link
{
    int from = 0;
    int to = 0;
    QList<Bundle> waiting; // made, not yet carried
    QList<Bundle> carried; // imported once at least
    // A bundle was skipped (lost, or taken over by a later one): rows may be missing until the
    // next full one.
    bool missing = false;
};

class Simulation
{
public:
    explicit Simulation(quint32 seed)
        : m_random(seed)
    {
        m_nodes.push_back(std::make_unique<Installation>(Installation::County));
        for (int t = 0; t < 4; ++t) {
            const QString code = u"370285"_s + QString::number(101 + t) + u"000"_s;
            m_nodes.push_back(std::make_unique<Installation>(Installation::Township, code));
            m_nodes.push_back(std::make_unique<Installation>(Installation::Laptop, code));
            const int office = int(m_nodes.size()) - 2;
            link(0, office);
            link(office, office + 1);
        }
        // Each laptop gets its township's villages before its first entry.
        for (int t = 0; t < 4; ++t)
            deliverAll(findLink(office(t), office(t) + 1), false);
    }

    void run(int steps)
    {
        for (int i = 0; i < steps; ++i)
            step();
        settle();
    }

    void check()
    {
        for (int t = 0; t < 4; ++t) {
            const QString unit = node(office(t)).store().unitCode();
            // Every row the township owns, wherever it was made, is in all three places alike.
            for (const QString &table : node(0).store().syncedTables()) {
                INFO("township " << unit.toStdString() << ", table " << table.toStdString());
                const auto atOffice = rows(office(t), table, unit);
                const auto atLaptop = rows(office(t) + 1, table, unit);
                const auto atCounty = rows(0, table, unit);
                INFO(difference(atOffice, atLaptop).toStdString());
                CHECK(atOffice == atLaptop);
                INFO(difference(atOffice, atCounty).toStdString());
                CHECK(atOffice == atCounty);
            }
            // And what the county owns, but its own audit trail, is at both of the township's.
            const QString county = node(0).store().unitCode();
            for (const QString &table : node(0).store().syncedTables()) {
                if (table == "audit_log"_L1)
                    continue;
                INFO("county rows at " << unit.toStdString() << ", table " << table.toStdString());
                const auto atCounty = rows(0, table, county);
                CHECK(rows(office(t), table, county) == atCounty);
                CHECK(rows(office(t) + 1, table, county) == atCounty);
            }
        }
        // Bundles late, twice, out of order or replaced by a full one never look like tampering:
        // every installation finds every audit trail it holds whole, and no import found a break.
        for (int at = 0; at < int(m_nodes.size()); ++at) {
            INFO("installation " << at);
            const QStringList breaks = AuditLog::verify(node(at).store());
            INFO(breaks.join(u'\n').toStdString());
            CHECK(breaks.isEmpty());
            CHECK(scalar(at, u"SELECT count(*) FROM audit_chain_checks WHERE problem <> ''"_s) == 0);
        }
        CHECK(scalar(0, u"SELECT count(*) FROM audit_chain_checks"_s) >= 4);
        // One live person per ID number within a township, however many times it was entered.
        for (const auto &n : m_nodes) {
            QSqlQuery q(n->store().db());
            REQUIRE(
                q.exec(u"SELECT count(*) FROM (SELECT 1 FROM persons WHERE deleted = 0 AND "
                       "id_number <> '' GROUP BY id_number, owner_unit HAVING count(*) > 1)"_s));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 0);
        }
        // Nothing live refers to a person or household merged into another: what referred to
        // it moved to the survivor everywhere (but a reading whose slot the survivor held).
        for (int at = 0; at < int(m_nodes.size()); ++at) {
            for (const QString &parent : { u"persons"_s, u"households"_s }) {
                for (const auto &[child, column] : RowMerge::referencesTo(node(at).store(), parent)) {
                    if (child == "health_checks"_L1 || child == "samples"_L1)
                        continue;
                    INFO(child.toStdString() << '.' << column.toStdString() << " at " << at);
                    CHECK(scalar(at,
                              u"SELECT count(*) FROM \"%1\" c JOIN \"%2\" t ON t.id = c.\"%3\" "
                              "WHERE c.deleted = 0 AND t.deleted = 1 AND t.merged_into IS NOT NULL"_s
                                  .arg(child, parent, column))
                        == 0);
                }
            }
        }
        // The people registered by two townships are two persons at the county.
        QSqlQuery q(node(0).store().db());
        REQUIRE(q.exec(u"SELECT count(*) FROM (SELECT id_number FROM persons WHERE deleted = 0 "
                       "GROUP BY id_number HAVING count(DISTINCT owner_unit) > 1)"_s));
        REQUIRE(q.next());
        INFO("imports " << m_imports << ", refusals " << m_refusals << ", merges undone "
                        << m_corrections << ", persons at the county "
                        << scalar(0, u"SELECT count(*) FROM persons"_s));
        CHECK(q.value(0).toInt() > 0);
        CHECK(m_imports > 15);
    }

private:
    Installation &node(int i) { return *m_nodes[size_t(i)]; }
    static int office(int township) { return 1 + 2 * township; }
    int below(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_random); }

    void link(int a, int b)
    {
        node(a).trustEachOther(node(b));
        m_links.push_back({ a, b, {}, {} });
        m_links.push_back({ b, a, {}, {} });
    }
    Link &findLink(int from, int to)
    {
        for (Link &l : m_links) {
            if (l.from == from && l.to == to)
                return l;
        }
        FAIL("no such link");
        return m_links.front();
    }

    qint64 scalar(int at, const QString &sql)
    {
        QSqlQuery q(node(at).store().db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The first row that differs, for the message.
    static QString difference(
        const std::map<QString, QString> &a, const std::map<QString, QString> &b)
    {
        for (const auto &[id, row] : a) {
            const auto other = b.find(id);
            if (other == b.end())
                return u"only on the first: "_s + row;
            if (other->second != row)
                return u"first: "_s + row + u"\nsecond: "_s + other->second;
        }
        for (const auto &[id, row] : b) {
            if (a.find(id) == a.end())
                return u"only on the second: "_s + row;
        }
        return {};
    }

    // The rows of table owned by unit, content only: the clocks of two equal rows may differ.
    std::map<QString, QString> rows(int at, const QString &table, const QString &unit)
    {
        std::map<QString, QString> found;
        QSqlQuery q(node(at).store().db());
        q.prepare(u"SELECT * FROM \"%1\" WHERE owner_unit = ?"_s.arg(table));
        q.addBindValue(unit);
        REQUIRE(q.exec());
        while (q.next()) {
            QStringList values;
            const QSqlRecord r = q.record();
            for (int c = 0; c < r.count(); ++c) {
                if (r.fieldName(c) != "updated_hlc"_L1 && r.fieldName(c) != "origin"_L1)
                    values << r.value(c).toString();
            }
            found[r.value(u"id"_s).toString()] = values.join(u'|');
        }
        return found;
    }

    void step()
    {
        const int roll = below(100);
        if (roll < 45)
            edit(1 + below(8));
        else if (roll < 50)
            countyEdit();
        else if (roll < 72)
            makeBundle(m_links[size_t(below(int(m_links.size())))], chance(0.1));
        else if (roll < 95)
            carry(m_links[size_t(below(int(m_links.size())))]);
        else
            clockTrouble();
    }

    QStringList livePersons(int at)
    {
        QStringList ids;
        QSqlQuery q(node(at).store().db());
        q.exec(u"SELECT id FROM persons WHERE deleted = 0 ORDER BY id"_s);
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    QString village(int at)
    {
        return RegionRepository(node(at).store())
            .byCode(node(at).store().unitCode().left(9) + u"00%1"_s.arg(1 + below(2)))
            .id;
    }

    void edit(int at)
    {
        Store &store = node(at).store();
        if (chance(0.25))
            undoMerge(store);
        const QStringList persons = livePersons(at);
        switch (below(8)) {
        case 0:
        case 1: {
            // ID numbers from a small pool: the same person in two townships, and twice in one.
            Person p;
            p.name = u"张王李赵刘陈"_s.mid(below(6), 1) + u"伟芳娜敏静强"_s.mid(below(6), 1);
            p.idNumber = syntheticIdNumber(u"19800101"_s, 100 + 2 * below(16));
            p.regionId = village(at);
            if (!p.regionId.isEmpty())
                (void)PersonRepository(store).add(p); // refused when already registered here
            break;
        }
        case 2:
            if (!persons.isEmpty()) {
                Person p = PersonRepository(store).byId(persons[below(int(persons.size()))]);
                p.name = p.name.left(2) + u"改"_s.repeated(1 + below(3));
                auto r = PersonRepository(store).update(p);
                INFO(r.error().toStdString());
                REQUIRE(r.ok());
            }
            break;
        case 3:
            if (!persons.isEmpty()) {
                ControlMeasure m;
                m.personId = persons[below(int(persons.size()))];
                m.startedOn = today;
                (void)MeasureRepository(store).add(m, {}, today); // refused when one runs
                HealthCheck c;
                c.personId = m.personId;
                c.checkedOn = today.addDays(below(2));
                c.period = chance(0.5) ? u"morning"_s : u"afternoon"_s;
                c.temperature = 36.0 + below(20) / 10.0;
                (void)HealthCheckRepository(store).record(c, today.addDays(2));
            }
            break;
        case 4: {
            Checkpoint c;
            c.name = u"卡口%1"_s.arg(below(3));
            c.regionId = village(at);
            if (!c.regionId.isEmpty())
                (void)CheckpointRepository(store).add(c); // refused when the name is taken here
            PassPermit p;
            p.number = u"%1"_s.arg(below(5), 3, 10, QLatin1Char('0'));
            p.holderName = u"运菜车"_s;
            p.validFrom = today;
            p.validTo = today.addDays(7);
            p.issuedBy = u"镇防控办"_s;
            (void)CheckpointRepository(store).addPermit(p);
            break;
        }
        case 5: {
            QSqlQuery q(store.db());
            q.exec(u"SELECT id FROM checkpoints WHERE deleted = 0 ORDER BY id"_s);
            QStringList checkpoints;
            while (q.next())
                checkpoints << q.value(0).toString();
            if (checkpoints.isEmpty())
                break;
            CheckpointEntry e;
            e.checkpointId = checkpoints[below(int(checkpoints.size()))];
            e.enteredAt = QDateTime(today, QTime(8, below(60)));
            e.personName = u"过往人员"_s;
            e.recordedBy = u"值守员"_s;
            REQUIRE(CheckpointLog(store).record(e).ok());
            break;
        }
        case 6:
            if (!persons.isEmpty() && chance(0.5)) {
                // Moved out, died, or registered twice: merged into another of the township's.
                Removal removal;
                removal.reason = Removal::reasons()[below(3)];
                removal.note = u"青岛市"_s;
                removal.on = today;
                removal.intoPersonId = persons[below(int(persons.size()))];
                const QString gone = persons[below(int(persons.size()))];
                auto r = PersonRepository(store).remove(gone, removal, today);
                INFO(r.error().toStdString());
                REQUIRE((r.ok() || gone == removal.intoPersonId));
            } else if (chance(0.5)) {
                restoreSomeone(store);
            }
            break;
        case 7: {
            HouseholdRepository households(store);
            QSqlQuery q(store.db());
            q.exec(u"SELECT id FROM households WHERE deleted = 0 ORDER BY id"_s);
            QStringList ids;
            while (q.next())
                ids << q.value(0).toString();
            if (ids.size() < 3 || chance(0.2)) {
                Household h;
                h.regionId = village(at);
                h.address = u"幸福路%1号"_s.arg(below(50));
                if (!h.regionId.isEmpty())
                    REQUIRE(households.add(h).ok());
            } else if (!persons.isEmpty()) {
                const QString to = ids[below(int(ids.size()))];
                if (chance(0.2)) {
                    (void)households.merge(ids[below(int(ids.size()))], to); // not into itself
                } else {
                    // Refused when the person is a member there already.
                    (void)households.movePerson(persons[below(int(persons.size()))], to,
                        Person::relationsToHead()[below(8)]);
                }
            }
            break;
        }
        }
    }

    // Two persons merged under one ID number were two people after all: the clerk corrects the
    // merged one's number, which no one else has.
    void undoMerge(Store &store)
    {
        SyncConflicts conflicts(store);
        for (const SyncConflict &c : conflicts.list(0, 50)) {
            if (c.kind != "merged"_L1 || !c.resolution.isEmpty() || c.table != "persons"_L1)
                continue;
            auto r = conflicts.split(c.number,
                { { u"id_number"_s, syntheticIdNumber(u"19800101"_s, 501 + 2 * m_corrections++) } });
            INFO(r.error().toStdString());
            CHECK(r.ok());
            return;
        }
    }

    // A removal made by mistake: the person comes back (refused while their ID number is
    // registered again).
    void restoreSomeone(Store &store)
    {
        QSqlQuery q(store.db());
        q.exec(u"SELECT id FROM persons WHERE deleted = 1 AND removal_reason <> '' ORDER BY id"_s);
        QStringList removed;
        while (q.next())
            removed << q.value(0).toString();
        if (!removed.isEmpty())
            (void)PersonRepository(store).restore(removed[below(int(removed.size()))]);
    }

    void countyEdit()
    {
        Store &county = node(0).store();
        switch (below(3)) {
        case 0:
            REQUIRE(PolicyValues(county).setFeverThreshold(37.0 + below(6) / 10.0).ok());
            break;
        case 1: {
            RiskArea area;
            area.name = u"风险区%1"_s.arg(below(100));
            area.listedOn = today;
            (void)RiskAreaRepository(county).add(area, today);
            break;
        }
        case 2: {
            // A correction at the county of a township's person.
            const QStringList persons = livePersons(0);
            if (!persons.isEmpty()) {
                Person p = PersonRepository(county).byId(persons[below(int(persons.size()))]);
                p.name += u"核"_s;
                REQUIRE(PersonRepository(county).update(p).ok());
            }
            break;
        }
        }
    }

    void clockTrouble()
    {
        // One laptop's date is a day ahead for a while, then put right.
        Installation &laptop = node(office(1) + 1);
        m_laptopAhead = !m_laptopAhead;
        if (m_laptopAhead)
            laptop.store().hlc().setClock([] { return Hlc::systemClock() + 24 * 3600 * 1000; });
        else
            laptop.store().hlc().setClock(Hlc::systemClock);
    }
    bool isAhead(int at) const { return m_laptopAhead && at == office(1) + 1; }

    void makeBundle(Link &l, bool full)
    {
        QTemporaryDir *stick = m_sticks.emplace_back(std::make_unique<QTemporaryDir>()).get();
        const QString path = node(l.from).exportTo(node(l.to), stick->path(), full);
        auto manifest = BundleImport::inspect(path);
        REQUIRE(manifest.ok());
        l.waiting.append(
            { path, manifest->seq, manifest->previousSeq, manifest->full, isAhead(l.from) });
    }

    // Carries a bundle of the link: usually the oldest waiting, sometimes a later one first,
    // one carried before, or none (lost on the way).
    void carry(Link &l)
    {
        if (!l.carried.isEmpty() && chance(0.1)) {
            importBundle(l, l.carried[below(int(l.carried.size()))], false);
            return;
        }
        if (l.waiting.isEmpty())
            return;
        const int pick = chance(0.2) ? below(int(l.waiting.size())) : 0;
        const Bundle b = l.waiting.takeAt(pick);
        if (chance(0.05))
            return; // the stick was lost
        importBundle(l, b, chance(0.5));
    }

    void importBundle(Link &l, const Bundle &b, bool acceptGap)
    {
        BundleImport::Options options;
        options.acceptGap = acceptGap;
        const qint64 received = ExchangePeers(node(l.to).store())
                                    .byInstance(node(l.from).store().instanceId())
                                    .receivedSeq;
        auto r = node(l.to).import(b.path, options);
        if (r.ok()) {
            ++m_imports;
            l.missing = b.full ? false : l.missing || b.previousSeq > received;
            if (std::none_of(l.carried.cbegin(), l.carried.cend(),
                    [&](const Bundle &c) { return c.path == b.path; }))
                l.carried.append(b);
            CHECK(b.seq > received);
            return;
        }
        ++m_refusals;
        // Every refusal has a reason the delivery justifies.
        const QString why = r.error();
        INFO(why.toStdString());
        const bool replay = b.seq <= received
            && (why.contains(u"already imported"_s) || why.contains(u"older than the last"_s));
        const bool gap = !b.full && !acceptGap && b.previousSeq > received
            && why.contains(u"never imported here"_s);
        const bool clock = b.producerAhead
            && (why.contains(u"ahead of this computer's clock"_s)
                || why.contains(u"later than the bundle was made"_s));
        const bool skipping = !b.full && acceptGap && b.previousSeq > received;
        const bool missing = (skipping
                                 || std::any_of(m_links.cbegin(), m_links.cend(),
                                     [&](const Link &in) { return in.to == l.to && in.missing; }))
            && why.contains(u"left out?"_s);
        CHECK((replay || gap || clock || missing));
    }

    void deliverAll(Link &l, bool acceptGap)
    {
        while (!l.waiting.isEmpty())
            importBundle(l, l.waiting.takeFirst(), acceptGap);
        makeBundle(l, false);
        importBundle(l, l.waiting.takeFirst(), acceptGap);
    }

    // Clocks put right, bundles lost are replaced by full ones, and everything is carried both
    // ways until nothing new moves: laptops up, offices up, the county down, offices down.
    void settle()
    {
        if (m_laptopAhead)
            clockTrouble();
        for (Link &l : m_links)
            l.waiting.clear();
        for (int round = 0; round < 3; ++round) {
            for (int t = 0; t < 4; ++t)
                fullDelivery(findLink(office(t) + 1, office(t)));
            for (int t = 0; t < 4; ++t)
                fullDelivery(findLink(office(t), 0));
            for (int t = 0; t < 4; ++t)
                fullDelivery(findLink(0, office(t)));
            for (int t = 0; t < 4; ++t)
                fullDelivery(findLink(office(t), office(t) + 1));
        }
    }

    void fullDelivery(Link &l)
    {
        makeBundle(l, true);
        const Bundle b = l.waiting.takeFirst();
        auto r = node(l.to).import(b.path);
        INFO(r.error().toStdString());
        REQUIRE(r.ok());
    }

    std::mt19937 m_random;
    std::vector<std::unique_ptr<Installation>>
        m_nodes; // county, then office and laptop per township
    std::vector<Link> m_links;
    std::vector<std::unique_ptr<QTemporaryDir>> m_sticks;
    bool m_laptopAhead = false;
    int m_corrections = 0;
    int m_imports = 0;
    int m_refusals = 0;
};

QList<quint32> seeds()
{
    const int n = qEnvironmentVariableIntValue("TL_SIMULATION_SEEDS");
    QList<quint32> list;
    if (n <= 0)
        return { 1, 2, 3 };
    for (int i = 1; i <= n; ++i)
        list << quint32(i);
    return list;
}

} // namespace

TEST_CASE("a county of four townships with laptops converges however its bundles travel",
    "[exchange][simulation]")
{
    for (const quint32 seed : seeds()) {
        INFO("seed " << seed);
        Simulation simulation(seed);
        simulation.run(220);
        simulation.check();
    }
}
