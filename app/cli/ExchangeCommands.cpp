// The keys and bundle commands of the command-line tool.
#include "CliCommands.h"

#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/ExchangePeers.h"
#include "exchange/InstanceKeys.h"
#include "store/Store.h"
#include "store/StoreBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            CliCommands::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.read(1 << 16);
}

} // namespace

int CliCommands::keys(Store &store, const QString &sub, const QStringList &words,
    const QMultiMap<QString, QString> &options)
{
    auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path()));
    if (!keys)
        return fail(keys.error());
    if (sub == "list"_L1) {
        for (const Peer &peer : ExchangePeers(store).all()) {
            m_out << peer.unitCode << '\t' << peer.unitName << '\t' << peer.fingerprint() << '\t'
                  << tr("sent %1, received %2").arg(peer.sentSeq).arg(peer.receivedSeq) << Qt::endl;
        }
        return 0;
    }
    if (sub == "trust"_L1) {
        if (words.isEmpty())
            return usage(tr("keys trust needs the key file."));
        auto text = readFile(words.first());
        if (!text)
            return fail(text.error());
        auto peer = KeyFile::read(text.value());
        if (!peer)
            return fail(peer.error());
        if (auto r = ExchangePeers(store).trust(peer.value()); !r)
            return fail(r.error());
        m_out << tr("Trusted %1, fingerprint %2.").arg(peer->unitLabel(), peer->fingerprint())
              << Qt::endl;
        return 0;
    }
    auto self = KeyFile::self(store, keys.value());
    if (!self)
        return fail(self.error());
    if (sub == "show"_L1) {
        m_out << self->unitLabel() << '\t' << self->fingerprint() << Qt::endl;
        return 0;
    }
    if (sub == "export"_L1) {
        const QString out = options.value(u"out"_s);
        if (out.isEmpty())
            return usage(tr("keys export needs --out FILE."));
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(KeyFile::write(self.value())) < 0
            || !file.commit())
            return fail(tr("Cannot write %1: %2").arg(out, file.errorString()));
        m_out << tr("Wrote the public keys of %1 to %2; fingerprint %3.")
                     .arg(self->unitLabel(), out, self->fingerprint())
              << Qt::endl;
        return 0;
    }
    return usage(tr("keys takes show, export, trust or list."));
}

int CliCommands::bundle(Store &store, const QString &sub, const QStringList &words,
    const QMultiMap<QString, QString> &options)
{
    auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path()));
    if (!keys)
        return fail(keys.error());
    if (sub == "export"_L1) {
        const QString to = options.value(u"to"_s);
        const QString out = options.value(u"out"_s);
        if (to.isEmpty() || out.isEmpty())
            return usage(tr("bundle export needs --to KEYFILE and --out FILE."));
        auto text = readFile(to);
        if (!text)
            return fail(text.error());
        auto recipient = KeyFile::read(text.value());
        if (!recipient)
            return fail(recipient.error());
        // Choosing the recipient's key file is trusting it.
        if (auto r = ExchangePeers(store).trust(recipient.value()); !r)
            return fail(r.error());
        BundleExport::Options exportOptions;
        exportOptions.full = options.contains(u"full"_s);
        QString folder = out;
        if (!QFileInfo(out).isDir()) {
            folder = QFileInfo(out).absolutePath();
            exportOptions.fileName = QFileInfo(out).fileName();
        }
        auto made = BundleExport::write(
            store, keys.value(), recipient->instanceId, folder, exportOptions);
        if (!made)
            return fail(made.error());
        m_out << tr("Wrote bundle %1 for %2: %3 rows, %4 bytes.")
                     .arg(made->manifest.seq)
                     .arg(recipient->unitLabel())
                     .arg(made->manifest.rowCount())
                     .arg(made->bytes)
              << Qt::endl
              << made->filePath << Qt::endl;
        return 0;
    }
    if (sub == "import"_L1) {
        if (words.isEmpty())
            return usage(tr("bundle import needs the bundle file."));
        BundleImport::Options importOptions;
        importOptions.acceptGap = options.contains(u"accept-gap"_s);
        importOptions.confirmedFingerprint = options.value(u"trust"_s);
        importOptions.backupFolder = StoreBackup::folderFor(store.path());
        // Steps are shown on a terminal only: piped, stderr carries nothing but a refusal's line.
        if (isatty(STDERR_FILENO)) {
            importOptions.progress = [this](const QString &step) {
                m_err << step << Qt::endl;
                return true;
            };
        }
        auto report = BundleImport::run(store, keys.value(), words.first(), importOptions);
        if (!report)
            return fail(report.error());
        m_out << tr("Imported bundle %1 from %2.")
                     .arg(report->manifest.seq)
                     .arg(report->manifest.producer.unitLabel())
              << Qt::endl;
        m_out << tr("table\tinserted\tupdated\tunchanged\tconflicts") << Qt::endl;
        for (const TableReport &t : report->tables) {
            m_out << t.table << '\t' << t.inserted << '\t' << t.updated << '\t' << t.unchanged
                  << '\t' << t.listed() << Qt::endl;
        }
        if (!report->warning.isEmpty())
            m_err << report->warning << Qt::endl;
        return 0;
    }
    return usage(tr("bundle takes export or import."));
}
