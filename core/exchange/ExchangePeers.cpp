#include "ExchangePeers.h"

#include "InstanceKeys.h"

#include "../store/InstanceSettings.h"
#include "../store/Rights.h"
#include "../store/Store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString columns
    = u"instance_id, unit_code, unit_name, unit_level, signing_key, encryption_key, "
      "trusted_at, sent_seq, sent_hlc, export_from_hlc, received_seq, received_at"_s;

Peer peerFrom(const QSqlQuery &q)
{
    Peer p;
    p.instanceId = q.value(0).toString();
    p.unitCode = q.value(1).toString();
    p.unitName = q.value(2).toString();
    p.unitLevel = q.value(3).toString();
    p.signingKey = q.value(4).toByteArray();
    p.encryptionKey = q.value(5).toByteArray();
    p.trustedAt = q.value(6).toString();
    p.sentSeq = q.value(7).toLongLong();
    p.sentHlc = q.value(8).toULongLong();
    p.exportFromHlc = q.value(9).toULongLong();
    p.receivedSeq = q.value(10).toLongLong();
    p.receivedAt = q.value(11).toString();
    return p;
}

Result<void> failed(const QSqlQuery &q)
{
    return Result<void>::failure(Store::tr("Database error: %1").arg(q.lastError().text()));
}

} // namespace

QString Peer::fingerprint() const
{
    return InstanceKeys::fingerprint(signingKey);
}

namespace KeyFile {

QByteArray write(const Peer &self)
{
    QByteArray text = "Township Ledger public keys\n";
    text += "Unit: " + self.unitCode.toUtf8() + ' ' + self.unitName.toUtf8() + '\n';
    text += "Level: " + self.unitLevel.toUtf8() + '\n';
    text += "Instance: " + self.instanceId.toUtf8() + '\n';
    text += "Fingerprint: " + self.fingerprint().toUtf8() + '\n';
    return text + InstanceKeys::publicKeysPem(self.signingKey, self.encryptionKey);
}

Result<Peer> read(const QByteArray &text)
{
    Peer peer;
    if (!InstanceKeys::parsePublicKeysPem(text, &peer.signingKey, &peer.encryptionKey))
        return Result<Peer>::failure(ExchangePeers::tr("This is not a Township Ledger key file: it "
                                                       "does not hold the two public keys."));
    const QString head = QString::fromUtf8(text.left(text.indexOf("-----BEGIN")));
    for (const QString &line : head.split(u'\n')) {
        const QString value = line.section(u':', 1).trimmed();
        if (line.startsWith(u"Unit:"_s)) {
            peer.unitCode = value.section(u' ', 0, 0);
            peer.unitName = value.section(u' ', 1);
        } else if (line.startsWith(u"Level:"_s)) {
            peer.unitLevel = value;
        } else if (line.startsWith(u"Instance:"_s)) {
            peer.instanceId = value;
        }
    }
    if (peer.instanceId.isEmpty() || peer.unitCode.isEmpty()
        || (peer.unitLevel != "county"_L1 && peer.unitLevel != "township"_L1))
        return Result<Peer>::failure(ExchangePeers::tr("The key file does not say which unit and "
                                                       "installation it belongs to."));
    return peer;
}

Result<Peer> self(Store &store, const InstanceKeys &keys)
{
    const InstanceSettings settings = InstanceSettings::load(store);
    if (!settings.isSetUp())
        return Result<Peer>::failure(
            ExchangePeers::tr("The store has no unit yet: set it up first."));
    Peer me;
    me.instanceId = settings.instanceId;
    me.unitCode = settings.unitCode;
    me.unitName = settings.unitName;
    me.unitLevel
        = settings.unitLevel == InstanceSettings::UnitLevel::County ? u"county"_s : u"township"_s;
    me.signingKey = keys.signingPublicKey();
    me.encryptionKey = keys.encryptionPublicKey();
    return me;
}

} // namespace KeyFile

