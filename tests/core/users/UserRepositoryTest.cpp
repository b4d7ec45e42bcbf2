#include "TestSupport.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "measures/PolicyValues.h"
#include "people/PersonRepository.h"
#include "store/AuditLog.h"
#include "users/UserRepository.h"

#include <QSqlQuery>

#include "../CatchQt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

const QString password = u"chunjie2022"_s;

// A township whose first administrator, 王站长, is logged in, with one user of every other role.
struct UsersFixture : TownshipStore
{
    UsersFixture()
    {
        UserRepository users(*store);
        auto admin = users.add(u"王站长"_s, Role::Administrator, password);
        REQUIRE(admin.ok());
        for (const auto &[name, role] : { std::pair { u"李会计"_s, Role::Clerk },
                                          std::pair { u"赵值守"_s, Role::CheckpointOperator },
                                          std::pair { u"钱督导"_s, Role::Supervisor },
                                          std::pair { u"孙查看"_s, Role::Viewer } }) {
            auto added = users.add(name, role, password);
            INFO(added.error().toStdString());
            REQUIRE(added.ok());
        }
    }

    void logIn(const QString &name)
    {
        auto user = UserRepository(*store).logIn(name, password);
        INFO(user.error().toStdString());
        REQUIRE(user.ok());
    }

    Person person(int sequence) const
    {
        Person p;
        p.name = u"周一"_s;
        p.regionId = villageId(1);
        p.idNumber = syntheticIdNumber(u"19800101"_s, sequence);
        return p;
    }
};

QString scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.db());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("The first user of an installation is its administrator, who adds the others", "[users]")
{
    TownshipStore t;
    UserRepository users(*t.store);
    CHECK_FALSE(users.hasUsers());
    CHECK(users.add(u"李会计"_s, Role::Clerk, password).error().contains(u"first user"_s));
    CHECK(users.add(u"王站长"_s, Role::Administrator, u"12345"_s).error().contains(u"6"_s));
    REQUIRE(users.add(u" 王站长 "_s, Role::Administrator, password).ok());
    CHECK(users.hasUsers());
    // The administrator who made themself is the one working now, and the author of the entry.
    CHECK(t.store->user().name == u"王站长"_s);
    CHECK(scalar(*t.store, u"SELECT user_name FROM audit_log WHERE table_name = 'users'"_s) == u"王站长"_s);
    CHECK(users.add(u"王站长"_s, Role::Clerk, password).error().contains(u"already"_s));
    REQUIRE(users.add(u"李会计"_s, Role::Clerk, password).ok());

    // The password is kept only as its Argon2id hash.
    const QString hash = scalar(*t.store, u"SELECT password_hash FROM users WHERE name = '李会计'"_s);
    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(password));

    // A clerk adds nobody.
    REQUIRE(users.logIn(u"李会计"_s, password).ok());
    const auto refused = users.add(u"周某"_s, Role::Viewer, password);
    CHECK(refused.error().contains(u"李会计"_s));
    CHECK(users.list().size() == 2);
}

TEST_CASE("Five wrong passwords lock a user for five minutes, or until an administrator unlocks them",
          "[users]")
{
    UsersFixture f;
    UserRepository users(*f.store);
    const QDateTime now(QDate(2022, 4, 10), QTime(8, 0), Qt::UTC);
    for (int i = 1; i < UserRepository::MaxFailedLogins; ++i) {
        const auto wrong = users.logIn(u"李会计"_s, u"wrong-password"_s, now);
        CHECK(wrong.error().contains(u"Wrong name or password"_s));
    }
    CHECK(users.logIn(u"李会计"_s, u"wrong-password"_s, now).error().contains(u"locked"_s));
    // Locked, the right password is refused too, until five minutes have passed.
    CHECK(users.logIn(u"李会计"_s, password, now.addSecs(60)).error().contains(u"locked"_s));
    REQUIRE(users.logIn(u"李会计"_s, password, now.addSecs(301)).ok());
    CHECK(users.byName(u"李会计"_s)->failedLogins == 0);

    // A good password between wrong ones starts the count again.
    for (int i = 0; i < 4; ++i)
        users.logIn(u"钱督导"_s, u"wrong-password"_s, now);
    REQUIRE(users.logIn(u"钱督导"_s, password, now).ok());
    CHECK(users.byName(u"钱督导"_s)->failedLogins == 0);

    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        users.logIn(u"孙查看"_s, u"wrong-password"_s, now);
    CHECK(users.byName(u"孙查看"_s)->lockedUntil.isValid());
    f.logIn(u"李会计"_s);
    CHECK_FALSE(users.unlock(u"孙查看"_s).ok()); // not a clerk's to lift
    f.logIn(u"王站长"_s);
    REQUIRE(users.unlock(u"孙查看"_s).ok());
    CHECK(users.logIn(u"孙查看"_s, password, now.addSecs(10)).ok());

    // An unknown name gets the same words as a wrong password.
    CHECK(users.logIn(u"无名氏"_s, password).error() == u"Wrong name or password."_s);
    CHECK(users.logIn(u"王站长"_s, u"wrong-password"_s).error().startsWith(u"Wrong name or password."_s));
}

