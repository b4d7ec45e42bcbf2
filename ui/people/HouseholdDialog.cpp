#include "HouseholdDialog.h"

#include "main/FormParts.h"
#include "people/HouseholdRepository.h"
#include "regions/RegionRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

HouseholdDialog::HouseholdDialog(Store &store, const Household &household, QWidget *parent)
    : QDialog(parent), m_store(store), m_household(household)
{
    setWindowTitle(household.id.isEmpty() ? tr("New household") : tr("Edit household"));
    setObjectName(u"householdDialog"_s);
    m_address = new QLineEdit(household.address);
    m_address->setObjectName(u"addressEdit"_s);
    m_region = new QComboBox;
    m_region->setObjectName(u"regionComboBox"_s);
    fillRegions(m_region, store);
    m_region->setCurrentIndex(std::max(0, m_region->findData(household.regionId)));
    m_phone = new QLineEdit(household.phone);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_type = new QComboBox;
    m_type->setObjectName(u"householdTypeComboBox"_s);
    for (const QString &type : HouseholdRepository::householdTypes())
        m_type->addItem(HouseholdRepository::householdTypeLabel(type), type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(household.householdType)));
    m_message = FormParts::messageLabel();
    auto *buttons = FormParts::saveCancelButtons(this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Where"), m_region);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Type"), m_type);
    form->addRow(m_message);
    form->addRow(buttons);
    resize(480, sizeHint().height());
}

void HouseholdDialog::fillRegions(QComboBox *combo, Store &store)
{
    RegionRepository regions(store);
    for (const Region &village : regions.villages()) {
        combo->addItem(village.name, village.id);
        for (const Region &group : regions.children(village.id)) {
            combo->addItem(village.name + u" / "_s + group.name, group.id);
            for (const Region &grid : regions.children(group.id))
                combo->addItem(village.name + u" / "_s + group.name + u" / "_s + grid.name, grid.id);
        }
    }
}

void HouseholdDialog::accept()
{
    Household h = m_household;
    h.address = m_address->text();
    h.regionId = m_region->currentData().toString();
    h.phone = m_phone->text();
    h.householdType = m_type->currentData().toString();
    HouseholdRepository households(m_store);
    if (h.id.isEmpty()) {
        auto id = households.add(h);
        if (!id) {
            m_message->setText(id.error());
            return;
        }
        m_household.id = id.value();
    } else if (auto r = households.update(h); !r) {
        m_message->setText(r.error());
        return;
    }
    QDialog::accept();
}
