#include "TestSupport.h"

#include "store/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("a written file and the folder it was renamed in are flushed to the disk", "[store]")
{
    QTemporaryDir dir;
    const QString part = QDir(dir.path()).filePath(u"copy.sqlite.part"_s);
    QFile file(part);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("whole");
    file.close();
    CHECK(DurableFile::flush(part));
    const QString path = QDir(dir.path()).filePath(u"copy.sqlite"_s);
    REQUIRE(QFile::rename(part, path));
    CHECK(DurableFile::flushFolder(dir.path()));
    // A file that is not there cannot be on the disk: the caller must not rename it.
    CHECK_FALSE(DurableFile::flush(part));
}
