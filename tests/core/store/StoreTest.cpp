#include "TestSupport.h"

#include "store/Store.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

#ifndef Q_OS_WIN
TEST_CASE(
    "the store, its -wal and -shm files and the folder made for it are the user's alone", "[store]")
{
    QTemporaryDir dir;
    const QString folder = QDir(dir.path()).filePath(u"township-ledger"_s);
    const QString path = QDir(folder).filePath(u"township.sqlite"_s);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(permissionBits(folder) == 0700);
    CHECK(permissionBits(path) == 0600);
    // SQLite makes these while the store is open.
    REQUIRE(QFileInfo::exists(path + u"-wal"_s));
    CHECK(permissionBits(path + u"-wal"_s) == 0600);
    CHECK(permissionBits(path + u"-shm"_s) == 0600);
}

TEST_CASE("a store made readable by everyone is closed when it is opened, its folder left as the "
          "clerk made it",
    "[store]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"township.sqlite"_s);
    REQUIRE(Store::open(path).ok());
    setPermissionBits(dir.path(), 0755);
    setPermissionBits(path, 0644);

    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(permissionBits(path) == 0600);
    CHECK(permissionBits(path + u"-wal"_s) == 0600);
    CHECK(permissionBits(path + u"-shm"_s) == 0600);
    CHECK(permissionBits(dir.path()) == 0755);
}
#endif
