#include "TestSupport.h"

#include "exchange/InstanceKeys.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("the keys are made once and the same keys come back at the next start", "[exchange]")
{
    QTemporaryDir dir;
    auto first = InstanceKeys::loadOrCreate(dir.path());
    REQUIRE(first.ok());
    auto again = InstanceKeys::loadOrCreate(dir.path());
    REQUIRE(again.ok());
    CHECK(first->signingPublicKey().size() == 32);
    CHECK(first->signingPublicKey() == again->signingPublicKey());
    CHECK(first->encryptionPublicKey() == again->encryptionPublicKey());
    // Another installation has other keys.
    QTemporaryDir other;
    CHECK(
        InstanceKeys::loadOrCreate(other.path())->signingPublicKey() != first->signingPublicKey());
}

TEST_CASE("the secret keys are readable by the user alone", "[exchange]")
{
    QTemporaryDir dir;
    REQUIRE(InstanceKeys::loadOrCreate(dir.path()).ok());
    for (const QString &name : { u"signing.key"_s, u"encryption.key"_s }) {
        const auto permissions = QFile::permissions(dir.filePath(name));
        CHECK(permissions.testFlag(QFileDevice::ReadOwner));
        CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
        CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
    }
}

#ifndef Q_OS_WIN
TEST_CASE("the key folder beside the store and its files are the user's alone", "[exchange]")
{
    QTemporaryDir dir;
    const QString folder = InstanceKeys::folderFor(QDir(dir.path()).filePath(u"township.sqlite"_s));
    auto made = InstanceKeys::loadOrCreate(folder);
    REQUIRE(made.ok());
    CHECK(permissionBits(folder) == 0700);
    const QStringList files
        = { QDir(folder).filePath(u"signing.key"_s), QDir(folder).filePath(u"encryption.key"_s) };
    for (const QString &file : files)
        CHECK(permissionBits(file) == 0600);

    // Keys made by an earlier version, or put back from a copy, are closed when loaded.
    setPermissionBits(folder, 0755);
    for (const QString &file : files)
        setPermissionBits(file, 0644);
    auto loaded = InstanceKeys::loadOrCreate(folder);
    REQUIRE(loaded.ok());
    CHECK(loaded->signingPublicKey() == made->signingPublicKey());
    CHECK(permissionBits(folder) == 0700);
    for (const QString &file : files)
        CHECK(permissionBits(file) == 0600);
}
#endif

TEST_CASE("damaged key files are refused, not replaced", "[exchange]")
{
    QTemporaryDir dir;
    REQUIRE(InstanceKeys::loadOrCreate(dir.path()).ok());
    QFile sign(dir.filePath(u"signing.key"_s));
    REQUIRE(sign.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sign.write("short");
    sign.close();
    auto keys = InstanceKeys::loadOrCreate(dir.path());
    CHECK_FALSE(keys.ok());
    CHECK(QFile(dir.filePath(u"signing.key"_s)).size() == 5);
}

TEST_CASE("a signature verifies with the signing key and fails on changed bytes", "[exchange]")
{
    QTemporaryDir dir;
    auto keys = InstanceKeys::loadOrCreate(dir.path());
    REQUIRE(keys.ok());
    const QByteArray manifest = R"({"format":1,"unit":"370285105000"})";
    const QByteArray signature = keys->sign(manifest);
    CHECK(signature.size() == 64);
    CHECK(InstanceKeys::verify(manifest, signature, keys->signingPublicKey()));
    QByteArray tampered = manifest;
    tampered[10] = 'X';
    CHECK_FALSE(InstanceKeys::verify(tampered, signature, keys->signingPublicKey()));
    QTemporaryDir other;
    CHECK_FALSE(InstanceKeys::verify(
        manifest, signature, InstanceKeys::loadOrCreate(other.path())->signingPublicKey()));
}

TEST_CASE("the public key file is PEM with the Ed25519 key first and a readable fingerprint",
    "[exchange]")
{
    QTemporaryDir dir;
    auto keys = InstanceKeys::loadOrCreate(dir.path());
    REQUIRE(keys.ok());
    const QByteArray pem = keys->publicKeysPem();
    const QList<QByteArray> lines = pem.split('\n');
    REQUIRE(lines.size() >= 6);
    CHECK(lines[0] == "-----BEGIN PUBLIC KEY-----");
    const QByteArray der = QByteArray::fromBase64(lines[1]);
    CHECK(der.size() == 44);
    CHECK(der.left(12).toHex() == "302a300506032b6570032100");
    CHECK(der.mid(12) == keys->signingPublicKey());
    CHECK(QByteArray::fromBase64(lines[4]).mid(12) == keys->encryptionPublicKey());

    const QString fingerprint = InstanceKeys::fingerprint(keys->signingPublicKey());
    CHECK(fingerprint.size() == 39); // eight groups of four hex digits
    CHECK(fingerprint.count(u' ') == 7);

    // A third-party tool checks the signature with the same file (openssl, where installed).
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        return;
    QFile keyFile(dir.filePath(u"public.pem"_s));
    REQUIRE(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(pem);
    keyFile.close();
    QFile message(dir.filePath(u"manifest.json"_s));
    REQUIRE(message.open(QIODevice::WriteOnly));
    message.write("{\"format\":1}");
    message.close();
    QFile signature(dir.filePath(u"manifest.sig"_s));
    REQUIRE(signature.open(QIODevice::WriteOnly));
    signature.write(keys->sign("{\"format\":1}"));
    signature.close();
    QProcess process;
    process.start(openssl,
        { u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, keyFile.fileName(), u"-rawin"_s,
            u"-in"_s, message.fileName(), u"-sigfile"_s, signature.fileName() });
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardOutput().contains("Signature Verified Successfully"));
}
