#include "HouseholdChangeDialogs.h"

#include "HouseholdDialog.h"
#include "HouseholdPicker.h"

#include "main/FormParts.h"
#include "people/HouseholdRepository.h"
#include "people/PersonRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HouseholdSplitDialog::HouseholdSplitDialog(Store &store, const Household &household, QWidget *parent)
    : QDialog(parent), m_store(store), m_household(household)
{
    setObjectName(u"householdSplitDialog"_s);
    setWindowTitle(tr("Split off a household from %1").arg(household.address));
    m_members = new QTableWidget(0, 2);
    m_members->setObjectName(u"splitMembersTableWidget"_s);
    m_members->setHorizontalHeaderLabels({ tr("Moves to the new household"), tr("Relation to its head") });
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_head = new QComboBox;
    m_head->setObjectName(u"splitHeadComboBox"_s);
    for (const Person &p : PersonRepository(store).members(household.id)) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        auto *who = new QTableWidgetItem(p.name);
        who->setData(Qt::UserRole, p.id);
        who->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        who->setCheckState(Qt::Unchecked);
        m_members->setItem(row, 0, who);
        auto *relation = new QComboBox;
        relation->addItem(tr("Not known"), QString());
        for (const QString &r : Person::relationsToHead())
            relation->addItem(Person::relationLabel(r), r);
        m_members->setCellWidget(row, 1, relation);
        m_head->addItem(p.name, p.id);
    }
    m_address = new QLineEdit;
    m_address->setObjectName(u"splitAddressEdit"_s);
    m_region = new QComboBox;
    m_region->setObjectName(u"splitRegionComboBox"_s);
    HouseholdDialog::fillRegions(m_region, store);
    m_region->setCurrentIndex(std::max(0, m_region->findData(household.regionId)));
    m_message = FormParts::messageLabel();
    auto *buttons = FormParts::saveCancelButtons(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Head of the new household"), m_head);
    form->addRow(tr("New &address"), m_address);
    form->addRow(tr("&Where"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Tick the other members who move with the new head:")));
    layout->addWidget(m_members);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void HouseholdSplitDialog::accept()
{
    Household made;
    made.address = m_address->text();
    made.regionId = m_region->currentData().toString();
    made.phone = m_household.phone;
    const QString head = m_head->currentData().toString();
    QList<HouseholdRepository::Member> others;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString id = m_members->item(row, 0)->data(Qt::UserRole).toString();
        if (id == head || m_members->item(row, 0)->checkState() != Qt::Checked)
            continue;
        const auto *relation = static_cast<QComboBox *>(m_members->cellWidget(row, 1));
        others.append({ id, relation->currentData().toString() });
    }
    auto id = HouseholdRepository(m_store).split(m_household.id, made, head, others);
    if (!id) {
        m_message->setText(id.error());
        return;
    }
    m_newId = id.value();
    QDialog::accept();
}

HouseholdMergeDialog::HouseholdMergeDialog(Store &store, const Household &household, QWidget *parent)
    : QDialog(parent), m_store(store), m_household(household)
{
    setObjectName(u"householdMergeDialog"_s);
    setWindowTitle(tr("Merge %1 into another household").arg(household.address));
    auto *note = new QLabel(tr("When one household was registered twice: its members, visits "
                               "and needs move to the household chosen here, and %1 leaves the "
                               "list.")
                                .arg(household.address));
    note->setWordWrap(true);
    m_into = new HouseholdPicker(store, {});
    m_message = FormParts::messageLabel();
    auto *buttons = FormParts::saveCancelButtons(this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Merge"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_into);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString HouseholdMergeDialog::intoHouseholdId() const
{
    return m_into->householdId();
}

void HouseholdMergeDialog::accept()
{
    if (intoHouseholdId().isEmpty()) {
        m_message->setText(tr("Choose the household that stays."));
        return;
    }
    if (auto r = HouseholdRepository(m_store).merge(m_household.id, intoHouseholdId()); !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
