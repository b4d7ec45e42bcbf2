#include "DataExchangePage.h"

#include "ConflictsModel.h"
#include "FingerprintDialog.h"

#include "main/FormParts.h"
#include "main/LongTask.h"

#include "exchange/BundleExport.h"
#include "exchange/BundleImport.h"
#include "exchange/DuplicateRows.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangePeers.h"
#include "exchange/SyncConflicts.h"
#include "store/Store.h"
#include "store/StoreBackup.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString levelLabel(const QString &level)
{
    return level == "county"_L1 ? DataExchangePage::tr("County") : DataExchangePage::tr("Township");
}

QString when(const QString &isoTime)
{
    return QString(isoTime).replace(u'T', u' ');
}

// Units and names come from key files and bundles, which anyone can write: a message box would
// take "<img src=...>" in one for markup, so its text is plain.
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

DataExchangePage::DataExchangePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_conflictsModel(new ConflictsModel(store, this))
{
    setObjectName(u"dataExchangePage"_s);
    if (auto keys = InstanceKeys::loadOrCreate(InstanceKeys::folderFor(store.path())))
        m_keys = keys.value();

    m_self = new QLabel;
    m_self->setObjectName(u"selfKeyLabel"_s);
    m_self->setTextFormat(Qt::PlainText);
    m_self->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *saveKey = new QPushButton(tr("&Save this installation's key file…"));
    saveKey->setObjectName(u"saveKeyButton"_s);
    m_message = FormParts::messageLabel();

    // Bundles: the trusted installations, and what to do with them.
    m_peers = FormParts::recordsTable(
        { tr("Unit"), tr("Level"), tr("Key fingerprint"), tr("Bundles sent"),
            tr("Bundles received"), tr("Last received") },
        u"peersTable"_s);
    auto *trust = new QPushButton(tr("&Trust a key file…"));
    trust->setObjectName(u"trustKeyButton"_s);
    m_forget = new QPushButton(tr("&Remove"));
    m_forget->setObjectName(u"forgetPeerButton"_s);
    m_full = new QCheckBox(tr("&Full (all records, not only the changes)"));
    m_full->setObjectName(u"fullBundleCheckBox"_s);
    m_export = new QPushButton(tr("&Make a bundle for the selected…"));
    m_export->setObjectName(u"exportButton"_s);
    m_import = new QPushButton(tr("&Import a bundle…"));
    m_import->setObjectName(u"importButton"_s);
    m_reportTitle = new QLabel;
    m_reportTitle->setObjectName(u"reportLabel"_s);
    m_reportTitle->setTextFormat(Qt::PlainText);
    m_reportTitle->setWordWrap(true);
    m_report = FormParts::recordsTable(
        { tr("Records"), tr("Inserted"), tr("Updated"), tr("Unchanged"), tr("Conflicts") },
        u"reportTable"_s);
    auto *bundles = new QWidget;
    auto *peerBar = new QHBoxLayout;
    peerBar->addWidget(trust);
    peerBar->addWidget(m_forget);
    peerBar->addStretch();
    auto *moveBar = new QHBoxLayout;
    moveBar->addWidget(m_export);
    moveBar->addWidget(m_full);
    moveBar->addStretch();
    moveBar->addWidget(m_import);
    auto *bundlesLayout = new QVBoxLayout(bundles);
    bundlesLayout->addWidget(new QLabel(tr("Installations this one exchanges bundles with:")));
    bundlesLayout->addWidget(m_peers, 2);
    bundlesLayout->addLayout(peerBar);
    bundlesLayout->addLayout(moveBar);
    bundlesLayout->addWidget(m_reportTitle);
    bundlesLayout->addWidget(m_report, 3);

    m_history
        = FormParts::recordsTable({ tr("Time"), tr("Direction"), tr("Unit"), tr("File"), tr("No."),
                                      tr("Records"), tr("Conflicts"), tr("By"), tr("Warning") },
            u"historyTable"_s);

    // Conflicts: the list, the two versions of the selected one side by side, and the choice.
    m_conflicts = FormParts::recordsView(m_conflictsModel, u"conflictsView"_s);
    FormParts::fitColumns(m_conflicts, ConflictsModel::Differences);
    m_conflictDetail = FormParts::recordsTable(
        { tr("Field"), tr("Here"), tr("Arriving") }, u"conflictDetailTable"_s);
    m_keepLocal = new QPushButton(tr("Keep &this installation's version"));
    m_keepLocal->setObjectName(u"keepLocalButton"_s);
    m_keepRemote = new QPushButton(tr("Keep the &arriving version"));
    m_keepRemote->setObjectName(u"keepRemoteButton"_s);
    m_split = new QPushButton(tr("&Undo the merge…"));
    m_split->setObjectName(u"splitButton"_s);
    m_split->setToolTip(tr("The two were different records: correct one of them and keep both."));
    auto *conflicts = new QWidget;
    auto *keepBar = new QHBoxLayout;
    keepBar->addWidget(m_keepLocal);
    keepBar->addWidget(m_keepRemote);
    keepBar->addWidget(m_split);
    keepBar->addStretch();
    auto *conflictsLayout = new QVBoxLayout(conflicts);
    conflictsLayout->addWidget(m_conflicts, 3);
    conflictsLayout->addWidget(m_conflictDetail, 2);
    conflictsLayout->addLayout(keepBar);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"exchangeTabs"_s);
    m_tabs->addTab(bundles, tr("Bundles"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(conflicts, tr("Conflicts"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_self, 1);
    top->addWidget(saveKey);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs);

    connect(saveKey, &QPushButton::clicked, this, &DataExchangePage::saveKeyFile);
    connect(trust, &QPushButton::clicked, this, &DataExchangePage::chooseKeyFile);
    connect(m_forget, &QPushButton::clicked, this, &DataExchangePage::forgetPeer);
    connect(m_export, &QPushButton::clicked, this, &DataExchangePage::chooseExportFolder);
    connect(m_import, &QPushButton::clicked, this, &DataExchangePage::chooseImportFile);
    connect(m_peers, &QTableWidget::itemSelectionChanged, this, &DataExchangePage::updateButtons);
    connect(m_conflicts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DataExchangePage::showConflict);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keepVersion(false); });
    connect(m_keepRemote, &QPushButton::clicked, this, [this] { keepVersion(true); });
    connect(m_split, &QPushButton::clicked, this, &DataExchangePage::undoMerge);
    FormParts::loadWhenFirstShown(this, [this] { reload(); });
}

