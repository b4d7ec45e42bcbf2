#include "ExchangeSupport.h"

#include "exchange/ExchangePeers.h"
#include "zip/ZipArchive.h"
#include "people/PersonRepository.h"

#include "../CatchQt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Entries
{
    QList<QPair<QString, QByteArray>> list;
    QByteArray value(const QString &name) const
    {
        for (const auto &[n, bytes] : list) {
            if (n == name)
                return bytes;
        }
        return {};
    }
    void set(const QString &name, const QByteArray &bytes)
    {
        for (auto &[n, b] : list) {
            if (n == name)
                b = bytes;
        }
    }
};

Entries readAll(const QString &path)
{
    ZipReader zip(path);
    Entries entries;
    for (const ZipReader::Entry &e : zip.entries())
        entries.list.append({ e.name, zip.read(e.name, 1 << 30).value() });
    return entries;
}

QString writeAll(const Entries &entries, const QString &path)
{
    ZipWriter zip(path);
    for (const auto &[name, bytes] : entries.list)
        REQUIRE(zip.addEntry(name, bytes, true));
    REQUIRE(zip.close());
    return path;
}

// A township with a person, and a county that trusts it and holds its first bundle.
struct Exchange
{
    Exchange()
    {
        township.trustEachOther(county);
        township.addPerson(u"张伟"_s, 101);
        REQUIRE(county.import(township.exportTo(county, stick.path())).ok());
        township.addPerson(u"李娜"_s, 102);
        bundle = township.exportTo(county, stick.path());
    }

    // Imports the file, expects a refusal naming what is wrong, and the county's store file
    // byte for byte as before.
    void expectRefused(const QString &file, const QString &reason)
    {
        county.place.store.reset();
        const QByteArray before = fileHash(county.path());
        county.reopen();
        auto result = county.import(file);
        INFO(result.error().toStdString());
        CHECK_FALSE(result.ok());
        CHECK(result.error().contains(reason));
        county.place.store.reset();
        CHECK(fileHash(county.path()) == before);
        county.reopen();
    }

    Installation township { Installation::Township };
    Installation county { Installation::County };
    QTemporaryDir stick;
    QString bundle;
};

} // namespace

TEST_CASE("a bundle cut short is refused and the store is left as it was", "[exchange]")
{
    Exchange x;
    QFile file(x.bundle);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QFile cut(x.stick.filePath(u"cut.tlb"_s));
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() * 2 / 3));
    cut.close();
    x.expectRefused(cut.fileName(), u"cut short"_s);
}

TEST_CASE("a file of random bytes named as a bundle is refused and the store is left as it was",
    "[exchange]")
{
    Exchange x;
    QRandomGenerator random(12);
    for (const qint64 size : { qint64(0), qint64(22), qint64(4096), qint64(1) << 20 }) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(random.bounded(256));
        // Starting like a zip, so the reader goes past its first look.
        if (size >= 4)
            bytes.replace(0, 4, QByteArray("PK\x03\x04", 4));
        QFile noise(x.stick.filePath(u"noise-%1.tlb"_s.arg(size)));
        REQUIRE(noise.open(QIODevice::WriteOnly));
        noise.write(bytes);
        noise.close();
        x.expectRefused(noise.fileName(), u"not a bundle"_s);
    }
}

TEST_CASE("a flipped byte in the payload is refused", "[exchange]")
{
    Exchange x;
    Entries entries = readAll(x.bundle);
    QByteArray payload = entries.value(u"payload.bin"_s);
    payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x01);
    entries.set(u"payload.bin"_s, payload);
    x.expectRefused(writeAll(entries, x.stick.filePath(u"flipped.tlb"_s)), u"damaged"_s);
}

TEST_CASE("a bundle made for another installation is refused", "[exchange]")
{
    Exchange x;
    Installation otherCounty(Installation::County, u"370286000000"_s);
    x.township.trustEachOther(otherCounty);
    QTemporaryDir stick;
    x.expectRefused(x.township.exportTo(otherCounty, stick.path()), u"another installation"_s);
}

TEST_CASE("a manifest changed after signing is refused", "[exchange]")
{
    Exchange x;
    Entries entries = readAll(x.bundle);
    QByteArray manifest = entries.value(u"manifest.json"_s);
    manifest.replace("\"full\": false", "\"full\": true");
    entries.set(u"manifest.json"_s, manifest);
    x.expectRefused(writeAll(entries, x.stick.filePath(u"tampered.tlb"_s)), u"signature"_s);
}

TEST_CASE("an old bundle played again is refused", "[exchange]")
{
    Exchange x;
    const QString second = x.bundle;
    REQUIRE(x.county.import(second).ok());
    x.expectRefused(second, u"already imported"_s);
}

