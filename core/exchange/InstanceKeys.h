#pragma once

#include "../store/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The installation's own keys for sync bundles: an Ed25519 pair that signs the bundles it makes,
// and an X25519 pair that bundles sent to it are encrypted for. Made once, at the first start,
// and kept in the installation's data folder in files only the user may read; the public halves
// are handed to the county (or the townships) as a small PEM file.
class InstanceKeys
{
    Q_DECLARE_TR_FUNCTIONS(InstanceKeys)

public:
    // Loads the keys kept in folder, or makes and keeps them there when there are none yet.
    static Result<InstanceKeys> loadOrCreate(const QString &folder);

    QByteArray signingPublicKey() const { return m_signPublic; }
    QByteArray encryptionPublicKey() const { return m_boxPublic; }

    // The Ed25519 signature of message (64 bytes).
    QByteArray sign(const QByteArray &message) const;
    static bool verify(
        const QByteArray &message, const QByteArray &signature, const QByteArray &signingPublicKey);
    // The key a sender sealed for this installation's encryption key; empty when it was sealed
    // for another key or is damaged.
    QByteArray openSealed(const QByteArray &sealed) const;

    // Both public keys as SubjectPublicKeyInfo PEM blocks, the Ed25519 one first, so that
    // `openssl pkeyutl -verify -pubin -inkey FILE -rawin ...` checks a signature with the file.
    QByteArray publicKeysPem() const { return publicKeysPem(m_signPublic, m_boxPublic); }
    static QByteArray publicKeysPem(
        const QByteArray &signingPublicKey, const QByteArray &encryptionPublicKey);
    // Reads the two public keys back from such PEM text (with or without text around them);
    // false when there are not exactly an Ed25519 and an X25519 key.
    static bool parsePublicKeysPem(
        const QByteArray &pem, QByteArray *signingPublicKey, QByteArray *encryptionPublicKey);
    // Where an installation keeps its keys: a folder beside its store.
    static QString folderFor(const QString &storePath);
    // What two clerks read to each other over the phone to confirm a key: the first 16 bytes of
    // the SHA-256 of the signing key, in groups of four hex digits.
    static QString fingerprint(const QByteArray &signingPublicKey);

private:
    QByteArray m_signPublic; // 32 bytes
    QByteArray m_signSecret; // 64 bytes
    QByteArray m_boxPublic; // 32 bytes
    QByteArray m_boxSecret; // 32 bytes
};
