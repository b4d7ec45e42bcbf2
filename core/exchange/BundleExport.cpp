#include "BundleExport.h"

#include "BundleScope.h"
#include "ExchangeHistory.h"
#include "ExchangePeers.h"
#include "InstanceKeys.h"
#include "PayloadCipher.h"
#include "../zip/ZipArchive.h"

#include "../measures/PolicyValues.h"
#include "../store/DurableFile.h"
#include "../store/Ownership.h"
#include "../store/Rights.h"
#include "../store/Store.h"
#include "../store/Transaction.h"
#include "../store/WorkFolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Payload
{
    QMap<QString, qint64> tables;
    quint64 upToHlc = 0;
};

// Rows this installation stamped while its date was ahead (the clock has since been put right)
// would be refused by every recipient as stamped in the future: they get stamps of now, in their
// old order, and every peer's next bundle reaches back to carry them again. Stamps a little ahead
// of the clock, within the tolerance, are the clock's own logic (an edit made after seeing a row
// from a PC a minute ahead) and stay.
Result<void> restampAhead(Store &store)
{
    const quint64 wall = Hlc::fromMillis(store.hlc().wallClock());
    const qint64 tolerance = qint64(PolicyValues(store).clockToleranceMinutes()) * 60'000;
    if (store.hlc().last() <= wall + Hlc::fromMillis(tolerance))
        return {};
    Transaction tx(store);
    if (!tx.isActive())
        return Result<void>::failure(tx.error());
    QSqlQuery q(store.db());
    if (!q.exec(u"CREATE TEMP TABLE IF NOT EXISTS restamp (table_name TEXT, row_id TEXT, hlc INTEGER)"_s)
        || !q.exec(u"DELETE FROM temp.restamp"_s))
        return Result<void>::failure(q.lastError().databaseText());
    const QStringList tables = store.syncedTables();
    for (const QString &table : tables) {
        q.prepare(u"INSERT INTO temp.restamp SELECT ?, id, updated_hlc FROM main.\"%1\" "
                  "WHERE updated_hlc > ? AND origin = ?"_s.arg(table));
        q.addBindValue(table);
        q.addBindValue(qint64(wall));
        q.addBindValue(store.instanceId());
        if (!q.exec())
            return Result<void>::failure(q.lastError().databaseText());
    }
    for (const QString &table : tables) {
        q.prepare(u"UPDATE main.\"%1\" AS t SET updated_hlc = ? + r.n FROM (SELECT table_name, "
                  "row_id, row_number() OVER (ORDER BY hlc) AS n FROM temp.restamp) AS r "
                  "WHERE r.table_name = ? AND r.row_id = t.id"_s.arg(table));
        q.addBindValue(qint64(wall));
        q.addBindValue(table);
        if (!q.exec())
            return Result<void>::failure(q.lastError().databaseText());
    }
    qint64 restamped = 0;
    if (q.exec(u"SELECT count(*) FROM temp.restamp"_s) && q.next())
        restamped = q.value(0).toLongLong();
    if (auto r = ExchangePeers(store).reachBackTo(wall, u""_s); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    store.hlc().rewindTo(wall + quint64(restamped));
    return {};
}

// Copies the rows for the recipient into a fresh SQLite file, from one consistent snapshot.
Result<Payload> copyRows(Store &store, const QString &path, const Peer &me, const Peer &recipient,
    quint64 since, const BundleExport::Options &options)
{
    using R = Result<Payload>;
    QSqlQuery q(store.db());
    q.prepare(u"ATTACH DATABASE ? AS bundle"_s);
    q.addBindValue(path);
    if (!q.exec())
        return R::failure(
            BundleExport::tr("Cannot make the bundle: %1").arg(q.lastError().databaseText()));
    Payload payload;
    QString problem;
    q.exec(u"PRAGMA bundle.journal_mode = OFF"_s);
    q.exec(u"PRAGMA bundle.synchronous = OFF"_s);
    q.exec(u"BEGIN"_s);
    const QStringList tables = store.syncedTables();
    const bool viaCounty = BundleScope::hearsFromCounty(store);
    for (qsizetype i = 0; i < tables.size() && problem.isEmpty(); ++i) {
        const QString &table = tables[i];
        if (options.progress
            && !options.progress(
                BundleExport::tr("Collecting %1").arg(table), int(40 * i / tables.size()))) {
            problem = BundleExport::tr("The export was cancelled.");
            break;
        }
        if (!q.exec(
                u"CREATE TABLE bundle.\"%1\" AS SELECT * FROM main.\"%1\" WHERE 0"_s.arg(table))) {
            problem = q.lastError().databaseText();
            break;
        }
        const QString scope
            = BundleScope::exportCondition(table, me, recipient, viaCounty);
        QSqlQuery copy(store.db());
        copy.prepare(
            u"INSERT INTO bundle.\"%1\" SELECT * FROM main.\"%1\" WHERE updated_hlc > :since AND %2"_s
                .arg(table, scope));
        copy.bindValue(u":since"_s, qint64(since));
        const QList<QPair<QString, QString>> bound = { { u":me"_s, me.instanceId },
            { u":recipient"_s, recipient.instanceId }, { u":unit"_s, me.unitCode },
            { u":county"_s, Ownership::countyOf(me.unitCode) }, { u":for"_s, recipient.unitCode } };
        for (const auto &[name, value] : bound) {
            if (scope.contains(name))
                copy.bindValue(name, value);
        }
        if (!copy.exec()) {
            problem = copy.lastError().databaseText();
            break;
        }
        payload.tables.insert(table, copy.numRowsAffected());
        if (q.exec(u"SELECT max(updated_hlc) FROM main.\"%1\""_s.arg(table)) && q.next())
            payload.upToHlc = qMax(payload.upToHlc, q.value(0).toULongLong());
    }
    q.exec(problem.isEmpty() ? u"COMMIT"_s : u"ROLLBACK"_s);
    q.exec(u"DETACH DATABASE bundle"_s);
    if (!problem.isEmpty())
        return R::failure(BundleExport::tr("Cannot make the bundle: %1").arg(problem));
    payload.upToHlc = qMax(payload.upToHlc, since);
    return payload;
}

} // namespace

