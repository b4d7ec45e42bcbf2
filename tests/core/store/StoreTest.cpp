#include "TestSupport.h"

#include "store/Store.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("opening the store removes the work folders a killed export or import left beside it, "
          "and nothing else",
    "[store]")
{
    QTemporaryDir dir;
    const QDir folder(dir.path());
    const QString storePath = folder.filePath(u"township.sqlite"_s);
    // As a killed import leaves it: the payload in clear, no one holding the folder.
    REQUIRE(folder.mkpath(u"exchange-aB3xYz"_s));
    writeFile(folder.filePath(u"exchange-aB3xYz/payload.sqlite"_s), "every row in clear");
    const QStringList kept = { u"exchange-notes"_s, u"exchange-aB3xYz7"_s, u"old-exchange-Qw12Er"_s,
        u"Exchange-Qw12Er"_s, u"sub/exchange-Qw12Er"_s };
    for (const QString &name : kept) {
        REQUIRE(folder.mkpath(name));
        writeFile(folder.filePath(name + u"/keep.txt"_s), "a clerk's own");
    }
    writeFile(folder.filePath(u"exchange-Zx98Cv"_s), "a file, not a folder");
    // Beside another store, not this one.
    QTemporaryDir elsewhere;
    REQUIRE(QDir(elsewhere.path()).mkpath(u"exchange-Po45Iu"_s));

    auto store = Store::open(storePath);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    CHECK_FALSE(QFileInfo::exists(folder.filePath(u"exchange-aB3xYz"_s)));
    for (const QString &name : kept)
        CHECK(QFileInfo::exists(folder.filePath(name + u"/keep.txt"_s)));
    CHECK(QFileInfo(folder.filePath(u"exchange-Zx98Cv"_s)).isFile());
    CHECK(QFileInfo(QDir(elsewhere.path()).filePath(u"exchange-Po45Iu"_s)).isDir());
}

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
