#include "TestSupport.h"

#include "people/IdNumber.h"
#include "regions/RegionRepository.h"
#include "regions/UnitSetup.h"

#include <QApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QTest>

#include <catch2/catch.hpp>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

TempStore::TempStore()
{
    REQUIRE(dir.isValid());
}

Store &TempStore::open()
{
    store.reset();
    auto opened = Store::open(path());
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    store = std::move(opened).value();
    store->setUser({ QString(), u"tester"_s, Role::Administrator });
    return *store;
}

TownshipStore::TownshipStore()
{
    open();
    auto r = UnitSetup::setUpTownship(*store, u"370285105000"_s, u"测试镇"_s,
                                      { { u"370285105001"_s, u"东村"_s },
                                        { u"370285105002"_s, u"西村"_s } });
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
}

QString TownshipStore::villageId(int n) const
{
    return RegionRepository(*store).byCode(u"37028510500%1"_s.arg(n)).id;
}

QString syntheticIdNumber(const QString &birth, int sequence)
{
    const QString first17 = u"990101"_s + birth + u"%1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(c));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

#ifndef Q_OS_WIN
int permissionBits(const QString &path)
{
    struct stat st;
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 07777);
}

void setPermissionBits(const QString &path, int bits)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode_t(bits)) == 0);
}
#endif
