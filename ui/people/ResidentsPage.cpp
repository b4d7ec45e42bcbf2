#include "ResidentsPage.h"

#include "PersonDialog.h"
#include "RemovePersonDialog.h"
#include "ResidentsModel.h"

#include "main/FormParts.h"
#include "main/ReadingOverlay.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The page's reads, each replacing the one before it.
enum Read { VillagesRead, ResidentsRead };

} // namespace

ResidentsPage::ResidentsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
    , m_model(new ResidentsModel(m_reader, ResidentsRead, PersonalData(store), this))
{
    setObjectName(u"residentsPage"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"residentsSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search name, ID number or phone (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_village = new QComboBox;
    m_village->setObjectName(u"villageFilterComboBox"_s);
    m_category = new QComboBox;
    m_category->setObjectName(u"categoryFilterComboBox"_s);
    m_category->addItem(tr("All categories"), int(PersonCategory::Any));
    m_category->addItem(tr("Returnees"), int(PersonCategory::Returnee));
    m_category->addItem(tr("From risk areas"), int(PersonCategory::RiskArea));
    m_category->addItem(tr("Close contacts"), int(PersonCategory::CloseContact));
    m_category->addItem(tr("Special groups"), int(PersonCategory::SpecialGroup));
    m_showRemoved = new QCheckBox(tr("Re&moved"));
    m_showRemoved->setObjectName(u"showRemovedCheckBox"_s);
    m_showRemoved->setToolTip(tr("Persons taken off the register: moved out, died, registered twice"));

    auto *add = new QPushButton(tr("&Add resident"));
    add->setObjectName(u"addPersonButton"_s);
    m_edit = new QPushButton(tr("&Edit"));
    m_edit->setObjectName(u"editPersonButton"_s);
    m_delete = new QPushButton(tr("&Remove…"));
    m_delete->setObjectName(u"deletePersonButton"_s);
    m_household = new QPushButton(tr("&Household"));
    m_household->setObjectName(u"showHouseholdButton"_s);
    // A viewer, a checkpoint operator or a supervisor reads the register; core would refuse
    // their changes anyway.
    m_mayChange = Rights::allowsWriting(store.user().role, u"persons"_s);
    add->setEnabled(m_mayChange);

    m_table = new QTableView;
    m_table->setObjectName(u"residentsTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResidentsModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    FormParts::fitColumns(m_table, ResidentsModel::Address);
    m_cover = new ReadingOverlay(m_table, u"residentsReadingOverlay"_s);
    m_count = new QLabel;
    m_count->setObjectName(u"residentsCountLabel"_s);

    // A new office starts from the rosters its villages kept in Excel: while no one is
    // registered, the page says how to bring them in.
    m_importHint = new QFrame;
    m_importHint->setObjectName(u"importHintFrame"_s);
    m_importHint->setFrameShape(QFrame::StyledPanel);
    auto *hintText = new QLabel(tr("No residents are registered yet. If the villages kept their "
                                   "rosters (花名册) in Excel or as CSV files, import them instead "
                                   "of typing them again."));
    hintText->setWordWrap(true);
    auto *importLedger = new QPushButton(tr("&Import an existing ledger…"));
    importLedger->setObjectName(u"importLedgerButton"_s);
    importLedger->setEnabled(m_mayChange);
    auto *hintLayout = new QHBoxLayout(m_importHint);
    hintLayout->addWidget(hintText, 1);
    hintLayout->addWidget(importLedger);
    m_importHint->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_village, 1);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_showRemoved);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addWidget(m_household);
    actions->addStretch();
    actions->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_importHint);
    layout->addWidget(m_table);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ResidentsPage::applyFilter);
    connect(m_village, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_showRemoved, &QCheckBox::toggled, this, &ResidentsPage::applyFilter);
    connect(add, &QPushButton::clicked, this, &ResidentsPage::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &ResidentsPage::editPerson);
    connect(m_delete, &QPushButton::clicked, this, &ResidentsPage::deletePerson);
    connect(m_household, &QPushButton::clicked, this, [this] {
        if (const auto *row = m_model->recordAt(m_table->currentIndex()))
            emit householdRequested(row->person.householdId);
    });
    connect(m_table, &QTableView::activated, this, &ResidentsPage::editPerson);
    connect(importLedger, &QPushButton::clicked, this, &ResidentsPage::importLedgerRequested);
    connect(m_model, &ResidentsModel::loaded, this, &ResidentsPage::listRead);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResidentsPage::updateButtons);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    connect(remove, &QShortcut::activated, this, &ResidentsPage::deletePerson);

    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool ResidentsPage::isReading() const
{
    // A search typed but not yet posted is a read still to come.
    return m_searchDelay->isActive() || m_reader->isReading();
}

void ResidentsPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    // Both at once: the list is filtered by the village chosen, not by the villages read.
    m_reader->read<QList<Region>>(
        VillagesRead,
        [](Store &store) -> Result<QList<Region>> { return RegionRepository(store).villages(); },
        [this](const Result<QList<Region>> &villages) {
            // Why the store cannot be read shows over the list, from the list's own read.
            if (!villages)
                return;
            const QString village = m_village->currentData().toString();
            FormParts::refillVillageFilter(m_village, villages.value());
            // The village chosen is gone: the list shows all villages instead.
            if (m_village->currentData().toString() != village)
                applyFilter();
        });
    applyFilter();
}

void ResidentsPage::applyFilter()
{
    m_searchDelay->stop();
    m_selectId.clear();
    m_selectRow = -1;
    m_cover->reading();
    m_model->setFilter({ m_village->currentData().toString(),
        PersonCategory(m_category->currentData().toInt()), m_search->text(),
        m_showRemoved->isChecked() });
    m_delete->setText(m_showRemoved->isChecked() ? tr("&Undo removal") : tr("&Remove…"));
    updateCount();
}

void ResidentsPage::readAgain(const QString &selectId, int selectRow)
{
    m_selectId = selectId;
    m_selectRow = selectRow;
    m_cover->reading();
    m_model->reload();
    updateCount();
}

void ResidentsPage::listRead(const QString &problem)
{
    if (problem.isEmpty())
        m_cover->clear();
    else
        m_cover->fail(problem);
    if (const QModelIndex index = m_model->indexOf(m_selectId); index.isValid())
        m_table->setCurrentIndex(index);
    else if (m_selectRow >= 0 && m_model->rowCount() > 0)
        m_table->selectRow(std::min(m_selectRow, m_model->rowCount() - 1));
    m_selectId.clear();
    m_selectRow = -1;
    updateCount();
    // Only the unfiltered list tells whether anyone is registered at all.
    const PersonQuery::Filter &read = m_model->filter();
    const bool unfiltered = read.text.isEmpty() && read.villageId.isEmpty()
        && read.category == PersonCategory::Any && !read.removed;
    if (problem.isEmpty() && unfiltered)
        m_importHint->setVisible(m_model->totalCount() == 0);
    else if (!problem.isEmpty())
        m_importHint->hide();
}

void ResidentsPage::updateCount()
{
    if (m_model->isLoading())
        m_count->setText(tr("Reading…"));
    else if (!m_model->error().isEmpty())
        m_count->setText(m_model->error());
    else if (m_model->isSearchTooShort())
        m_count->setText(tr("Type at least three digits to search by number."));
    else if (m_model->isCountCapped())
        m_count->setText(tr("More than %1 persons: type more to narrow the search.")
                                 .arg(QLocale().toString(PersonQuery::SearchCountCap)));
    else
        m_count->setText(tr("%n person(s)", nullptr, int(m_model->totalCount())));
}

void ResidentsPage::updateButtons()
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    m_edit->setEnabled(m_mayChange && row && !m_showRemoved->isChecked());
    m_delete->setEnabled(m_mayChange && row);
    m_household->setEnabled(row && !row->person.householdId.isEmpty());
}

QString ResidentsPage::currentPersonId() const
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    return row ? row->person.id : QString();
}

void ResidentsPage::addPerson()
{
    Person person;
    person.regionId = m_village->currentData().toString();
    PersonDialog dialog(m_store, person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    readAgain(dialog.personId());
}

void ResidentsPage::editPerson()
{
    const QString id = currentPersonId();
    if (id.isEmpty())
        return;
    const Person person = PersonRepository(m_store).byId(id);
    if (person.id.isEmpty()) {
        QMessageBox::warning(this, tr("Edit resident"), tr("This person has been deleted meanwhile."));
        readAgain({});
        return;
    }
    PersonDialog dialog(m_store, person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    readAgain(id, m_table->currentIndex().row());
}

void ResidentsPage::deletePerson()
{
    const auto *row = m_model->recordAt(m_table->currentIndex());
    if (!row)
        return;
    const int current = m_table->currentIndex().row();
    if (m_showRemoved->isChecked()) {
        if (auto r = PersonRepository(m_store).restore(row->person.id); !r) {
            QMessageBox::warning(this, tr("Undo removal"), r.error());
            return;
        }
    } else {
        RemovePersonDialog dialog(m_store, row->person, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    readAgain({}, current);
}
