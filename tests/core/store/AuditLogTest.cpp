#include "TestSupport.h"

#include "people/PersonQuery.h"
#include "people/PersonRepository.h"
#include "store/AuditLog.h"
#include "store/SyncedRows.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

struct SyncColumns
{
    quint64 updatedHlc = 0;
    QString origin;
    int deleted = -1;
};

SyncColumns syncColumns(Store &store, const QString &table, const QString &id)
{
    QSqlQuery q(store.db());
    q.prepare(u"SELECT updated_hlc, origin, deleted FROM %1 WHERE id = ?"_s.arg(table));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return { q.value(0).toULongLong(), q.value(1).toString(), q.value(2).toInt() };
}

Person zhangWei(const TownshipStore &t)
{
    Person p;
    p.name = u"张伟"_s;
    p.regionId = t.villageId(1);
    p.idNumber = syntheticIdNumber(u"19900101"_s, 123);
    p.phone = u"13812345678"_s;
    return p;
}

qint64 matches(Store &store, const QString &text)
{
    PersonQuery::Filter filter;
    filter.text = text;
    return PersonQuery(store, filter).count();
}

} // namespace

TEST_CASE("adding a person writes one audit entry with the user and the new row, numbers masked")
{
    TownshipStore t;
    t.store->setUser({ QString(), u"李会计"_s, Role::Clerk });
    auto id = PersonRepository(*t.store).add(zhangWei(t));
    INFO(id.error().toStdString());
    REQUIRE(id.ok());

    const auto entries = AuditLog::entriesFor(*t.store, u"persons"_s, id.value());
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].action == u"insert"_s);
    CHECK(entries[0].userName == u"李会计"_s);
    CHECK(entries[0].table == u"persons"_s);
    CHECK(entries[0].rowId == id.value());
    CHECK(entries[0].beforeJson.isEmpty());
    CHECK(entries[0].afterJson.contains(u"张伟"_s));
    CHECK(entries[0].changed.contains(u"id_number"_s));
    CHECK(entries[0].changed.contains(u"name"_s));
    // The entry travels upward and outlives the person: the numbers stay out of it.
    CHECK_FALSE(entries[0].afterJson.contains(syntheticIdNumber(u"19900101"_s, 123)));
    CHECK_FALSE(entries[0].afterJson.contains(u"13812345678"_s));
    CHECK(entries[0].afterJson.contains(u"\"id_number\":\"***\""_s));
    CHECK_FALSE(entries[0].at.isEmpty());
}

TEST_CASE("changing a person writes an audit entry with the row before and after")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    auto id = persons.add(zhangWei(t));
    REQUIRE(id.ok());

    Person changed = persons.byId(id.value());
    changed.name = u"张卫"_s;
    auto r = persons.update(changed);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());

    const auto entries = AuditLog::entriesFor(*t.store, u"persons"_s, id.value());
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == u"update"_s); // newest first
    CHECK(entries[0].userName == u"tester"_s);
    CHECK(entries[0].changed == QStringList { u"name"_s });
    CHECK(entries[0].beforeJson == u"{\"name\":\"张伟\"}"_s);
    CHECK(entries[0].afterJson == u"{\"name\":\"张卫\"}"_s);
    CHECK(entries[1].action == u"insert"_s);
    CHECK(persons.byId(id.value()).name == u"张卫"_s);
}

TEST_CASE("saving a person without a change writes no audit entry")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    auto id = persons.add(zhangWei(t));
    REQUIRE(id.ok());
    const quint64 hlcBefore = syncColumns(*t.store, u"persons"_s, id.value()).updatedHlc;

    auto r = persons.update(persons.byId(id.value()));
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    CHECK(AuditLog::entriesFor(*t.store, u"persons"_s, id.value()).size() == 1);
    CHECK(syncColumns(*t.store, u"persons"_s, id.value()).updatedHlc == hlcBefore);
}