void DataExchangePage::reload()
{
    if (!m_keys) {
        m_self->setText(
            tr("The keys of this installation cannot be read; bundles cannot be made or "
               "taken in."));
    } else if (auto self = KeyFile::self(m_store, *m_keys)) {
        m_self->setText(tr("This installation: %1 — key fingerprint %2")
                            .arg(self->unitLabel(), self->fingerprint()));
    }

    const QString selected = selectedPeer();
    const QList<Peer> peers = ExchangePeers(m_store).all();
    m_peers->setRowCount(int(peers.size()));
    for (int row = 0; row < peers.size(); ++row) {
        const Peer &p = peers[row];
        FormParts::setRowTexts(m_peers, row,
            { p.unitLabel(), levelLabel(p.unitLevel), p.fingerprint(), QString::number(p.sentSeq),
                QString::number(p.receivedSeq), when(p.receivedAt) });
        m_peers->item(row, 0)->setData(Qt::UserRole, p.instanceId);
        if (p.instanceId == selected || (selected.isEmpty() && row == 0))
            m_peers->selectRow(row);
    }

    const QList<ExchangeRecord> history = ExchangeHistory::recent(m_store);
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const ExchangeRecord &r = history[row];
        qint64 conflicts = 0;
        for (const TableReport &t : r.tables)
            conflicts += t.listed();
        FormParts::setRowTexts(m_history, row,
            { when(r.at), r.kind == "ledger"_L1 ? tr("Ledger imported")
                : r.direction == "export"_L1 ? tr("Sent") : tr("Received"),
                r.unitCode + u' ' + r.unitName, r.fileName, QString::number(r.seq),
                QString::number(r.rows), QString::number(conflicts), r.userName, r.warning });
    }

    m_conflictsModel->reload();
    const qint64 open = SyncConflicts(m_store).openCount();
    m_tabs->setTabText(2, open > 0 ? tr("Conflicts (%1 open)").arg(open) : tr("Conflicts"));
    showConflict();
    updateButtons();
}

