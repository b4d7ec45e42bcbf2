#include "BundleImport.h"

#include "BundleScope.h"
#include "ExchangeHistory.h"
#include "ExchangePeers.h"
#include "InstanceKeys.h"
#include "PayloadCipher.h"
#include "../zip/ZipArchive.h"

#include "../county/KnownToSeveralUnits.h"
#include "../measures/PolicyValues.h"
#include "../store/AuditLog.h"
#include "../store/Rights.h"
#include "../store/Store.h"
#include "../store/StoreBackup.h"
#include "../store/Transaction.h"
#include "../store/WorkFolder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

const QString manifestEntry = u"manifest.json"_s;
const QString signatureEntry = u"manifest.sig"_s;

struct Opened
{
    BundleManifest manifest;
    QByteArray manifestBytes;
};

// The checks that need nothing but the file: entry names and sizes, manifest, signature.
Result<Opened> openBundle(ZipReader &zip)
{
    using R = Result<Opened>;
    if (!zip.isOpen() || zip.entries().isEmpty())
        return R::failure(
            BundleImport::tr("The file is not a bundle, or it is cut short (was the stick "
                             "pulled out while it was written?)."));
    const QStringList expected = { manifestEntry, signatureEntry, BundleManifest::PayloadEntry };
    // A reader reads the first of two entries with one name, another reader the last: a second
    // manifest or payload could show one thing to a check made with unzip and merge another.
    QSet<QString> seen;
    for (const ZipReader::Entry &e : zip.entries()) {
        if (ZipReader::isUnsafeName(e.name))
            return R::failure(
                BundleImport::tr("The bundle holds an entry named \"%1\", which points outside "
                                 "its folder; it is refused.")
                    .arg(e.name));
        if (!expected.contains(e.name))
            return R::failure(
                BundleImport::tr("The bundle holds an entry \"%1\" that a bundle never has; "
                                 "it is refused.")
                    .arg(e.name));
        if (seen.contains(e.name))
            return R::failure(
                BundleImport::tr("The bundle holds two entries named \"%1\", where a bundle has "
                                 "one; it is refused.")
                    .arg(e.name));
        seen.insert(e.name);
        const qint64 limit = e.name == BundleManifest::PayloadEntry ? BundleImport::PayloadLimit
                                                                    : BundleImport::ManifestLimit;
        if (e.size > limit)
            return R::failure(
                BundleImport::tr("The entry %1 would unpack to %2 bytes, more than a bundle "
                                 "may hold; it is refused.")
                    .arg(e.name)
                    .arg(e.size));
    }
    for (const QString &name : expected) {
        if (std::none_of(zip.entries().cbegin(), zip.entries().cend(),
                [&](const ZipReader::Entry &e) { return e.name == name; }))
            return R::failure(BundleImport::tr("The bundle has no %1.").arg(name));
    }
    auto bytes = zip.read(manifestEntry, BundleImport::ManifestLimit);
    if (!bytes)
        return R::failure(bytes.error());
    auto signature = zip.read(signatureEntry, 64);
    if (!signature)
        return R::failure(signature.error());
    auto manifest = BundleManifest::fromJson(bytes.value());
    if (!manifest)
        return R::failure(manifest.error());
    if (!InstanceKeys::verify(bytes.value(), signature.value(), manifest->producer.signingKey))
        return R::failure(
            BundleImport::tr("The bundle's signature does not match its manifest: it was "
                             "changed after it was made, and is refused."));
    return Opened { manifest.value(), bytes.value() };
}

QString producerLabel(const BundleManifest &m)
{
    return m.producer.unitLabel();
}

