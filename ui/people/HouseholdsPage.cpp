#include "HouseholdsPage.h"

#include "HouseholdChangeDialogs.h"
#include "HouseholdDialog.h"
#include "PersonDialog.h"
#include "ScreeningVisitDialog.h"

#include "main/FormParts.h"
#include "main/PersonalData.h"
#include "main/ReadingOverlay.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "people/ScreeningCoverage.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 200;

// The page's reads, each replacing the one before it.
enum Read { ListRead, MoreRead, HouseholdRead };

struct Listed
{
    QList<Region> villages;
    // As read: of the village asked for (or the first), or of the household located.
    HouseholdRepository::Filter filter;
    QString select;
    bool located = false;
    qint64 total = 0;
    QList<HouseholdRepository::Row> rows;
    // Why the list could not be counted or paged.
    QString problem;
};

struct Chosen
{
    Household household;
    QList<Person> members;
    QList<ScreeningVisit> visits;
};

QTableWidget *makeTable(const QString &objectName, const QStringList &headings)
{
    auto *table = new QTableWidget(0, int(headings.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    FormParts::fitColumns(table);
    return table;
}

} // namespace

HouseholdsPage::HouseholdsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(new StoreReader(store, this))
{
    setObjectName(u"householdsPage"_s);
    m_village = new QComboBox;
    m_village->setObjectName(u"householdVillageComboBox"_s);
    m_addressFilter = new QLineEdit;
    m_addressFilter->setObjectName(u"addressFilterEdit"_s);
    m_addressFilter->setPlaceholderText(tr("Filter by address"));
    m_addressFilter->setClearButtonEnabled(true);
    m_visits = new QComboBox;
    m_visits->setObjectName(u"householdVisitsComboBox"_s);
    m_visits->addItem(tr("All households"), int(HouseholdRepository::Filter::Visits::Any));
    m_visits->addItem(tr("Not yet visited"), int(HouseholdRepository::Filter::Visits::NotVisited));
    m_visits->addItem(tr("Visited"), int(HouseholdRepository::Filter::Visits::Visited));
    m_visitedSince = ScreeningCoverage::currentSince();
    m_households = new QListWidget;
    m_households->setObjectName(u"householdsListWidget"_s);
    m_listNote = new QLabel;
    m_listNote->setWordWrap(true);
    auto *newHousehold = new QPushButton(tr("&New household"));
    newHousehold->setObjectName(u"newHouseholdButton"_s);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_village);
    leftLayout->addWidget(m_addressFilter);
    leftLayout->addWidget(m_visits);
    leftLayout->addWidget(m_households, 1);
    leftLayout->addWidget(m_listNote);
    leftLayout->addWidget(newHousehold);

    m_title = new QLabel;
    m_title->setObjectName(u"householdTitleLabel"_s);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_edit = new QPushButton(tr("&Edit household"));
    m_edit->setObjectName(u"editHouseholdButton"_s);
    m_addMember = new QPushButton(tr("Add &member"));
    m_addMember->setObjectName(u"addMemberButton"_s);
    m_split = new QPushButton(tr("S&plit off…"));
    m_split->setObjectName(u"splitHouseholdButton"_s);
    m_merge = new QPushButton(tr("Mer&ge into…"));
    m_merge->setObjectName(u"mergeHouseholdButton"_s);
    m_setHead = new QPushButton(tr("Set as &head"));
    m_setHead->setObjectName(u"setHeadButton"_s);
    m_addVisit = new QPushButton(tr("Record &visit"));
    m_addVisit->setObjectName(u"addVisitButton"_s);
    m_members = makeTable(u"membersTableWidget"_s,
                          { tr("Name"), tr("Relation to head"), tr("Gender"), tr("Birth date"), tr("ID number"),
                            tr("Phone"), tr("Categories") });
    m_visitList = makeTable(u"visitsTableWidget"_s,
                         { tr("Date"), tr("Visited by"), tr("Result"), tr("Notes") });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_setHead);
    buttons->addWidget(m_split);
    buttons->addWidget(m_merge);
    buttons->addWidget(m_addVisit);
    buttons->addStretch();
    auto *membersBox = new QGroupBox(tr("Members"));
    (new QVBoxLayout(membersBox))->addWidget(m_members);
    auto *visitsBox = new QGroupBox(tr("Screening visits"));
    (new QVBoxLayout(visitsBox))->addWidget(m_visitList);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(membersBox, 3);
    rightLayout->addWidget(visitsBox, 2);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 800 });
    (new QVBoxLayout(this))->addWidget(splitter);
    m_listCover = new ReadingOverlay(m_households, u"householdsReadingOverlay"_s);
    // The buttons act on the household shown: covered with it while it is read.
    m_householdCover = new ReadingOverlay(right, u"householdReadingOverlay"_s);

    connect(m_village, &QComboBox::currentIndexChanged, this, [this] {
        m_villageId = m_village->currentData().toString();
        loadHouseholds();
    });
    connect(m_addressFilter, &QLineEdit::textChanged, this, [this] { loadHouseholds(); });
    connect(m_visits, &QComboBox::currentIndexChanged, this, [this] { loadHouseholds(); });
    // The next page comes as the list reaches its end.
    connect(m_households->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_households->verticalScrollBar()->maximum())
            fetchMore();
    });
    connect(m_households, &QListWidget::currentRowChanged, this, &HouseholdsPage::showCurrent);
    connect(newHousehold, &QPushButton::clicked, this, [this] {
        Household h;
        h.regionId = m_village->currentData().toString();
        HouseholdDialog dialog(m_store, h, this);
        if (dialog.exec() == QDialog::Accepted)
            loadHouseholds(dialog.householdId());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        HouseholdDialog dialog(m_store, m_household, this);
        if (dialog.exec() == QDialog::Accepted) {
            loadHouseholds(dialog.householdId());
            emit personsChanged();
        }
    });
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        const Household h = m_household;
        Person person;
        person.householdId = h.id;
        person.regionId = h.regionId;
        PersonDialog dialog(m_store, person, this);
        if (dialog.exec() == QDialog::Accepted) {
            showCurrent();
            emit personsChanged();
        }
    });
    connect(m_setHead, &QPushButton::clicked, this, [this] {
        const int row = m_members->currentRow();
        if (row < 0)
            return;
        const QString personId = m_members->item(row, 0)->data(Qt::UserRole).toString();
        if (auto r = HouseholdRepository(m_store).setHead(currentHouseholdId(), personId); !r) {
            QMessageBox::warning(this, tr("Set as head"), r.error());
            return;
        }
        loadHouseholds(currentHouseholdId());
        emit personsChanged();
    });
    connect(m_split, &QPushButton::clicked, this, [this] {
        HouseholdSplitDialog dialog(m_store, m_household, this);
        if (dialog.exec() == QDialog::Accepted) {
            showHousehold(dialog.newHouseholdId());
            emit personsChanged();
        }
    });
    connect(m_merge, &QPushButton::clicked, this, [this] {
        HouseholdMergeDialog dialog(m_store, m_household, this);
        if (dialog.exec() == QDialog::Accepted) {
            showHousehold(dialog.intoHouseholdId());
            emit personsChanged();
        }
    });
    connect(m_members, &QTableWidget::currentCellChanged, this, [this] {
        m_setHead->setEnabled(m_members->currentRow() >= 0);
    });
    connect(m_addVisit, &QPushButton::clicked, this, [this] {
        ScreeningVisitDialog dialog(m_store, m_household.id, this);
        if (dialog.exec() == QDialog::Accepted)
            showCurrent();
    });
    showCurrent();
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        loadHouseholds(m_select, m_locate);
    });
}