TEST_CASE("a bundle in a format this program does not know is refused", "[exchange]")
{
    Exchange x;
    Entries entries = readAll(x.bundle);
    QJsonObject manifest = QJsonDocument::fromJson(entries.value(u"manifest.json"_s)).object();
    manifest.insert(u"format"_s, 2);
    const QByteArray json = QJsonDocument(manifest).toJson();
    entries.set(u"manifest.json"_s, json);
    entries.set(u"manifest.sig"_s, x.township.keys->sign(json));
    x.expectRefused(writeAll(entries, x.stick.filePath(u"future.tlb"_s)), u"format 2"_s);
}

TEST_CASE("entry names that point outside the bundle are refused", "[exchange]")
{
    Exchange x;
    for (const QString &name : { u"../evil.sh"_s, u"/etc/cron.d/evil"_s, u"a\\..\\evil"_s }) {
        Entries entries = readAll(x.bundle);
        entries.list.append({ name, "echo" });
        x.expectRefused(writeAll(entries, x.stick.filePath(u"slip.tlb"_s)), u"outside"_s);
        QFile::remove(x.stick.filePath(u"slip.tlb"_s));
    }
}

TEST_CASE("an entry a bundle never has is refused", "[exchange]")
{
    Exchange x;
    for (const QString &name : { u"readme.txt"_s, u"Manifest.json"_s, u"payload.bin.sig"_s }) {
        Entries entries = readAll(x.bundle);
        entries.list.append({ name, "extra" });
        x.expectRefused(writeAll(entries, x.stick.filePath(u"extra.tlb"_s)),
            u"an entry \"%1\" that a bundle never has"_s.arg(name));
        QFile::remove(x.stick.filePath(u"extra.tlb"_s));
    }
}

TEST_CASE("a bundle holding an entry twice is refused, whichever of the two a reader would take",
    "[exchange]")
{
    Exchange x;
    for (const QString &name : { u"manifest.json"_s, u"manifest.sig"_s, u"payload.bin"_s }) {
        for (const bool copyFirst : { true, false }) {
            Entries entries = readAll(x.bundle);
            const QPair<QString, QByteArray> copy { name, entries.value(name) };
            // The copy is the very same bytes: the bundle is refused for its shape alone.
            if (copyFirst)
                entries.list.prepend(copy);
            else
                entries.list.append(copy);
            REQUIRE(ZipReader(writeAll(entries, x.stick.filePath(u"twice.tlb"_s))).entries().size()
                == 4);
            x.expectRefused(
                x.stick.filePath(u"twice.tlb"_s), u"two entries named \"%1\""_s.arg(name));
            QFile::remove(x.stick.filePath(u"twice.tlb"_s));
        }
    }
}

TEST_CASE("an entry that unpacks to more than a bundle may hold is refused", "[exchange]")
{
    Exchange x;
    Entries entries = readAll(x.bundle);
    // Two megabytes of spaces deflate to a few kilobytes: a small zip bomb.
    entries.set(u"manifest.json"_s, entries.value(u"manifest.json"_s) + QByteArray(2 << 20, ' '));
    x.expectRefused(
        writeAll(entries, x.stick.filePath(u"bomb.tlb"_s)), u"more than a bundle may hold"_s);
}

TEST_CASE("an import killed in the middle leaves the store as it was, and a second import succeeds",
    "[exchange]")
{
    Exchange x;
    x.county.place.store.reset();
    const QByteArray before = fileHash(x.county.path());

    int ready[2];
    REQUIRE(pipe(ready) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // The child imports on its own connection and stops for good while merging the persons,
        // inside the transaction, to be killed there.
        auto store = Store::open(x.county.path());
        if (!store)
            _exit(2);
        BundleImport::Options options;
        options.progress = [&](const QString &step) {
            if (step.contains(u"persons"_s)) {
                (void)!write(ready[1], "x", 1);
                for (;;)
                    pause();
            }
            return true;
        };
        (void)BundleImport::run(*store.value(), *x.county.keys, x.bundle, options);
        _exit(3);
    }
    char signal = 0;
    REQUIRE(read(ready[0], &signal, 1) == 1);
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
    close(ready[0]);
    close(ready[1]);

    // The child left its work folder with the payload in clear; the next start removes it.
    const QDir beside = QFileInfo(x.county.path()).dir();
    CHECK(beside.entryList({ u"exchange-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot).size() == 1);
    x.county.reopen();
    CHECK(beside.entryList({ u"exchange-*"_s }, QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    x.county.place.store.reset();
    CHECK(fileHash(x.county.path()) == before);
    x.county.reopen();
    auto again = x.county.import(x.bundle);
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    QSqlQuery q(x.county.store().db());
    REQUIRE(q.exec(u"SELECT count(*) FROM persons"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
}
