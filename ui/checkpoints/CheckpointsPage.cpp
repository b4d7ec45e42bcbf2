#include "CheckpointsPage.h"

#include "CheckpointEntriesModel.h"
#include "EntryLine.h"

#include "main/FormParts.h"
#include "main/ReadingOverlay.h"

#include "checkpoints/CheckpointLog.h"
#include "checkpoints/CheckpointRepository.h"
#include "measures/PolicyValues.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The page's reads, each replacing the one before it.
enum Read { CheckpointsRead, EntriesRead, CountsRead, RosterRead, PermitsRead };

struct Setting
{
    QList<Checkpoint> checkpoints;
    double fever = 37.3;
};

struct DayCounts
{
    QList<CheckpointLog::Counts> counts;
    QList<CheckpointLog::Counts> trend;
};

struct Roster
{
    QHash<QString, QString> names;
    QList<DutyShift> shifts;
    QList<CheckpointRepository::Gap> gaps;
};

QStringList countCells(const CheckpointLog::Counts &c)
{
    return { QString::number(c.in), QString::number(c.out), QString::number(c.vehicles),
        QString::number(c.turnedBack), QString::number(c.fevers), QString::number(c.redOrYellow) };
}

} // namespace

CheckpointsPage::CheckpointsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
    , m_entriesModel(new CheckpointEntriesModel(m_reader, EntriesRead, PersonalData(store), this))
{
    setObjectName(u"checkpointsPage"_s);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(u"checkpointTabs"_s);
    tabs->addTab(entryTab(), tr("Entry log"));
    tabs->addTab(countsTab(), tr("Daily counts"));
    tabs->addTab(rosterTab(), tr("Duty roster"));
    tabs->addTab(permitsTab(), tr("Pass permits"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool CheckpointsPage::isReading() const
{
    return m_reader->isReading();
}

QWidget *CheckpointsPage::entryTab()
{
    m_checkpoint = new QComboBox;
    m_checkpoint->setObjectName(u"checkpointComboBox"_s);
    m_direction = new QComboBox;
    m_direction->setObjectName(u"directionComboBox"_s);
    m_direction->addItem(CheckpointEntry::directionLabel(u"in"_s), u"in"_s);
    m_direction->addItem(CheckpointEntry::directionLabel(u"out"_s), u"out"_s);
    m_recordedBy = new QLineEdit(m_store.user().name);
    m_recordedBy->setObjectName(u"recordedByEdit"_s);
    auto *addCheckpoint = new QPushButton(tr("New &checkpoint…"));
    addCheckpoint->setObjectName(u"addCheckpointButton"_s);
    m_line = new EntryLine(m_store);
    m_entries = FormParts::recordsView(m_entriesModel, u"entriesTableView"_s);
    FormParts::fitColumns(m_entries, CheckpointEntriesModel::From);
    m_entriesCount = new QLabel;
    m_entriesCount->setObjectName(u"entriesCountLabel"_s);
    m_entriesCover = new ReadingOverlay(m_entries, u"entriesReadingOverlay"_s);
    connect(m_entriesModel, &CheckpointEntriesModel::loaded, this, [this](const QString &problem) {
        if (!problem.isEmpty()) {
            m_entriesCover->fail(problem);
            m_entriesCount->clear();
            return;
        }
        m_entriesCover->clear();
        m_entriesCount->setText(
            tr("%1 entries today at this checkpoint").arg(m_entriesModel->totalCount()));
    });
    auto *correct = new QPushButton(tr("Co&rrect the selected entry…"));
    correct->setObjectName(u"correctEntryButton"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Checkpoint")));
    bar->addWidget(m_checkpoint, 1);
    bar->addWidget(new QLabel(tr("Direction (F2)")));
    bar->addWidget(m_direction);
    bar->addWidget(new QLabel(tr("Recorded by")));
    bar->addWidget(m_recordedBy);
    bar->addStretch();
    bar->addWidget(addCheckpoint);
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_entriesCount);
    listBar->addStretch();
    listBar->addWidget(correct);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_line);
    layout->addLayout(listBar);
    layout->addWidget(m_entries, 1);

    // F2 turns the direction round without leaving the line.
    auto *flip = new QShortcut(
        QKeySequence(Qt::Key_F2), tab, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(flip, &QShortcut::activated, this,
        [this] { m_direction->setCurrentIndex(1 - m_direction->currentIndex()); });
    connect(m_checkpoint, &QComboBox::currentIndexChanged, this, [this] {
        m_line->setCheckpoint(m_checkpoint->currentData().toString());
        showEntries();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this,
        [this] { m_line->setDirection(m_direction->currentData().toString()); });
    connect(m_recordedBy, &QLineEdit::textChanged, m_line, &EntryLine::setRecordedBy);
    m_line->setRecordedBy(m_recordedBy->text());
    connect(m_line, &EntryLine::saved, this, &CheckpointsPage::showEntries);
    connect(correct, &QPushButton::clicked, this, &CheckpointsPage::correctEntry);
    connect(addCheckpoint, &QPushButton::clicked, this, &CheckpointsPage::addCheckpoint);
    return tab;
}

QWidget *CheckpointsPage::countsTab()
{
    m_countsDay = FormParts::dayEdit(QDate::currentDate(), u"countsDayEdit"_s);
    const QStringList figures = { tr("In"), tr("Out"), tr("Vehicles"), tr("Turned back"),
        tr("Fevers"), tr("Red/yellow codes") };
    m_counts
        = FormParts::recordsTable(QStringList { tr("Checkpoint") } + figures, u"countsTable"_s);
    m_trend = FormParts::recordsTable(QStringList { tr("Day") } + figures, u"trendTable"_s);
    m_countsCover = new ReadingOverlay(m_counts, u"countsReadingOverlay"_s);
    m_trendCover = new ReadingOverlay(m_trend, u"trendReadingOverlay"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Day")));
    bar->addWidget(m_countsDay);
    bar->addStretch();
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_counts, 1);
    layout->addWidget(new QLabel(tr("All checkpoints, the last ten days:")));
    layout->addWidget(m_trend, 2);
    connect(m_countsDay, &QDateEdit::dateChanged, this, &CheckpointsPage::showCounts);
    return tab;
}

QWidget *CheckpointsPage::rosterTab()
{
    m_rosterDay = FormParts::dayEdit(QDate::currentDate(), u"rosterDayEdit"_s);
    m_shifts = FormParts::recordsTable(
        { tr("Checkpoint"), tr("Hours"), tr("On duty"), tr("Role"), tr("Phone") },
        u"shiftsTable"_s);
    m_gaps = new QLabel;
    m_gaps->setObjectName(u"gapsLabel"_s);
    m_gaps->setWordWrap(true);
    m_gaps->setStyleSheet(FormParts::problemStyleSheet());
    m_shiftsCover = new ReadingOverlay(m_shifts, u"shiftsReadingOverlay"_s);
    m_shiftCheckpoint = new QComboBox;
    m_shiftCheckpoint->setObjectName(u"shiftCheckpointComboBox"_s);
    m_fromHour = new QSpinBox;
    m_fromHour->setObjectName(u"fromHourSpinBox"_s);
    m_fromHour->setRange(0, 23);
    m_toHour = new QSpinBox;
    m_toHour->setObjectName(u"toHourSpinBox"_s);
    m_toHour->setRange(1, 24);
    m_toHour->setValue(8);
    m_staffName = new QLineEdit;
    m_staffName->setObjectName(u"staffNameEdit"_s);
    m_staffName->setPlaceholderText(tr("Name"));
    m_role = new QComboBox;
    m_role->setObjectName(u"roleComboBox"_s);
    for (const QString &r : DutyShift::roles())
        m_role->addItem(DutyShift::roleLabel(r), r);
    m_staffPhone = new QLineEdit;
    m_staffPhone->setObjectName(u"staffPhoneEdit"_s);
    m_staffPhone->setPlaceholderText(tr("Phone"));
    auto *add = new QPushButton(tr("&Add to the roster"));
    add->setObjectName(u"addShiftButton"_s);
    m_rosterMessage = FormParts::messageLabel();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Day")));
    bar->addWidget(m_rosterDay);
    bar->addStretch();
    auto *form = new QHBoxLayout;
    form->addWidget(m_shiftCheckpoint, 1);
    form->addWidget(m_fromHour);
    form->addWidget(new QLabel(u"–"_s));
    form->addWidget(m_toHour);
    form->addWidget(m_staffName);
    form->addWidget(m_role);
    form->addWidget(m_staffPhone);
    form->addWidget(add);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_gaps);
    layout->addWidget(m_shifts, 1);
    layout->addLayout(form);
    layout->addWidget(m_rosterMessage);
    connect(m_rosterDay, &QDateEdit::dateChanged, this, &CheckpointsPage::showRoster);
    connect(add, &QPushButton::clicked, this, &CheckpointsPage::addShift);
    connect(m_staffPhone, &QLineEdit::returnPressed, this, &CheckpointsPage::addShift);
    return tab;
}

QWidget *CheckpointsPage::permitsTab()
{
    m_permits = FormParts::recordsTable(
        { tr("Number"), tr("Holder"), tr("Plate"), tr("From"), tr("To"), tr("Issued by") },
        u"permitsTable"_s);
    m_permitsCover = new ReadingOverlay(m_permits, u"permitsReadingOverlay"_s);
    m_permitNumber = new QLineEdit;
    m_permitNumber->setObjectName(u"permitNumberEdit"_s);
    m_permitHolder = new QLineEdit;
    m_permitHolder->setObjectName(u"permitHolderEdit"_s);
    m_permitPlate = new QLineEdit;
    m_permitPlate->setObjectName(u"permitPlateEdit"_s);
    m_permitFrom = FormParts::dayEdit(QDate::currentDate(), u"permitFromEdit"_s);
    m_permitTo = FormParts::dayEdit(QDate::currentDate(), u"permitToEdit"_s);
    m_permitTo->setDate(QDate::currentDate().addDays(6));
    m_permitIssuer = new QLineEdit;
    m_permitIssuer->setObjectName(u"permitIssuerEdit"_s);
    auto *add = new QPushButton(tr("&Issue the permit"));
    add->setObjectName(u"addPermitButton"_s);
    m_permitMessage = FormParts::messageLabel();
    auto *form = new QFormLayout;
    form->addRow(tr("&Number"), m_permitNumber);
    form->addRow(tr("&Holder"), m_permitHolder);
    form->addRow(tr("&Plate"), m_permitPlate);
    auto *days = new QHBoxLayout;
    days->addWidget(m_permitFrom);
    days->addWidget(new QLabel(u"–"_s));
    days->addWidget(m_permitTo);
    days->addStretch();
    form->addRow(tr("&Valid"), days);
    form->addRow(tr("Issued &by"), m_permitIssuer);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_permits, 1);
    layout->addLayout(form);
    layout->addWidget(add, 0, Qt::AlignLeft);
    layout->addWidget(m_permitMessage);
    connect(add, &QPushButton::clicked, this, &CheckpointsPage::addPermit);
    return tab;
}

void CheckpointsPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    m_entriesCover->reading();
    m_entriesCount->setText(tr("Reading…"));
    m_reader->read<Setting>(
        CheckpointsRead,
        [](Store &store) -> Result<Setting> {
            return Setting { CheckpointRepository(store).all(true),
                PolicyValues(store).feverThreshold() };
        },
        [this](const Result<Setting> &setting) {
            if (!m_entriesCover->finish(setting)) {
                m_entriesCount->clear();
                return;
            }
            m_fever = setting->fever;
            for (QComboBox *combo : { m_checkpoint, m_shiftCheckpoint }) {
                const QSignalBlocker quiet(combo);
                const QString chosen = combo->currentData().toString();
                combo->clear();
                for (const Checkpoint &c : setting->checkpoints)
                    combo->addItem(c.name, c.id);
                combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
            }
            m_line->setCheckpoint(m_checkpoint->currentData().toString());
            m_line->setDirection(m_direction->currentData().toString());
            showEntries();
            showCounts();
            showRoster();
            showPermits();
        });
}

void CheckpointsPage::showEntries()
{
    m_entriesCover->reading();
    m_entriesCount->setText(tr("Reading…"));
    m_entriesModel->show(QDate::currentDate(), m_checkpoint->currentData().toString(), m_fever);
}

void CheckpointsPage::showCounts()
{
    m_countsCover->reading();
    m_trendCover->reading();
    m_reader->read<DayCounts>(
        CountsRead,
        [day = m_countsDay->date()](Store &store) -> Result<DayCounts> {
            CheckpointLog log(store);
            return DayCounts { log.dayCounts(day), log.trend(day, 10) };
        },
        [this](const Result<DayCounts> &read) {
            if (!m_countsCover->finish(read)) {
                m_trendCover->fail(read.error());
                return;
            }
            m_trendCover->clear();
            const QList<CheckpointLog::Counts> &counts = read->counts;
            m_counts->setRowCount(int(counts.size()));
            for (int row = 0; row < counts.size(); ++row)
                FormParts::setRowTexts(m_counts, row,
                    QStringList { counts[row].checkpoint.name } + countCells(counts[row]));
            const QList<CheckpointLog::Counts> &trend = read->trend;
            m_trend->setRowCount(int(trend.size()));
            for (int row = 0; row < trend.size(); ++row)
                FormParts::setRowTexts(m_trend, row,
                    QStringList { FormParts::dayText(trend[row].day) } + countCells(trend[row]));
        });
}

void CheckpointsPage::showRoster()
{
    m_shiftsCover->reading();
    m_reader->read<Roster>(
        RosterRead,
        [day = m_rosterDay->date()](Store &store) -> Result<Roster> {
            CheckpointRepository checkpoints(store);
            Roster roster;
            for (const Checkpoint &c : checkpoints.all())
                roster.names.insert(c.id, c.name);
            roster.shifts = checkpoints.shifts(day);
            roster.gaps = checkpoints.uncovered(day);
            return roster;
        },
        [this](const Result<Roster> &roster) {
            if (!m_shiftsCover->finish(roster)) {
                m_gaps->clear();
                return;
            }
            const QList<DutyShift> &shifts = roster->shifts;
            m_shifts->setRowCount(int(shifts.size()));
            for (int row = 0; row < shifts.size(); ++row) {
                const DutyShift &s = shifts[row];
                FormParts::setRowTexts(m_shifts, row,
                    { roster->names.value(s.checkpointId), u"%1–%2"_s.arg(s.fromHour).arg(s.toHour),
                        s.staffName, DutyShift::roleLabel(s.role), s.phone });
            }
            QStringList gaps;
            for (const CheckpointRepository::Gap &g : roster->gaps)
                gaps << tr("%1 %2:00–%3:00").arg(g.checkpoint.name).arg(g.fromHour).arg(g.toHour);
            m_gaps->setText(
                gaps.isEmpty() ? QString() : tr("Nobody on duty: %1").arg(gaps.join(tr("; "))));
        });
}

void CheckpointsPage::showPermits()
{
    m_permitsCover->reading();
    m_reader->read<QList<PassPermit>>(
        PermitsRead,
        [day = QDate::currentDate()](Store &store) -> Result<QList<PassPermit>> {
            return CheckpointRepository(store).permits(day);
        },
        [this](const Result<QList<PassPermit>> &permits) {
            if (!m_permitsCover->finish(permits))
                return;
            m_permits->setRowCount(int(permits->size()));
            for (int row = 0; row < permits->size(); ++row) {
                const PassPermit &p = permits->at(row);
                FormParts::setRowTexts(m_permits, row,
                    { p.number, p.holderName, p.plate, FormParts::dayText(p.validFrom),
                        FormParts::dayText(p.validTo), p.issuedBy });
            }
        });
}

void CheckpointsPage::correctEntry()
{
    const CheckpointLog::Row *row = m_entriesModel->recordAt(m_entries->currentIndex());
    if (!row || row->amended)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"correctEntryDialog"_s);
    dialog.setWindowTitle(tr("Correct an entry"));
    auto *line = new EntryLine(m_store, &dialog);
    line->setRecordedBy(m_recordedBy->text());
    line->amend(row->entry);
    auto *note = new QLabel(
        tr("The entry stays in the log, marked as corrected; the corrected one is saved "
           "beside it. Press Enter to save."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(line);
    connect(line, &EntryLine::saved, &dialog, &QDialog::accept);
    dialog.resize(1100, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        showEntries();
}

void CheckpointsPage::addCheckpoint()
{
    QDialog dialog(this);
    dialog.setObjectName(u"checkpointDialog"_s);
    dialog.setWindowTitle(tr("New checkpoint"));
    auto *name = new QLineEdit;
    name->setObjectName(u"checkpointNameEdit"_s);
    auto *kind = new QComboBox;
    kind->setObjectName(u"checkpointKindComboBox"_s);
    for (const QString &k : Checkpoint::kinds())
        kind->addItem(Checkpoint::kindLabel(k), k);
    auto *village = new QComboBox;
    village->setObjectName(u"checkpointVillageComboBox"_s);
    for (const Region &v : RegionRepository(m_store).villages())
        village->addItem(v.name, v.id);
    auto *location = new QLineEdit;
    auto *message = FormParts::messageLabel();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), name);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Village"), village);
    form->addRow(tr("&Location"), location);
    auto *buttons = FormParts::saveCancelButtons(&dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    disconnect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Checkpoint c;
        c.name = name->text();
        c.kind = kind->currentData().toString();
        c.regionId = village->currentData().toString();
        c.location = location->text();
        if (auto r = CheckpointRepository(m_store).add(c); !r) {
            message->setText(r.error());
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CheckpointsPage::addShift()
{
    DutyShift s;
    s.checkpointId = m_shiftCheckpoint->currentData().toString();
    s.dutyOn = m_rosterDay->date();
    s.fromHour = m_fromHour->value();
    s.toHour = m_toHour->value();
    s.staffName = m_staffName->text();
    s.role = m_role->currentData().toString();
    s.phone = m_staffPhone->text();
    auto r = CheckpointRepository(m_store).addShift(s);
    m_rosterMessage->setText(r ? QString() : r.error());
    if (!r)
        return;
    m_staffName->clear();
    m_staffPhone->clear();
    m_staffName->setFocus();
    showRoster();
}

void CheckpointsPage::addPermit()
{
    PassPermit p;
    p.number = m_permitNumber->text();
    p.holderName = m_permitHolder->text();
    p.plate = m_permitPlate->text();
    p.validFrom = m_permitFrom->date();
    p.validTo = m_permitTo->date();
    p.issuedBy = m_permitIssuer->text();
    auto r = CheckpointRepository(m_store).addPermit(p);
    m_permitMessage->setText(r ? QString() : r.error());
    if (!r)
        return;
    for (QLineEdit *e : { m_permitNumber, m_permitHolder, m_permitPlate })
        e->clear();
    showPermits();
}
