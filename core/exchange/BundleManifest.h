#pragma once

#include "ExchangePeers.h"

#include "../store/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

// manifest.json of a bundle: who made it for whom, which rows it covers, and the SHA-256 of the
// payload. It is what the producer signs, so everything the import trusts is in it.
struct BundleManifest
{
    Q_DECLARE_TR_FUNCTIONS(BundleManifest)

public:
    static constexpr int FormatVersion = 1;
    static inline const QString PayloadEntry = QStringLiteral("payload.bin");

    int format = FormatVersion;
    QString program;
    int schemaVersion = 0;
    Peer producer; // unit, instance and public keys only
    QString recipientInstanceId;
    QString recipientFingerprint;
    QDateTime created;
    qint64 seq = 0;
    qint64 previousSeq = 0;
    bool full = false;
    // The rows changed after hlcFrom, up to hlcTo (a full bundle holds older rows too).
    quint64 hlcFrom = 0;
    quint64 hlcTo = 0;
    QMap<QString, qint64> tables; // rows per table
    QString payloadSha256;
    qint64 payloadBytes = 0;
    qint64 plainBytes = 0;
    QByteArray sealedKey;

    qint64 rowCount() const;
    // "370285105000_20221104_7.tlb"
    QString fileName() const;

    QByteArray toJson() const;
    // Refuses what is not a manifest, and one of a format this program does not know.
    static Result<BundleManifest> fromJson(const QByteArray &json);
};