TEST_CASE("removing a person leaves a tombstone and one delete entry")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    auto id = persons.add(zhangWei(t));
    REQUIRE(id.ok());
    REQUIRE(matches(*t.store, u"张伟"_s) == 1);

    auto r = persons.remove(id.value(), { u"moved_out"_s, u"青岛市"_s });
    INFO(r.error().toStdString());
    REQUIRE(r.ok());

    const auto entries = AuditLog::entriesFor(*t.store, u"persons"_s, id.value());
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].action == u"delete"_s);
    CHECK(entries[0].beforeJson.isEmpty());
    CHECK(entries[0].afterJson.isEmpty());

    // The row stays, marked deleted, so that the deletion can travel to the county.
    CHECK(syncColumns(*t.store, u"persons"_s, id.value()).deleted == 1);
    CHECK(persons.byId(id.value()).id.isEmpty());
    CHECK(persons.byIdNumber(syntheticIdNumber(u"19900101"_s, 123)).id.isEmpty());
    CHECK(matches(*t.store, u"张伟"_s) == 0);
    CHECK(matches(*t.store, u"5678"_s) == 0);
    CHECK(PersonQuery(*t.store, {}).count() == 0);
}

TEST_CASE("a removed person cannot be removed or changed again")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    auto id = persons.add(zhangWei(t));
    REQUIRE(id.ok());
    Person p = persons.byId(id.value());
    REQUIRE(persons.remove(id.value(), { u"moved_out"_s, u"青岛市"_s }).ok());

    CHECK_FALSE(persons.remove(id.value(), { u"moved_out"_s, u"青岛市"_s }).ok());
    p.name = u"张卫"_s;
    CHECK_FALSE(persons.update(p).ok());
    CHECK(AuditLog::entriesFor(*t.store, u"persons"_s, id.value()).size() == 2);
}

TEST_CASE("the ID number of a removed person can be registered again")
{
    TownshipStore t;
    PersonRepository persons(*t.store);
    auto first = persons.add(zhangWei(t));
    REQUIRE(first.ok());
    REQUIRE(persons.remove(first.value(), { u"moved_out"_s, u"青岛市"_s }).ok());
    auto second = persons.add(zhangWei(t));
    INFO(second.error().toStdString());
    CHECK(second.ok());
}

TEST_CASE("every change stamps a later clock value and this store's instance id")
{
    TownshipStore t;
    const QString instance = t.store->instanceId();
    REQUIRE_FALSE(instance.isEmpty());
    PersonRepository persons(*t.store);

    auto id = persons.add(zhangWei(t));
    REQUIRE(id.ok());
    const SyncColumns added = syncColumns(*t.store, u"persons"_s, id.value());
    CHECK(added.origin == instance);
    CHECK(added.deleted == 0);
    CHECK(added.updatedHlc > 0);

    Person p = persons.byId(id.value());
    p.notes = u"腿脚不便"_s;
    REQUIRE(persons.update(p).ok());
    const SyncColumns updated = syncColumns(*t.store, u"persons"_s, id.value());
    CHECK(updated.updatedHlc > added.updatedHlc);
    CHECK(updated.origin == instance);

    REQUIRE(persons.remove(id.value(), { u"moved_out"_s, u"青岛市"_s }).ok());
    const SyncColumns removed = syncColumns(*t.store, u"persons"_s, id.value());
    CHECK(removed.updatedHlc > updated.updatedHlc);
    CHECK(removed.origin == instance);

    // The audit entries carry the clock too, in the same order.
    QSqlQuery q(t.store->db());
    q.prepare(u"SELECT updated_hlc, origin FROM audit_log WHERE row_id = ? ORDER BY updated_hlc"_s);
    q.addBindValue(id.value());
    REQUIRE(q.exec());
    int n = 0;
    while (q.next()) {
        CHECK(q.value(1).toString() == instance);
        ++n;
    }
    CHECK(n == 3);
}

TEST_CASE("new ids are unique and sort in the order they were made")
{
    QStringList ids;
    for (int i = 0; i < 5000; ++i)
        ids << SyncedRows::newId();
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);
    sorted.removeDuplicates();
    CHECK(sorted.size() == ids.size());
    CHECK(ids[0].size() == 36);
    CHECK(ids[0][14] == u'7'); // UUID version 7
}