QList<Peer> ExchangePeers::all() const
{
    QList<Peer> peers;
    QSqlQuery q(m_store.db());
    q.exec(u"SELECT %1 FROM exchange_peers ORDER BY unit_code, unit_name"_s.arg(columns));
    while (q.next())
        peers.append(peerFrom(q));
    return peers;
}

Peer ExchangePeers::byInstance(const QString &instanceId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM exchange_peers WHERE instance_id = ?"_s.arg(columns));
    q.addBindValue(instanceId);
    return q.exec() && q.next() ? peerFrom(q) : Peer();
}

Peer ExchangePeers::bySigningKey(const QByteArray &signingKey) const
{
    QSqlQuery q(m_store.db());
    q.prepare(u"SELECT %1 FROM exchange_peers WHERE signing_key = ?"_s.arg(columns));
    q.addBindValue(signingKey);
    return q.exec() && q.next() ? peerFrom(q) : Peer();
}

Result<void> ExchangePeers::trust(const Peer &peer)
{
    if (auto allowed = Rights::check(m_store, Right::ChangeSettings); !allowed)
        return allowed;
    if (!peer.isValid())
        return Result<void>::failure(tr("The key is incomplete."));
    if (peer.instanceId == m_store.instanceId())
        return Result<void>::failure(tr("This is this installation's own key."));
    const Peer known = byInstance(peer.instanceId);
    const Peer holder = bySigningKey(peer.signingKey);
    if ((known.isValid() && known.signingKey != peer.signingKey)
        || (holder.isValid() && holder.instanceId != peer.instanceId))
        return Result<void>::failure(
            tr("%1 is already trusted with another key (fingerprint %2). "
               "Remove it first if its keys were really replaced.")
                .arg(known.isValid() ? known.unitLabel() : holder.unitLabel(),
                    known.isValid() ? known.fingerprint() : holder.fingerprint()));
    QSqlQuery q(m_store.db());
    q.prepare(
        u"INSERT INTO exchange_peers (instance_id, unit_code, unit_name, unit_level, signing_key, "
        "encryption_key, trusted_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (instance_id) DO UPDATE SET unit_code = excluded.unit_code, "
        "unit_name = excluded.unit_name, unit_level = excluded.unit_level, "
        "encryption_key = excluded.encryption_key"_s);
    q.addBindValue(peer.instanceId);
    q.addBindValue(peer.unitCode);
    q.addBindValue(peer.unitName);
    q.addBindValue(peer.unitLevel);
    q.addBindValue(peer.signingKey);
    q.addBindValue(peer.encryptionKey);
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> ExchangePeers::forget(const QString &instanceId)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"DELETE FROM exchange_peers WHERE instance_id = ?"_s);
    q.addBindValue(instanceId);
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> ExchangePeers::recordSent(const QString &instanceId, qint64 seq, quint64 upToHlc)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"UPDATE exchange_peers SET sent_seq = ?, sent_hlc = max(sent_hlc, ?), "
              "export_from_hlc = ? WHERE instance_id = ?"_s);
    q.addBindValue(seq);
    q.addBindValue(qint64(upToHlc));
    q.addBindValue(qint64(upToHlc));
    q.addBindValue(instanceId);
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> ExchangePeers::recordReceived(const QString &instanceId, qint64 seq)
{
    QSqlQuery q(m_store.db());
    q.prepare(
        u"UPDATE exchange_peers SET received_seq = ?, received_at = ? WHERE instance_id = ?"_s);
    q.addBindValue(seq);
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODate));
    q.addBindValue(instanceId);
    if (!q.exec())
        return failed(q);
    return {};
}

Result<void> ExchangePeers::reachBackTo(quint64 hlc, const QString &exceptInstanceId)
{
    QSqlQuery q(m_store.db());
    q.prepare(u"UPDATE exchange_peers SET export_from_hlc = ? "
              "WHERE export_from_hlc > ? AND instance_id <> ?"_s);
    q.addBindValue(qint64(hlc));
    q.addBindValue(qint64(hlc));
    q.addBindValue(exceptInstanceId);
    if (!q.exec())
        return failed(q);
    return {};
}
