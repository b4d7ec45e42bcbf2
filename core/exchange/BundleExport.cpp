#include "BundleExport.h"

#include "ExchangeHistory.h"
#include "ExchangePeers.h"
#include "InstanceKeys.h"
#include "PayloadCipher.h"
#include "ZipArchive.h"

#include "../store/Store.h"
#include "../store/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Flushes a written file to the device, so that the rename that follows never shows a name
// whose bytes are still in memory.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

struct Payload
{
    QMap<QString, qint64> tables;
    quint64 upToHlc = 0;
};

// What of the county's own rows in table goes down to one township (:unit, the first nine digits
// :township): rows meant for a unit go to that unit, and rows about a township's places, persons
// and households (a name the county corrected, say) to that township only, never to its
// neighbours. Everything else the county made (risk areas, policy values) goes to every township.
QString countyScope(Store &store, const QString &table)
{
    QSet<QString> columns;
    QSqlQuery q(store.db());
    q.prepare(u"SELECT name FROM pragma_table_info(?)"_s);
    q.addBindValue(table);
    q.exec();
    while (q.next())
        columns.insert(q.value(0).toString());
    const QString places = u"SELECT id FROM main.regions WHERE substr(code, 1, 9) = :township"_s;
    const QString persons = u"SELECT id FROM main.persons WHERE region_id IN (%1)"_s.arg(places);
    QString scope;
    if (columns.contains(u"for_unit"_s))
        scope += u" AND for_unit IN ('', :unit)"_s;
    if (table == "regions"_L1)
        scope += u" AND (level = 0 OR substr(code, 1, 9) = :township)"_s;
    if (columns.contains(u"region_id"_s))
        scope += u" AND region_id IN (%1)"_s.arg(places);
    if (columns.contains(u"household_id"_s))
        scope += u" AND (household_id IS NULL OR household_id IN "
                 "(SELECT id FROM main.households WHERE region_id IN (%1)))"_s.arg(places);
    if (columns.contains(u"person_id"_s))
        scope += u" AND (person_id IS NULL OR person_id IN (%1))"_s.arg(persons);
    if (columns.contains(u"measure_id"_s))
        scope
            += u" AND measure_id IN (SELECT id FROM main.control_measures WHERE person_id IN (%1))"_s
                   .arg(persons);
    return scope;
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
    // A county sends down what it made, and of the rows meant for one township (for_unit) only the
    // recipient's; a township passes on all but the recipient's own rows.
    const bool county = me.unitLevel == "county"_L1;
    const QStringList tables = store.syncedTables();
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
            = county ? u"origin = :me"_s + countyScope(store, table) : u"origin <> :recipient"_s;
        QSqlQuery copy(store.db());
        copy.prepare(
            u"INSERT INTO bundle.\"%1\" SELECT * FROM main.\"%1\" WHERE updated_hlc > :since AND %2"_s
                .arg(table, scope));
        copy.bindValue(u":since"_s, qint64(since));
        copy.bindValue(
            county ? u":me"_s : u":recipient"_s, county ? me.instanceId : recipient.instanceId);
        if (scope.contains(u":unit"_s))
            copy.bindValue(u":unit"_s, recipient.unitCode);
        if (scope.contains(u":township"_s))
            copy.bindValue(u":township"_s, recipient.unitCode.left(9));
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
    auto me = KeyFile::self(store, keys);
    if (!me)
        return R::failure(me.error());
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
    manifest.created = QDateTime::currentDateTime();
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
    QTemporaryDir work(QFileInfo(store.path()).absoluteDir().filePath(u"exchange-XXXXXX"_s));
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
        || !syncToDisk(partPath)) {
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
    syncToDisk(folder);
    if (auto r = tx.commit(); !r) {
        QFile::remove(finalPath);
        return R::failure(r.error());
    }
    if (options.progress)
        options.progress(tr("Done"), 100);
    return summary;
}