bool HouseholdsPage::isReading() const
{
    return m_reader->isReading();
}

void HouseholdsPage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    loadHouseholds(currentHouseholdId());
}

void HouseholdsPage::showHousehold(const QString &householdId)
{
    loadHouseholds({}, householdId);
}

QString HouseholdsPage::currentHouseholdId() const
{
    const QListWidgetItem *item = m_households->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

HouseholdRepository::Filter HouseholdsPage::filter() const
{
    HouseholdRepository::Filter f;
    f.regionId = m_villageId;
    f.addressText = m_addressFilter->text();
    f.visits = HouseholdRepository::Filter::Visits(m_visits->currentData().toInt());
    f.visitedSince = m_visitedSince;
    return f;
}

void HouseholdsPage::showUnvisited(const QString &villageId, QDate since)
{
    m_visitedSince = since;
    m_villageId = villageId;
    {
        const QSignalBlocker blockVillage(m_village);
        const QSignalBlocker blockAddress(m_addressFilter);
        const QSignalBlocker blockVisits(m_visits);
        m_village->setCurrentIndex(std::max(0, m_village->findData(villageId)));
        m_addressFilter->clear();
        m_visits->setCurrentIndex(
            m_visits->findData(int(HouseholdRepository::Filter::Visits::NotVisited)));
    }
    loadHouseholds();
}

void HouseholdsPage::loadHouseholds(const QString &select, const QString &locate)
{
    m_select = select;
    m_locate = locate;
    if (!m_shown)
        return;
    // A page still on its way belongs to the list this read replaces.
    ++m_lists;
    m_fetching = false;
    m_listCover->reading();
    m_reader->read<Listed>(
        ListRead,
        [filter = filter(), select, locate](Store &store) -> Result<Listed> {
            Listed listed;
            listed.villages = RegionRepository(store).villages();
            listed.filter = filter;
            listed.select = select;
            const HouseholdRepository households(store);
            if (!locate.isEmpty()) {
                if (const Household h = households.byId(locate); !h.id.isEmpty()) {
                    listed.filter.regionId = RegionRepository(store).villageOf(h.regionId).id;
                    listed.filter.addressText = h.address;
                    listed.select = h.id;
                    listed.located = true;
                }
            }
            // The list is of one village: the one asked for while there is one, else the first.
            const bool known = std::any_of(listed.villages.cbegin(), listed.villages.cend(),
                [&](const Region &v) { return v.id == listed.filter.regionId; });
            if (!known && !listed.villages.isEmpty())
                listed.filter.regionId = listed.villages.first().id;
            const Result<qint64> total = households.count(listed.filter);
            if (!total) {
                listed.problem = total.error();
                return listed;
            }
            listed.total = total.value();
            // Pages up to the household to select, so that it is in the list.
            auto selected = [&] {
                return std::any_of(listed.rows.cbegin(), listed.rows.cend(),
                    [&](const HouseholdRepository::Row &r) { return r.household.id == listed.select; });
            };
            while (listed.rows.size() < listed.total) {
                const auto page = households.page(listed.filter, listed.rows.size(), PageSize);
                if (!page) {
                    listed.problem = page.error();
                    break;
                }
                if (page->isEmpty())
                    break;
                listed.rows.append(page.value());
                if (listed.select.isEmpty() || selected() || listed.rows.size() >= PageSize * 50)
                    break;
            }
            return listed;
        },
        [this](const Result<Listed> &listed) {
            {
                const QSignalBlocker block(m_households);
                m_households->clear();
            }
            m_total = 0;
            if (!m_listCover->finish(listed)) {
                m_listNote->clear();
                showCurrent();
                return;
            }
            {
                const QSignalBlocker block(m_village);
                m_village->clear();
                for (const Region &village : listed->villages)
                    m_village->addItem(village.name, village.id);
                m_village->setCurrentIndex(std::max(0, m_village->findData(listed->filter.regionId)));
            }
            m_villageId = listed->filter.regionId;
            if (listed->located) {
                const QSignalBlocker block(m_addressFilter);
                m_addressFilter->setText(listed->filter.addressText);
            }
            m_listed = listed->filter;
            m_total = listed->total;
            append(listed->rows);
            {
                const QSignalBlocker block(m_households);
                for (int i = 0; i < m_households->count(); ++i) {
                    if (m_households->item(i)->data(Qt::UserRole).toString() == listed->select)
                        m_households->setCurrentRow(i);
                }
                if (!m_households->currentItem() && m_households->count() > 0)
                    m_households->setCurrentRow(0);
            }
            m_listNote->setText(listed->problem.isEmpty()
                    ? tr("%n household(s)", nullptr, int(m_total))
                    : listed->problem);
            showCurrent();
        });
}

void HouseholdsPage::fetchMore()
{
    if (m_fetching || m_reader->isReading(ListRead) || m_households->count() >= m_total)
        return;
    m_fetching = true;
    m_reader->read<QList<HouseholdRepository::Row>>(
        MoreRead,
        [filter = m_listed, offset = m_households->count()](
            Store &store) -> Result<QList<HouseholdRepository::Row>> {
            return HouseholdRepository(store).page(filter, offset, PageSize);
        },
        [this, list = m_lists](const Result<QList<HouseholdRepository::Row>> &page) {
            // The list was read again meanwhile: this page belonged to the one before.
            if (list != m_lists)
                return;
            m_fetching = false;
            if (!page) {
                m_listNote->setText(page.error());
                m_total = m_households->count();
                return;
            }
            // The store changed under us (fewer households than counted): stop asking.
            if (page->isEmpty())
                m_total = m_households->count();
            append(page.value());
        });
}

void HouseholdsPage::append(const QList<HouseholdRepository::Row> &rows)
{
    const QSignalBlocker block(m_households);
    for (const HouseholdRepository::Row &row : rows) {
        auto *item = new QListWidgetItem(row.headName.isEmpty()
                ? row.household.address
                : tr("%1 (%2)").arg(row.household.address, row.headName),
            m_households);
        item->setData(Qt::UserRole, row.household.id);
    }
}

void HouseholdsPage::showCurrent()
{
    const QString id = currentHouseholdId();
    m_household = {};
    m_edit->setEnabled(false);
    m_addMember->setEnabled(false);
    m_merge->setEnabled(false);
    m_split->setEnabled(false);
    m_addVisit->setEnabled(false);
    m_members->setRowCount(0);
    m_setHead->setEnabled(false);
    m_visitList->setRowCount(0);
    if (id.isEmpty()) {
        m_householdCover->clear();
        m_title->setText(tr("No household chosen"));
        return;
    }
    m_householdCover->reading();
    m_reader->read<Chosen>(
        HouseholdRead,
        [id](Store &store) -> Result<Chosen> {
            const HouseholdRepository households(store);
            return Chosen { households.byId(id), PersonRepository(store).members(id),
                households.visits(id) };
        },
        [this, id](const Result<Chosen> &chosen) {
            // Another household was chosen meanwhile, or none.
            if (id != currentHouseholdId())
                return;
            if (!m_householdCover->finish(chosen)) {
                m_title->clear();
                return;
            }
            showChosen(chosen->household, chosen->members, chosen->visits);
        });
}

void HouseholdsPage::showChosen(
    const Household &h, const QList<Person> &members, const QList<ScreeningVisit> &visits)
{
    if (h.id.isEmpty()) {
        m_title->setText(tr("No household chosen"));
        return;
    }
    m_household = h;
    m_edit->setEnabled(true);
    m_addMember->setEnabled(true);
    m_merge->setEnabled(true);
    m_addVisit->setEnabled(true);
    QString head;
    for (const Person &p : members) {
        if (p.id == h.headPersonId)
            head = p.name;
    }
    m_title->setText(tr("%1 — head: %2, %3").arg(h.address, head.isEmpty() ? tr("none") : head,
                                                  HouseholdRepository::householdTypeLabel(h.householdType)));
    const PersonalData shown(m_store);
    for (const Person &p : members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        const QStringList cells = { p.name, Person::relationLabel(p.relationToHead, p.id == h.headPersonId),
                                    Person::genderLabel(p.gender),
                                    FormParts::dayText(p.birthDate), shown.idNumber(p.idNumber),
                                    shown.phone(p.phone), p.categoryLabels() };
        for (int c = 0; c < cells.size(); ++c)
            m_members->setItem(row, c, new QTableWidgetItem(cells[c]));
        m_members->item(row, 0)->setData(Qt::UserRole, p.id);
    }
    m_split->setEnabled(members.size() > 1);
    for (const ScreeningVisit &v : visits) {
        const int row = m_visitList->rowCount();
        m_visitList->insertRow(row);
        const QStringList cells = { FormParts::dayText(v.visitedOn), v.visitor,
                                    HouseholdRepository::visitResultLabel(v.result), v.notes };
        for (int c = 0; c < cells.size(); ++c)
            m_visitList->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}