// The payload, checked against its hash and decrypted to plainPath.
Result<void> unpackPayload(ZipReader &zip, const BundleManifest &manifest, const InstanceKeys &keys,
    const QString &plainPath)
{
    const QByteArray key = keys.openSealed(manifest.sealedKey);
    if (key.isEmpty())
        return Result<void>::failure(
            BundleImport::tr("The bundle cannot be opened with this installation's key: "
                             "it was encrypted for another one."));
    PayloadCipher::Decryptor decryptor(key, plainPath, manifest.plainBytes);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    QString problem;
    auto read = zip.stream(
        BundleManifest::PayloadEntry, manifest.payloadBytes, [&](const QByteArray &piece) {
            sha.addData(piece);
            if (auto r = decryptor.feed(piece); !r) {
                problem = r.error();
                return false;
            }
            return true;
        });
    if (!problem.isEmpty())
        return Result<void>::failure(problem);
    if (!read)
        return Result<void>::failure(
            BundleImport::tr("The payload is damaged: %1").arg(read.error()));
    if (QString::fromLatin1(sha.result().toHex()) != manifest.payloadSha256)
        return Result<void>::failure(
            BundleImport::tr("The payload is damaged: its SHA-256 is not the one the "
                             "manifest gives."));
    return decryptor.finish();
}

// The attached payload holds the tables the manifest lists, with as many rows, and no others
// this store does not know.
Result<void> checkPayload(Store &store, const BundleManifest &manifest)
{
    QSqlQuery q(store.db());
    if (!q.exec(u"SELECT name FROM bundle.sqlite_schema WHERE type = 'table'"_s))
        return Result<void>::failure(BundleImport::tr("The payload is not a database."));
    const QStringList known = store.syncedTables();
    QStringList present;
    while (q.next())
        present << q.value(0).toString();
    for (const QString &table : present) {
        if (!known.contains(table))
            return Result<void>::failure(
                BundleImport::tr("The bundle carries a table %1 that this program does "
                                 "not know; update the program first.")
                    .arg(table));
        if (!q.exec(u"SELECT count(*) FROM bundle.\"%1\""_s.arg(table)) || !q.next()
            || q.value(0).toLongLong() != manifest.tables.value(table, -1))
            return Result<void>::failure(
                BundleImport::tr("The payload's table %1 does not hold the rows its "
                                 "manifest lists.")
                    .arg(table));
    }
    for (auto it = manifest.tables.cbegin(); it != manifest.tables.cend(); ++it) {
        if (!present.contains(it.key()))
            return Result<void>::failure(
                BundleImport::tr("The payload has no table %1.").arg(it.key()));
    }
    return {};
}

// The payload's tables come without their keys: the checks and the merge look rows up by id, in
// the payload too (a row's parent, a row about to be replaced), so each table gets an index on it.
Result<void> indexPayload(Store &store, const BundleManifest &manifest)
{
    QSqlQuery q(store.db());
    for (auto it = manifest.tables.cbegin(); it != manifest.tables.cend(); ++it) {
        if (it.value() == 0)
            continue;
        if (!q.exec(u"CREATE INDEX bundle.\"tl_%1_id\" ON \"%1\" (id)"_s.arg(it.key())))
            return Result<void>::failure(BundleImport::tr("The payload cannot be read: %1")
                                             .arg(q.lastError().databaseText()));
    }
    return {};
}

// Names the first row whose parent row is missing, as PRAGMA foreign_key_check finds it.
QString missingParent(Store &store, const BundleManifest &manifest)
{
    QSqlQuery q(store.db());
    for (const QString &table : SyncMerge::tablesInOrder(store)) {
        if (manifest.tables.value(table) == 0)
            continue;
        if (q.exec(u"SELECT f.\"table\", f.parent, t.id FROM pragma_foreign_key_check('%1') f "
                   "JOIN main.\"%1\" t ON t.rowid = f.rowid LIMIT 1"_s.arg(table))
            && q.next())
            return BundleImport::tr(
                "The row %1 of %2 refers to a row of %3 that this store does not have. "
                "Was an earlier bundle from %4 left out?")
                .arg(q.value(2).toString(), q.value(0).toString(), q.value(1).toString(),
                    producerLabel(manifest));
    }
    return BundleImport::tr("The bundle refers to rows this store does not have.");
}