TEST_CASE("Each role writes only what it may, and the refusal says who may not", "[users][rights]")
{
    UsersFixture f;
    Checkpoint c;
    c.name = u"东村路口卡口"_s;
    c.kind = u"road_exit"_s;
    c.regionId = f.villageId(1);
    auto checkpoint = CheckpointRepository(*f.store).add(c);
    REQUIRE(checkpoint.ok());
    CheckpointEntry entry;
    entry.checkpointId = checkpoint.value();
    entry.enteredAt = QDateTime::currentDateTime().addSecs(-60);
    entry.personName = u"过路人"_s;
    entry.recordedBy = u"赵值守"_s;

    f.logIn(u"孙查看"_s);
    auto byViewer = PersonRepository(*f.store).add(f.person(1));
    CHECK(byViewer.error() == u"孙查看 (Viewer) may read the ledgers but not change them."_s);
    CHECK_FALSE(CheckpointLog(*f.store).record(entry).ok());

    f.logIn(u"赵值守"_s);
    CHECK(PersonRepository(*f.store).add(f.person(2)).error().contains(u"only log the passages"_s));
    auto logged = CheckpointLog(*f.store).record(entry);
    INFO(logged.error().toStdString());
    CHECK(logged.ok());
    CHECK(CheckpointLog(*f.store).recordAll({ entry }).ok());

    f.logIn(u"钱督导"_s);
    CHECK(PersonRepository(*f.store).add(f.person(3)).error().contains(u"supervision"_s));

    f.logIn(u"李会计"_s);
    REQUIRE(PersonRepository(*f.store).add(f.person(4)).ok());
    CHECK(PolicyValues(*f.store).setIsolationDays(u"home_isolation"_s, 10).error().contains(u"administrator"_s));

    f.logIn(u"王站长"_s);
    CHECK(PolicyValues(*f.store).setIsolationDays(u"home_isolation"_s, 10).ok());
    CHECK(scalar(*f.store, u"SELECT count(*) FROM persons"_s) == u"1"_s);
    CHECK(scalar(*f.store, u"SELECT count(*) FROM checkpoint_entries"_s) == u"2"_s);
    // Each record carries the one who made it.
    CHECK(scalar(*f.store, u"SELECT user_name FROM audit_log WHERE table_name = 'persons'"_s) == u"李会计"_s);
}

TEST_CASE("A store with users opened without logging in only reads", "[users][rights]")
{
    UsersFixture f;
    const Person fifth = f.person(5);
    f.store.reset();
    auto opened = Store::open(f.path());
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    CHECK(store.user().role == Role::Viewer);
    CHECK(store.user().name == Store::computerAccount());
    CHECK_FALSE(PersonRepository(store).add(fifth).ok());
    REQUIRE(UserRepository(store).logIn(u"李会计"_s, password).ok());
    CHECK(store.user().role == Role::Clerk);
    CHECK(PersonRepository(store).add(fifth).ok());
}

TEST_CASE("An idle window unlocks with the user's own password only", "[users]")
{
    UsersFixture f;
    f.logIn(u"李会计"_s);
    UserRepository users(*f.store);
    CHECK_FALSE(users.confirm(u"wrong-password"_s).ok());
    // A failed unlock keeps the user as they were, and counts towards the lock.
    CHECK(f.store->user().name == u"李会计"_s);
    CHECK(users.byName(u"李会计"_s)->failedLogins == 1);
    CHECK(users.confirm(password).ok());
    CHECK(users.byName(u"李会计"_s)->failedLogins == 0);
}

TEST_CASE("An administrator gives roles and new passwords and the last administrator stays one",
          "[users]")
{
    UsersFixture f;
    UserRepository users(*f.store);
    // Only the one administrator: demoting them would leave nobody to manage the users.
    CHECK(users.changeRole(u"王站长"_s, Role::Clerk).error().contains(u"only administrator"_s));
    REQUIRE(users.changeRole(u"孙查看"_s, Role::Clerk).ok());
    CHECK(users.byName(u"孙查看"_s)->user.role == Role::Clerk);
    CHECK(scalar(*f.store, u"SELECT after_json FROM audit_log WHERE table_name = 'users' "
                           "AND action = 'update' ORDER BY seq DESC LIMIT 1"_s)
          == u"{\"role\":\"clerk\"}"_s);
    REQUIRE(users.changeRole(u"李会计"_s, Role::Administrator).ok());
    CHECK(users.changeRole(u"王站长"_s, Role::Clerk).ok());

    // A forgotten password: the administrator sets a new one, which also lifts a lock.
    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        (void)users.logIn(u"钱督导"_s, u"wrong-password"_s);
    f.logIn(u"李会计"_s);
    CHECK(users.setPassword(u"钱督导"_s, u"short"_s).error().contains(u"6"_s));
    REQUIRE(users.setPassword(u"钱督导"_s, u"xinmima2022"_s).ok());
    CHECK_FALSE(users.logIn(u"钱督导"_s, password).ok());
    REQUIRE(users.logIn(u"钱督导"_s, u"xinmima2022"_s).ok());
    // Anyone sets their own, and nobody else's; the trail says a password changed, not what to.
    REQUIRE(users.setPassword(u"钱督导"_s, u"zijide2022"_s).ok());
    CHECK(users.setPassword(u"赵值守"_s, u"zijide2022"_s).error().contains(u"钱督导"_s));
    CHECK(users.changeRole(u"赵值守"_s, Role::Clerk).error().contains(u"钱督导"_s));
    const QString trail = scalar(*f.store, u"SELECT group_concat(before_json || after_json) "
                                           "FROM audit_log WHERE changed = 'password'"_s);
    CHECK(trail == u"{\"password\":\"***\"}{\"password\":\"***\"},{\"password\":\"***\"}{\"password\":\"***\"}"_s);
    CHECK(scalar(*f.store, u"SELECT count(*) FROM audit_log WHERE before_json LIKE '%argon%' "
                           "OR after_json LIKE '%argon%' OR after_json LIKE '%zijide%'"_s) == u"0"_s);
}
