#include "TestSupport.h"

#include "store/WorkFolder.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("a work folder in use is kept when another connection opens the store, and removed "
          "with its files when the work ends",
    "[store]")
{
    TempStore place;
    QString path;
    {
        WorkFolder work(place.path());
        REQUIRE(work.isValid());
        path = work.path();
        CHECK(QFileInfo(path).dir() == QFileInfo(place.path()).dir());
        CHECK(QFileInfo(path).fileName().startsWith(u"exchange-"_s));
        QFile payload(work.filePath(u"payload.sqlite"_s));
        REQUIRE(payload.open(QIODevice::WriteOnly));
        payload.write("rows in clear");
        payload.close();
        // A worker thread (the daily copy) or a scheduled task opens the store meanwhile.
        place.open();
        CHECK(WorkFolder::removeStale(place.path()) == 0);
        CHECK(QFileInfo::exists(work.filePath(u"payload.sqlite"_s)));
    }
    CHECK_FALSE(QFileInfo::exists(path));
}

#ifndef Q_OS_WIN
TEST_CASE("a work folder is readable by the user alone", "[store]")
{
    QTemporaryDir dir;
    WorkFolder work(QDir(dir.path()).filePath(u"township.sqlite"_s));
    REQUIRE(work.isValid());
    CHECK(permissionBits(work.path()) == 0700);
}
#endif
