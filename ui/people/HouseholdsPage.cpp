#include "HouseholdsPage.h"

#include "HouseholdDialog.h"
#include "PersonDialog.h"
#include "ScreeningVisitDialog.h"

#include "main/FormParts.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int ListLimit = 500;

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

HouseholdsPage::HouseholdsPage(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"householdsPage"_s);
    m_village = new QComboBox;
    m_village->setObjectName(u"householdVillageComboBox"_s);
    m_addressFilter = new QLineEdit;
    m_addressFilter->setObjectName(u"addressFilterEdit"_s);
    m_addressFilter->setPlaceholderText(tr("Filter by address"));
    m_addressFilter->setClearButtonEnabled(true);
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
    m_addVisit = new QPushButton(tr("Record &visit"));
    m_addVisit->setObjectName(u"addVisitButton"_s);
    m_members = makeTable(u"membersTableWidget"_s,
                          { tr("Name"), tr("Gender"), tr("Birth date"), tr("ID number"),
                            tr("Phone"), tr("Categories") });
    m_visits = makeTable(u"visitsTableWidget"_s,
                         { tr("Date"), tr("Visited by"), tr("Result"), tr("Notes") });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_addMember);
    buttons->addWidget(m_addVisit);
    buttons->addStretch();
    auto *membersBox = new QGroupBox(tr("Members"));
    (new QVBoxLayout(membersBox))->addWidget(m_members);
    auto *visitsBox = new QGroupBox(tr("Screening visits"));
    (new QVBoxLayout(visitsBox))->addWidget(m_visits);
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

    connect(m_village, &QComboBox::currentIndexChanged, this, [this] { loadHouseholds(); });
    connect(m_addressFilter, &QLineEdit::textChanged, this, [this] { loadHouseholds(); });
    connect(m_households, &QListWidget::currentRowChanged, this, &HouseholdsPage::showCurrent);
    connect(newHousehold, &QPushButton::clicked, this, [this] {
        Household h;
        h.regionId = m_village->currentData().toString();
        HouseholdDialog dialog(m_store, h, this);
        if (dialog.exec() == QDialog::Accepted)
            loadHouseholds(dialog.householdId());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        HouseholdDialog dialog(m_store, HouseholdRepository(m_store).byId(currentHouseholdId()), this);
        if (dialog.exec() == QDialog::Accepted) {
            loadHouseholds(dialog.householdId());
            emit personsChanged();
        }
    });
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        const Household h = HouseholdRepository(m_store).byId(currentHouseholdId());
        Person person;
        person.householdId = h.id;
        person.regionId = h.regionId;
        PersonDialog dialog(m_store, person, this);
        if (dialog.exec() == QDialog::Accepted) {
            showCurrent();
            emit personsChanged();
        }
    });
    connect(m_addVisit, &QPushButton::clicked, this, [this] {
        ScreeningVisitDialog dialog(m_store, currentHouseholdId(), this);
        if (dialog.exec() == QDialog::Accepted)
            showCurrent();
    });
    reload();
}

void HouseholdsPage::reload()
{
    const QString current = m_village->currentData().toString();
    {
        const QSignalBlocker block(m_village);
        m_village->clear();
        for (const Region &village : RegionRepository(m_store).villages())
            m_village->addItem(village.name, village.id);
        m_village->setCurrentIndex(std::max(0, m_village->findData(current)));
    }
    loadHouseholds(currentHouseholdId());
}

void HouseholdsPage::showHousehold(const QString &householdId)
{
    const Household h = HouseholdRepository(m_store).byId(householdId);
    if (h.id.isEmpty())
        return;
    const Region village = RegionRepository(m_store).villageOf(h.regionId);
    {
        const QSignalBlocker block(m_village);
        m_village->setCurrentIndex(std::max(0, m_village->findData(village.id)));
    }
    {
        const QSignalBlocker block(m_addressFilter);
        m_addressFilter->setText(h.address);
    }
    loadHouseholds(h.id);
}

QString HouseholdsPage::currentHouseholdId() const
{
    const QListWidgetItem *item = m_households->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void HouseholdsPage::loadHouseholds(const QString &select)
{
    const QList<Household> list = HouseholdRepository(m_store).inRegion(
            m_village->currentData().toString(), m_addressFilter->text(), ListLimit + 1);
    {
        const QSignalBlocker block(m_households);
        m_households->clear();
        for (const Household &h : list.mid(0, ListLimit)) {
            auto *item = new QListWidgetItem(h.address, m_households);
            item->setData(Qt::UserRole, h.id);
            if (h.id == select)
                m_households->setCurrentItem(item);
        }
        if (!m_households->currentItem() && m_households->count() > 0)
            m_households->setCurrentRow(0);
    }
    m_listNote->setText(list.size() > ListLimit
                                ? tr("Showing the first %1 households: filter by address to find others.").arg(ListLimit)
                                : tr("%n household(s)", nullptr, int(list.size())));
    showCurrent();
}

void HouseholdsPage::showCurrent()
{
    const QString id = currentHouseholdId();
    const Household h = HouseholdRepository(m_store).byId(id);
    m_edit->setEnabled(!h.id.isEmpty());
    m_addMember->setEnabled(!h.id.isEmpty());
    m_addVisit->setEnabled(!h.id.isEmpty());
    m_members->setRowCount(0);
    m_visits->setRowCount(0);
    if (h.id.isEmpty()) {
        m_title->setText(tr("No household chosen"));
        return;
    }
    const QList<Person> members = PersonRepository(m_store).members(id);
    QString head;
    for (const Person &p : members) {
        if (p.id == h.headPersonId)
            head = p.name;
    }
    m_title->setText(tr("%1 — head: %2, %3").arg(h.address, head.isEmpty() ? tr("none") : head,
                                                  HouseholdRepository::householdTypeLabel(h.householdType)));
    for (const Person &p : members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        const QStringList cells = { p.name, Person::genderLabel(p.gender),
                                    FormParts::dayText(p.birthDate), p.idNumber,
                                    p.phone, p.categoryLabels() };
        for (int c = 0; c < cells.size(); ++c)
            m_members->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    for (const ScreeningVisit &v : HouseholdRepository(m_store).visits(id)) {
        const int row = m_visits->rowCount();
        m_visits->insertRow(row);
        const QStringList cells = { FormParts::dayText(v.visitedOn), v.visitor,
                                    HouseholdRepository::visitResultLabel(v.result), v.notes };
        for (int c = 0; c < cells.size(); ++c)
            m_visits->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}