// Refuses a bundle with a row stamped later than the bundle was made, or further ahead of this
// computer's clock than the policy allows: a PC whose date is wrong must not win every edit made
// anywhere until its date comes round.
Result<void> checkClocks(Store &store, const BundleManifest &manifest)
{
    const int toleranceMinutes = PolicyValues(store).clockToleranceMinutes();
    const qint64 made = manifest.created.toMSecsSinceEpoch();
    const qint64 here = store.hlc().wallClock() + qint64(toleranceMinutes) * 60'000;
    const quint64 limit = Hlc::fromMillis(qMin(made, here) + 1) - 1;
    QSqlQuery q(store.db());
    for (const QString &table : SyncMerge::tablesInOrder(store)) {
        if (manifest.tables.value(table) == 0)
            continue;
        q.prepare(u"SELECT id, updated_hlc FROM bundle.\"%1\" WHERE updated_hlc > ? "
                  "ORDER BY updated_hlc DESC LIMIT 1"_s.arg(table));
        q.addBindValue(qint64(limit));
        if (!q.exec() || !q.next())
            continue;
        const QDateTime stamped
            = QDateTime::fromMSecsSinceEpoch(Hlc::millis(q.value(1).toULongLong()));
        const QString when = stamped.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (Hlc::millis(q.value(1).toULongLong()) > made)
            return Result<void>::failure(
                BundleImport::tr("The row %1 of %2 is stamped %3, later than the bundle was made "
                                 "(%4). Is the date of the computer at %5 wrong? Put it right "
                                 "there and make a new bundle; it carries the row again.")
                    .arg(q.value(0).toString(), SyncMerge::tableLabel(table), when,
                        manifest.created.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                        producerLabel(manifest)));
        return Result<void>::failure(
            BundleImport::tr("The row %1 of %2 is stamped %3, more than %n minute(s) ahead of this "
                             "computer's clock. Is the date of the computer at %4, or of this "
                             "one, wrong? Put it right and import again.",
                nullptr, toleranceMinutes)
                .arg(q.value(0).toString(), SyncMerge::tableLabel(table), when,
                    producerLabel(manifest)));
    }
    return {};
}

} // namespace

namespace {

qint64 sum(const QList<TableReport> &tables, qint64 TableReport::*count)
{
    qint64 n = 0;
    for (const TableReport &t : tables)
        n += t.*count;
    return n;
}

} // namespace

qint64 BundleImport::Report::inserted() const
{
    return sum(tables, &TableReport::inserted);
}

qint64 BundleImport::Report::updated() const
{
    return sum(tables, &TableReport::updated);
}

qint64 BundleImport::Report::unchanged() const
{
    return sum(tables, &TableReport::unchanged);
}

qint64 BundleImport::Report::conflicts() const
{
    qint64 n = 0;
    for (const TableReport &t : tables)
        n += t.listed();
    return n;
}

Result<BundleManifest> BundleImport::inspect(const QString &file)
{
    ZipReader zip(file);
    auto opened = openBundle(zip);
    if (!opened)
        return Result<BundleManifest>::failure(opened.error());
    return opened->manifest;
}