QString DataExchangePage::selectedPeer() const
{
    const QList<QTableWidgetItem *> items = m_peers->selectedItems();
    if (items.isEmpty())
        return {};
    QTableWidgetItem *first = m_peers->item(items.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

void DataExchangePage::updateButtons()
{
    const bool peer = !selectedPeer().isEmpty();
    m_forget->setEnabled(peer);
    m_export->setEnabled(peer && m_keys);
    m_import->setEnabled(bool(m_keys));
}

void DataExchangePage::saveKeyFile()
{
    if (!m_keys)
        return;
    auto self = KeyFile::self(m_store, *m_keys);
    if (!self) {
        m_message->setText(self.error());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the key file"),
        QDir::home().filePath(self->unitCode + u".pem"_s), tr("Key files (*.pem)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(KeyFile::write(self.value())) < 0
        || !file.commit()) {
        m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_message->clear();
    ask(this, QMessageBox::Information, tr("Key file saved"),
        tr("Give %1 to the other office. When they trust it, read them this "
           "fingerprint over the phone so they can check it:\n\n%2")
            .arg(QFileInfo(path).fileName(), self->fingerprint()));
}

void DataExchangePage::chooseKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Trust a key file"), QDir::homePath(), tr("Key files (*.pem)"));
    if (!path.isEmpty())
        trustKeyFile(path);
}

void DataExchangePage::trustKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto peer = KeyFile::read(file.read(1 << 16));
    if (!peer) {
        m_message->setText(peer.error());
        return;
    }
    FingerprintDialog confirm(
        FingerprintDialog::Purpose::TrustKeyFile, peer->unitLabel(), peer->fingerprint(), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    if (auto r = ExchangePeers(m_store).trust(peer.value()); !r) {
        m_message->setText(r.error());
        return;
    }
    m_message->clear();
    reload();
}

void DataExchangePage::forgetPeer()
{
    const QString id = selectedPeer();
    const Peer peer = ExchangePeers(m_store).byInstance(id);
    if (!peer.isValid())
        return;
    if (ask(this, QMessageBox::Question, tr("Remove the key?"),
            tr("Bundles from %1 will be refused until its key is trusted again.")
                .arg(peer.unitLabel()),
            QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (auto r = ExchangePeers(m_store).forget(id); !r)
        m_message->setText(r.error());
    reload();
}

void DataExchangePage::chooseExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Where to write the bundle (the USB stick)"), QDir::homePath());
    if (!folder.isEmpty())
        exportBundle(folder);
}

void DataExchangePage::exportBundle(const QString &folder)
{
    const QString recipient = selectedPeer();
    if (recipient.isEmpty() || !m_keys)
        return;
    const QString path = m_store.path();
    const User user = m_store.user();
    const InstanceKeys keys = *m_keys;
    const bool full = m_full->isChecked();
    BundleExport::Summary summary;
    const QString problem = LongTask::run(
        this, tr("Making the bundle…"), [&](const LongTask::Progress &progress) {
            auto store = Store::open(path);
            if (!store)
                return store.error();
            store.value()->setUser(user);
            BundleExport::Options options;
            options.full = full;
            options.progress = [&](const QString &, int percent) { return progress(percent, 100); };
            auto made = BundleExport::write(*store.value(), keys, recipient, folder, options);
            if (!made)
                return made.error();
            summary = made.value();
            return QString();
        });
    m_message->setText(problem);
    if (problem.isEmpty()) {
        m_reportTitle->setText(tr("Wrote %1 (%2 records, %3 KB) for %4.")
                                   .arg(QDir::toNativeSeparators(summary.filePath))
                                   .arg(summary.manifest.rowCount())
                                   .arg((summary.bytes + 1023) / 1024)
                                   .arg(ExchangePeers(m_store).byInstance(recipient).unitLabel()));
        m_report->setRowCount(0);
    }
    reload();
}

void DataExchangePage::chooseImportFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import a bundle"), QDir::homePath(), tr("Bundles (*.tlb)"));
    if (!file.isEmpty())
        importBundle(file);
}

void DataExchangePage::importBundle(const QString &file)
{
    if (!m_keys)
        return;
    auto manifest = BundleImport::inspect(file);
    if (!manifest) {
        m_message->setText(manifest.error());
        return;
    }
    BundleImport::Options options;
    const Peer producer = ExchangePeers(m_store).bySigningKey(manifest->producer.signingKey);
    if (!producer.isValid()) {
        FingerprintDialog confirm(FingerprintDialog::Purpose::TrustSender,
            manifest->producer.unitLabel(), manifest->producer.fingerprint(), this);
        if (confirm.exec() != QDialog::Accepted)
            return;
        options.confirmedFingerprint = manifest->producer.fingerprint();
    } else if (!manifest->full && manifest->previousSeq > producer.receivedSeq
        && manifest->seq > producer.receivedSeq) {
        const auto answer = ask(this, QMessageBox::Warning, tr("Bundles are missing"),
            tr("Bundles %1 to %2 from %3 were never imported here, so records they carried may be "
               "missing. Import them first if you have them.\n\nImport this one anyway?")
                .arg(producer.receivedSeq + 1)
                .arg(manifest->previousSeq)
                .arg(producer.unitLabel()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        options.acceptGap = true;
    }

    const QString path = m_store.path();
    const User user = m_store.user();
    const InstanceKeys keys = *m_keys;
    BundleImport::Report report;
    const int steps = int(m_store.syncedTables().size()) + 4;
    const QString problem
        = LongTask::run(this, tr("Importing the bundle…"), [&](const LongTask::Progress &progress) {
              auto store = Store::open(path);
              if (!store)
                  return store.error();
              store.value()->setUser(user);
              int done = 0;
              options.backupFolder = StoreBackup::folderFor(path);
              options.progress = [&](const QString &) { return progress(++done, steps); };
              auto imported = BundleImport::run(*store.value(), keys, file, options);
              if (!imported)
                  return imported.error();
              report = imported.value();
              return QString();
          });
    m_message->setText(problem);
    if (problem.isEmpty()) {
        m_reportTitle->setText(
            tr("Imported bundle %1 from %2: %3 inserted, %4 updated, %5 unchanged, "
               "%6 conflicts.")
                .arg(report.manifest.seq)
                .arg(report.manifest.producer.unitLabel())
                .arg(report.inserted())
                .arg(report.updated())
                .arg(report.unchanged())
                .arg(report.conflicts())
            + (report.warning.isEmpty() ? QString() : u"\n"_s + report.warning));
        m_report->setRowCount(int(report.tables.size()));
        for (int row = 0; row < report.tables.size(); ++row) {
            const TableReport &t = report.tables[row];
            FormParts::setRowTexts(m_report, row,
                { SyncMerge::tableLabel(t.table), QString::number(t.inserted),
                    QString::number(t.updated), QString::number(t.unchanged),
                    QString::number(t.listed()) });
        }
        // The import ran on its own connection: this one's clock must also move past the
        // bundle's, or an edit made here next could lose against an older one that arrived.
        m_store.hlc().observe(report.manifest.hlcTo);
        emit storeChanged();
    }
    reload();
}

void DataExchangePage::showConflict()
{
    const SyncConflict *c = m_conflictsModel->recordAt(m_conflicts->currentIndex());
    m_conflictDetail->setRowCount(0);
    const bool open = c && c->resolution.isEmpty();
    const bool merged = c && c->kind == "merged"_L1;
    m_keepLocal->setEnabled(open);
    m_keepRemote->setEnabled(open && !merged);
    m_split->setEnabled(open && merged);
    if (!c)
        return;
    QStringList fields = c->remote.keys();
    fields << u"deleted"_s;
    m_conflictDetail->setRowCount(int(fields.size()));
    const QStringList differing = c->differences();
    for (int row = 0; row < fields.size(); ++row) {
        const QString &f = fields[row];
        const bool isDeleted = f == "deleted"_L1;
        const QString here = c->local.isEmpty() && !isDeleted ? QString()
            : isDeleted ? (c->localDeleted ? tr("deleted") : QString())
                        : c->local.value(f).toString();
        const QString there = isDeleted ? (c->remoteDeleted ? tr("deleted") : QString())
                                        : c->remote.value(f).toString();
        FormParts::setRowTexts(m_conflictDetail, row,
            { isDeleted ? tr("Deleted") : SyncMerge::columnLabel(f), here, there });
        if (differing.contains(f)) {
            for (int col = 0; col < 3; ++col) {
                QFont bold = m_conflictDetail->item(row, col)->font();
                bold.setBold(true);
                m_conflictDetail->item(row, col)->setFont(bold);
            }
        }
    }
}

void DataExchangePage::undoMerge()
{
    const SyncConflict *c = m_conflictsModel->recordAt(m_conflicts->currentIndex());
    if (!c || c->kind != "merged"_L1)
        return;
    const QString column = DuplicateRows::keyColumn(c->table);
    bool ok = false;
    const QString value = QInputDialog::getText(this, tr("Undo the merge"),
        tr("%1 of %2 was merged into a record with the same %1. Enter the corrected %1 of %2; "
           "the two are kept apart from then on, here and at every installation.")
            .arg(SyncMerge::columnLabel(column), c->label()),
        QLineEdit::Normal, c->remote.value(column).toString(), &ok);
    if (!ok)
        return;
    auto r = SyncConflicts(m_store).split(c->number, { { column, value.trimmed() } });
    m_message->setText(r ? tr("The merge was undone.") : r.error());
    if (r)
        emit storeChanged();
    reload();
}

void DataExchangePage::keepVersion(bool remote)
{
    const SyncConflict *c = m_conflictsModel->recordAt(m_conflicts->currentIndex());
    if (!c)
        return;
    SyncConflicts conflicts(m_store);
    auto r = remote ? conflicts.keepRemote(c->number) : conflicts.keepLocal(c->number);
    m_message->setText(r ? QString() : r.error());
    if (r)
        emit storeChanged();
    reload();
}
