#pragma once

#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A store in a fresh temporary folder, removed with the fixture.
struct TempStore
{
    TempStore();
    QString path() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    // Opens (or reopens) the store at path().
    Store &open();

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
};

// A store set up as a township (370285105000) with two villages, 370285105001 东村 and
// 370285105002 西村.
struct TownshipStore : TempStore
{
    TownshipStore();
    QString villageId(int n) const; // 1 or 2
};

// Runs the event loop until every read the page posted (see StoreReader) has come back; false
// after five seconds.
template<typename Page>
bool readsDone(const Page &page)
{
    return QTest::qWaitFor([&] { return !page.isReading(); });
}

// Types text into a widget as a clerk would: ASCII as key presses, Chinese as the input method
// commits it.
void typeText(class QWidget *widget, const QString &text);

// A synthetic, valid ID number (never a real one on purpose) for the given birth date.
QString syntheticIdNumber(const QString &birth = QStringLiteral("19900101"), int sequence = 123);

#ifndef Q_OS_WIN
// The permission bits of a file or folder as chmod writes them (0600, 0700).
int permissionBits(const QString &path);
void setPermissionBits(const QString &path, int bits);
#endif