Result<BundleImport::Report> BundleImport::run(
    Store &store, const InstanceKeys &keys, const QString &file, const Options &options)
{
    using R = Result<Report>;
    if (auto allowed = Rights::check(store, Right::Work); !allowed)
        return R::failure(allowed.error());
    auto step = [&](const QString &what) { return !options.progress || options.progress(what); };
    const QString cancelled = tr("The import was cancelled; nothing was changed.");

    ZipReader zip(file);
    auto opened = openBundle(zip);
    if (!opened)
        return R::failure(opened.error());
    const BundleManifest &manifest = opened->manifest;

    ExchangePeers peers(store);
    Peer producer = peers.bySigningKey(manifest.producer.signingKey);
    const bool trustNow = !producer.isValid() && !options.confirmedFingerprint.isEmpty();
    if (!producer.isValid() && !trustNow)
        return R::failure(
            tr("The bundle comes from %1, whose key this installation does not trust yet. "
               "Its fingerprint is %2: confirm it with them, then trust the key.")
                .arg(producerLabel(manifest), manifest.producer.fingerprint()));
    if (trustNow) {
        if (options.confirmedFingerprint.simplified().toUpper() != manifest.producer.fingerprint())
            return R::failure(
                tr("The fingerprint confirmed (%1) is not that of the bundle's key (%2); "
                   "the bundle is refused.")
                    .arg(options.confirmedFingerprint, manifest.producer.fingerprint()));
        producer = manifest.producer;
    } else if (producer.instanceId != manifest.producer.instanceId) {
        return R::failure(
            tr("The bundle is signed with the key of %1 but names another installation; "
               "it is refused.")
                .arg(producer.unitLabel()));
    }
    if (manifest.recipientInstanceId != store.instanceId()
        || manifest.recipientFingerprint != InstanceKeys::fingerprint(keys.signingPublicKey()))
        return R::failure(
            tr("The bundle was made for another installation (key %1), not for this one.")
                .arg(manifest.recipientFingerprint));
    if (manifest.schemaVersion > Store::latestSchemaVersion())
        return R::failure(
            tr("The bundle comes from a newer program (store version %1, this program knows "
               "%2). Update the program, then import it again.")
                .arg(manifest.schemaVersion)
                .arg(Store::latestSchemaVersion()));
    if (manifest.schemaVersion < FirstOwnedSchema)
        return R::failure(
            tr("The bundle comes from an older program (store version %1) that does not say which "
               "unit owns each row. Update the program at %2, then make the bundle again.")
                .arg(manifest.schemaVersion)
                .arg(producerLabel(manifest)));
    if (manifest.seq <= producer.receivedSeq) {
        const ExchangeRecord before
            = ExchangeHistory::findImport(store, producer.instanceId, manifest.seq);
        if (before.number > 0)
            return R::failure(
                tr("Bundle %1 from %2 was already imported on %3; nothing was changed.")
                    .arg(manifest.seq)
                    .arg(producerLabel(manifest), before.at));
        return R::failure(
            tr("Bundle %1 from %2 is older than the last one imported (%3); an old bundle is "
               "never imported again.")
                .arg(manifest.seq)
                .arg(producerLabel(manifest))
                .arg(producer.receivedSeq));
    }
    QString warning;
    if (!manifest.full && manifest.previousSeq > producer.receivedSeq) {
        warning = tr(
            "Bundles %1 to %2 from %3 were never imported here; rows they carried may be missing.")
                      .arg(producer.receivedSeq + 1)
                      .arg(manifest.previousSeq)
                      .arg(producerLabel(manifest));
        if (!options.acceptGap)
            return R::failure(warning + u' ' + tr("Import them first, or import this one anyway."));
    }

    if (!step(tr("Checking and decrypting the payload")))
        return R::failure(cancelled);
    WorkFolder work(store.path());
    if (!work.isValid())
        return R::failure(tr("Cannot make a working folder beside the store."));
    const QString plainPath = work.filePath(u"payload.sqlite"_s);
    if (auto r = unpackPayload(zip, manifest, keys, plainPath); !r)
        return R::failure(r.error());

    if (!options.backupFolder.isEmpty()) {
        if (!step(tr("Copying the store before the import")))
            return R::failure(cancelled);
        if (auto r
            = StoreBackup::make(store, StoreBackup::Kind::BeforeImport, options.backupFolder);
            !r)
            return R::failure(r.error());
    }

    QSqlQuery q(store.db());
    q.prepare(u"ATTACH DATABASE ? AS bundle"_s);
    q.addBindValue(plainPath);
    if (!q.exec())
        return R::failure(tr("The payload cannot be opened: %1").arg(q.lastError().databaseText()));
    // Detached on every way out, after the transaction has ended.
    struct Detach
    {
        Store &store;
        ~Detach() { QSqlQuery(store.db()).exec(u"DETACH DATABASE bundle"_s); }
    } detach { store };

    Report report;
    report.manifest = manifest;
    report.warning = warning;
    {
        if (auto r = checkPayload(store, manifest); !r)
            return R::failure(r.error());
        if (auto r = indexPayload(store, manifest); !r)
            return R::failure(r.error());
        if (auto r = BundleScope::check(store, u"bundle"_s,
                BundleScope::allowedOwners(store, producer), producerLabel(manifest));
            !r)
            return R::failure(r.error());
        if (auto r = checkClocks(store, manifest); !r)
            return R::failure(r.error());
        Transaction tx(store);
        if (!tx.isActive())
            return R::failure(tx.error());
        // A row may arrive before its parent in the same bundle; the parents are checked whole
        // at the end.
        q.exec(u"PRAGMA defer_foreign_keys = ON"_s);
        // A county's indexes outgrow the usual page cache: the merge writes into all of them at
        // once, and would read most pages back from the disk. Back to the usual when it ends.
        const qint64 usualCache
            = q.exec(u"PRAGMA cache_size"_s) && q.next() ? q.value(0).toLongLong() : -2000;
        q.exec(u"PRAGMA cache_size = -%1"_s.arg(MergeCacheKilobytes));
        struct CacheBack
        {
            Store &store;
            qint64 size;
            ~CacheBack() { QSqlQuery(store.db()).exec(u"PRAGMA cache_size = %1"_s.arg(size)); }
        } cacheBack { store, usualCache };
        if (trustNow) {
            if (auto r = peers.trust(producer); !r)
                return R::failure(r.error());
        }
        if (const QString county = BundleScope::secondHandOwner(store, producer);
            !county.isEmpty()) {
            for (const QString &table : store.syncedTables()) {
                if (manifest.tables.value(table) == 0)
                    continue;
                QSqlQuery drop(store.db());
                drop.prepare(u"DELETE FROM bundle.\"%1\" WHERE owner_unit = ?"_s.arg(table));
                drop.addBindValue(county);
                if (!drop.exec())
                    return R::failure(tr("The payload cannot be read: %1")
                                          .arg(drop.lastError().databaseText()));
            }
        }
        SyncMerge::Source source;
        source.schema = u"bundle"_s;
        source.peerInstanceId = producer.instanceId;
        source.peerUnit = producerLabel(manifest);
        source.peerSeenHlc = producer.sentHlc;
        source.remoteFromHlc = manifest.hlcFrom;
        auto merged = SyncMerge::merge(
            store, source, [&](const QString &table) { return step(tr("Merging %1").arg(table)); });
        if (!merged)
            return R::failure(merged.error());
        report.tables = merged.value();
        // The producer's audit trail at this end must still follow on from what came before:
        // a chain broken at the producer shows here, the import goes on and says so.
        if (manifest.tables.value(u"audit_log"_s) > 0) {
            const auto broken = AuditLog::checkReceived(store, producer.instanceId);
            if (!broken)
                return R::failure(broken.error());
            if (!broken->isEmpty())
                report.warning = QStringList { report.warning, broken.value() }.join(u' ').trimmed();
        }
        if (manifest.tables.value(u"persons"_s) > 0) {
            if (auto r = KnownToSeveralUnits::notice(store, u"bundle"_s); !r)
                return R::failure(r.error());
        }

        int current = 0;
        int highest = 0;
        sqlite3_db_status(store.handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0);
        if (current > 0)
            return R::failure(missingParent(store, manifest));

        if (auto r = peers.recordReceived(producer.instanceId, manifest.seq); !r)
            return R::failure(r.error());
        if (peers.all().size() > 1) {
            const quint64 oldest = SyncMerge::oldestRow(store, u"bundle"_s);
            if (oldest > 0) {
                if (auto r = peers.reachBackTo(oldest - 1, producer.instanceId); !r)
                    return R::failure(r.error());
            }
        }
        ExchangeRecord record;
        record.direction = u"import"_s;
        record.peerInstanceId = producer.instanceId;
        record.unitCode = manifest.producer.unitCode;
        record.unitName = manifest.producer.unitName;
        record.fileName = QFileInfo(file).fileName();
        record.seq = manifest.seq;
        record.full = manifest.full;
        record.rows = manifest.rowCount();
        record.bytes = QFileInfo(file).size();
        record.tables = report.tables;
        record.warning = report.warning;
        if (auto r = ExchangeHistory::record(store, record); !r)
            return R::failure(r.error());
        if (!step(tr("Saving")))
            return R::failure(cancelled);
        if (auto r = tx.commit(); !r)
            return R::failure(r.error());
    }
    if (!options.backupFolder.isEmpty())
        StoreBackup::keepNewest(options.backupFolder, StoreBackup::Kind::BeforeImport);
    store.hlc().observe(manifest.hlcTo);
    return report;
}
