#include "InstanceKeys.h"

#include "../store/OwnerOnly.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

const QString signingFile = u"signing.key"_s;
const QString encryptionFile = u"encryption.key"_s;

// DER prefixes of SubjectPublicKeyInfo for Ed25519 (OID 1.3.101.112) and X25519 (1.3.101.110).
const QByteArray ed25519Prefix = QByteArray::fromHex("302a300506032b6570032100");
const QByteArray x25519Prefix = QByteArray::fromHex("302a300506032b656e032100");

QByteArray pem(const QByteArray &der)
{
    QByteArray out = "-----BEGIN PUBLIC KEY-----\n";
    out += der.toBase64();
    out += "\n-----END PUBLIC KEY-----\n";
    return out;
}

// Writes a secret whole or not at all, readable and writable by the user alone.
Result<void> writeSecret(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>::failure(
            InstanceKeys::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(OwnerOnly::FilePermissions);
    file.write(bytes);
    if (!file.commit())
        return Result<void>::failure(
            InstanceKeys::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<InstanceKeys> InstanceKeys::loadOrCreate(const QString &folder)
{
    using R = Result<InstanceKeys>;
    if (sodium_init() < 0)
        return R::failure(tr("The cryptography library cannot start."));
    const QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return R::failure(tr("Cannot create the folder %1.").arg(folder));
    // The user's alone, like the files in it; folders made by earlier versions were not.
    OwnerOnly::restrictFolder(folder);
    InstanceKeys keys;
    QFile sign(dir.filePath(signingFile));
    QFile box(dir.filePath(encryptionFile));
    if (sign.exists() || box.exists()) {
        if (!sign.open(QIODevice::ReadOnly) || !box.open(QIODevice::ReadOnly))
            return R::failure(tr("Cannot read the keys in %1.").arg(folder));
        keys.m_signSecret = sign.readAll();
        keys.m_boxSecret = box.readAll();
        // Keys put back from a copy (a stick, a restored folder) come with its permissions.
        sign.setPermissions(OwnerOnly::FilePermissions);
        box.setPermissions(OwnerOnly::FilePermissions);
        if (keys.m_signSecret.size() != crypto_sign_SECRETKEYBYTES
            || keys.m_boxSecret.size() != crypto_box_SECRETKEYBYTES)
            return R::failure(tr("The keys in %1 are damaged.").arg(folder));
        keys.m_signPublic.resize(crypto_sign_PUBLICKEYBYTES);
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(keys.m_signPublic.data()),
            reinterpret_cast<const unsigned char *>(keys.m_signSecret.constData()));
        keys.m_boxPublic.resize(crypto_box_PUBLICKEYBYTES);
        crypto_scalarmult_base(reinterpret_cast<unsigned char *>(keys.m_boxPublic.data()),
            reinterpret_cast<const unsigned char *>(keys.m_boxSecret.constData()));
        return keys;
    }
    keys.m_signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    keys.m_signSecret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.m_signPublic.data()),
        reinterpret_cast<unsigned char *>(keys.m_signSecret.data()));
    keys.m_boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    keys.m_boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.m_boxPublic.data()),
        reinterpret_cast<unsigned char *>(keys.m_boxSecret.data()));
    if (auto r = writeSecret(dir.filePath(signingFile), keys.m_signSecret); !r)
        return R::failure(r.error());
    if (auto r = writeSecret(dir.filePath(encryptionFile), keys.m_boxSecret); !r)
        return R::failure(r.error());
    return keys;
}

QByteArray InstanceKeys::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(m_signSecret.constData()));
    return signature;
}

bool InstanceKeys::verify(
    const QByteArray &message, const QByteArray &signature, const QByteArray &signingPublicKey)
{
    if (sodium_init() < 0 || signature.size() != crypto_sign_BYTES
        || signingPublicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(signingPublicKey.constData()))
        == 0;
}

QByteArray InstanceKeys::openSealed(const QByteArray &sealed) const
{
    if (sealed.size() <= crypto_box_SEALBYTES)
        return {};
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
            reinterpret_cast<const unsigned char *>(sealed.constData()), quint64(sealed.size()),
            reinterpret_cast<const unsigned char *>(m_boxPublic.constData()),
            reinterpret_cast<const unsigned char *>(m_boxSecret.constData()))
        != 0)
        return {};
    return plain;
}

bool InstanceKeys::parsePublicKeysPem(
    const QByteArray &text, QByteArray *signingPublicKey, QByteArray *encryptionPublicKey)
{
    static const QRegularExpression block(
        u"-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----"_s);
    QByteArray sign;
    QByteArray box;
    auto blocks = block.globalMatch(QString::fromLatin1(text));
    while (blocks.hasNext()) {
        const QByteArray der = QByteArray::fromBase64(blocks.next().captured(1).toLatin1());
        if (der.size() != ed25519Prefix.size() + 32)
            return false;
        if (der.startsWith(ed25519Prefix) && sign.isEmpty())
            sign = der.mid(ed25519Prefix.size());
        else if (der.startsWith(x25519Prefix) && box.isEmpty())
            box = der.mid(x25519Prefix.size());
        else
            return false;
    }
    if (sign.isEmpty() || box.isEmpty())
        return false;
    *signingPublicKey = sign;
    *encryptionPublicKey = box;
    return true;
}

QString InstanceKeys::folderFor(const QString &storePath)
{
    const QFileInfo store(storePath);
    return store.absoluteDir().filePath(store.completeBaseName() + u"-keys"_s);
}

QByteArray InstanceKeys::publicKeysPem(
    const QByteArray &signingPublicKey, const QByteArray &encryptionPublicKey)
{
    return pem(ed25519Prefix + signingPublicKey) + pem(x25519Prefix + encryptionPublicKey);
}

QString InstanceKeys::fingerprint(const QByteArray &signingPublicKey)
{
    const QByteArray hex = QCryptographicHash::hash(signingPublicKey, QCryptographicHash::Sha256)
                               .left(16)
                               .toHex()
                               .toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(u' ');
}