Result<BundleExport::Summary> BundleExport::write(Store &store, const InstanceKeys &keys,
    const QString &recipientInstanceId, const QString &folder, const Options &options)
{
    using R = Result<Summary>;
    if (auto allowed = Rights::check(store, Right::Work); !allowed)
        return R::failure(allowed.error());
    auto me = KeyFile::self(store, keys);
    if (!me)
        return R::failure(me.error());
    // Before the recipient's watermark is read: a re-stamp moves it back.
    if (auto r = restampAhead(store); !r)
        return R::failure(tr("Cannot make the bundle: %1").arg(r.error()));
    ExchangePeers peers(store);
    const Peer recipient = peers.byInstance(recipientInstanceId);
    if (!recipient.isValid())
        return R::failure(tr("The recipient's key is not trusted here; add its key file first."));
    if (!QFileInfo(folder).isDir())
        return R::failure(tr("The folder %1 does not exist.").arg(folder));

    BundleManifest manifest;
    manifest.program = QStringLiteral("township-ledger " TL_VERSION);
    manifest.schemaVersion = store.schemaVersion();
    manifest.producer = me.value();
    manifest.recipientInstanceId = recipient.instanceId;
    manifest.recipientFingerprint = recipient.fingerprint();
    // Made no earlier than the latest stamp of this installation's clock, which may run a little
    // ahead of the wall clock after seeing a row from a computer a minute ahead.
    manifest.created = QDateTime::fromMSecsSinceEpoch(
        qMax(store.hlc().wallClock(), Hlc::millis(store.hlc().last())));
    manifest.seq = recipient.sentSeq + 1;
    manifest.previousSeq = recipient.sentSeq;
    manifest.full = options.full;
    manifest.hlcFrom = recipient.exportFromHlc;
    // A name chosen by the caller must be free; the usual name gets " (2)", " (3)" when bundles
    // for two recipients (two checkpoint laptops, say) go onto one stick the same day.
    QString fileName = options.fileName.isEmpty() ? manifest.fileName() : options.fileName;
    for (int n = 2;
         options.fileName.isEmpty() && QFileInfo::exists(QDir(folder).filePath(fileName)); ++n)
        fileName = QFileInfo(manifest.fileName()).completeBaseName() + u" (%1).tlb"_s.arg(n);
    const QString finalPath = QDir(folder).filePath(fileName);
    if (QFileInfo::exists(finalPath))
        return R::failure(tr("%1 is already in the folder; move it away or choose another folder.")
                              .arg(fileName));

    // The plain payload stays on this computer's disk, beside the store, never on the stick.
    WorkFolder work(store.path());
    if (!work.isValid())
        return R::failure(tr("Cannot make a working folder beside the store."));
    const QString plainPath = work.filePath(u"payload.sqlite"_s);
    auto payload = copyRows(store, plainPath, me.value(), recipient,
        options.full ? 0 : recipient.exportFromHlc, options);
    if (!payload)
        return R::failure(payload.error());
    manifest.tables = payload->tables;
    manifest.hlcTo = payload->upToHlc;

    const QString partPath = finalPath + u".part"_s;
    ZipWriter zip(partPath);
    if (!zip.isOpen() || !zip.beginEntry(BundleManifest::PayloadEntry, false, true))
        return R::failure(tr("Cannot write %1.").arg(partPath));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const qint64 plainSize = QFileInfo(plainPath).size();
    qint64 written = 0;
    bool cancelled = false;
    auto encrypted
        = PayloadCipher::encrypt(plainPath, recipient.encryptionKey, [&](const QByteArray &piece) {
              sha.addData(piece);
              written += piece.size();
              if (options.progress
                  && !options.progress(tr("Encrypting"),
                      40 + int(55 * qMin(written, plainSize) / qMax<qint64>(1, plainSize)))) {
                  cancelled = true;
                  return false;
              }
              return zip.write(piece);
          });
    if (!encrypted || !zip.endEntry()) {
        zip.close();
        QFile::remove(partPath);
        return R::failure(cancelled ? tr("The export was cancelled.")
                : encrypted         ? tr("Cannot write %1.").arg(partPath)
                                    : encrypted.error());
    }
    manifest.payloadSha256 = QString::fromLatin1(sha.result().toHex());
    manifest.payloadBytes = written;
    manifest.plainBytes = encrypted->plainBytes;
    manifest.sealedKey = encrypted->sealedKey;
    const QByteArray json = manifest.toJson();
    if (!zip.addEntry(u"manifest.json"_s, json, true)
        || !zip.addEntry(u"manifest.sig"_s, keys.sign(json), false) || !zip.close()
        || !DurableFile::flush(partPath)) {
        QFile::remove(partPath);
        return R::failure(tr("Cannot write %1; is the stick full or pulled out?").arg(partPath));
    }

    Summary summary;
    summary.filePath = finalPath;
    summary.manifest = manifest;
    summary.bytes = QFileInfo(partPath).size();
    Transaction tx(store);
    auto sent = peers.recordSent(recipient.instanceId, manifest.seq, manifest.hlcTo);
    if (sent) {
        ExchangeRecord record;
        record.direction = u"export"_s;
        record.peerInstanceId = recipient.instanceId;
        record.unitCode = recipient.unitCode;
        record.unitName = recipient.unitName;
        record.fileName = fileName;
        record.seq = manifest.seq;
        record.full = manifest.full;
        record.rows = manifest.rowCount();
        record.bytes = summary.bytes;
        for (auto it = manifest.tables.cbegin(); it != manifest.tables.cend(); ++it) {
            if (it.value() > 0)
                record.tables.append({ it.key(), it.value() });
        }
        sent = ExchangeHistory::record(store, record);
    }
    if (!sent || !QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        return R::failure(sent ? tr("Cannot name the bundle %1.").arg(finalPath) : sent.error());
    }
    DurableFile::flushFolder(folder);
    if (auto r = tx.commit(); !r) {
        QFile::remove(finalPath);
        return R::failure(r.error());
    }
    if (options.progress)
        options.progress(tr("Done"), 100);
    return summary;
}
