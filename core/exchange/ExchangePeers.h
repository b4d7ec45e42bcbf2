#pragma once

#include "../store/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class InstanceKeys;
class Store;

// Another installation this one exchanges bundles with: a township's county, a county's
// townships, a checkpoint laptop. Known by its public keys, which a clerk confirmed once.
struct Peer
{
    QString instanceId;
    QString unitCode;
    QString unitName;
    QString unitLevel; // "county" or "township"
    QByteArray signingKey;
    QByteArray encryptionKey;

    QString trustedAt;
    qint64 sentSeq = 0;
    quint64 sentHlc = 0;
    quint64 exportFromHlc = 0;
    qint64 receivedSeq = 0;
    QString receivedAt;

    bool isValid() const
    {
        return !instanceId.isEmpty() && signingKey.size() == 32 && encryptionKey.size() == 32;
    }
    QString fingerprint() const;
    // "370285105000 城关镇"
    QString unitLabel() const { return unitCode + u' ' + unitName; }
};

// The key file one installation hands another (by USB stick or chat): who it is, then its two
// public keys as PEM. openssl reads the signing key from it as it is.
namespace KeyFile {

QByteArray write(const Peer &self);
Result<Peer> read(const QByteArray &text);
// This installation as a peer of others: its unit and its public keys.
Result<Peer> self(Store &store, const InstanceKeys &keys);

} // namespace KeyFile

// The installations this one trusts, and how far each exchange with them has gone.
class ExchangePeers
{
    Q_DECLARE_TR_FUNCTIONS(ExchangePeers)

public:
    explicit ExchangePeers(Store &store)
        : m_store(store)
    { }

    QList<Peer> all() const;
    Peer byInstance(const QString &instanceId) const;
    Peer bySigningKey(const QByteArray &signingKey) const;

    // Trusts the peer's keys. A known installation keeps its exchange counters; one that shows
    // up with a different signing key, or a key already held by another installation, is
    // refused: keys are replaced only by forgetting the old peer first.
    Result<void> trust(const Peer &peer);
    Result<void> forget(const QString &instanceId);

    // Bookkeeping, inside the exchange's own transaction.
    Result<void> recordSent(const QString &instanceId, qint64 seq, quint64 upToHlc);
    Result<void> recordReceived(const QString &instanceId, qint64 seq);
    // Rows older than the other peers' next bundle arrived: make those bundles reach back to them.
    Result<void> reachBackTo(quint64 hlc, const QString &exceptInstanceId);

private:
    Store &m_store;
};
