#include "HouseholdPicker.h"

#include "people/HouseholdRepository.h"
#include "regions/RegionRepository.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HouseholdPicker::HouseholdPicker(
    Store &store, const QString &householdId, bool offerNone, QWidget *parent)
    : QWidget(parent), m_store(store), m_offerNone(offerNone)
{
    setObjectName(u"householdPicker"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"householdSearchEdit"_s);
    m_search->setPlaceholderText(tr("Address or name of the head of household"));
    m_search->setClearButtonEnabled(true);
    m_matches = new QListWidget;
    m_matches->setObjectName(u"householdMatchesListWidget"_s);
    m_matches->setFixedHeight(fontMetrics().height() * 4 + 12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    setFocusProxy(m_search);

    const Household current = HouseholdRepository(store).byId(householdId);
    if (!current.id.isEmpty()) {
        const QSignalBlocker block(m_search);
        m_search->setText(current.address);
    }
    connect(m_search, &QLineEdit::textChanged, this, [this] { search(this->householdId()); });
    connect(m_matches, &QListWidget::currentRowChanged, this, &HouseholdPicker::householdChanged);
    connect(m_search, &QLineEdit::returnPressed, m_matches, [this] {
        const int first = m_offerNone ? 1 : 0;
        if (m_matches->count() > first && m_matches->currentRow() <= first)
            m_matches->setCurrentRow(first);
        m_matches->setFocus();
    });
    search(current.id);
}

QString HouseholdPicker::householdId() const
{
    const QListWidgetItem *item = m_matches->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void HouseholdPicker::search(const QString &keep)
{
    const QSignalBlocker block(m_matches);
    m_matches->clear();
    if (m_offerNone) {
        auto *none = new QListWidgetItem(tr("No household"), m_matches);
        none->setData(Qt::UserRole, QString());
        m_matches->setCurrentItem(none);
    }
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty()) {
        HouseholdRepository::Filter filter;
        filter.regionId = RegionRepository(m_store).township().id;
        filter.addressText = text;
        const auto rows = HouseholdRepository(m_store).page(filter, 0, MaxMatches);
        for (const HouseholdRepository::Row &row : rows.ok() ? rows.value() : QList<HouseholdRepository::Row>()) {
            auto *item = new QListWidgetItem(
                row.headName.isEmpty()
                    ? tr("%1, %2 (no head yet)").arg(row.household.address, row.villageName)
                    : tr("%1, %2, head %3").arg(row.household.address, row.villageName, row.headName),
                m_matches);
            item->setData(Qt::UserRole, row.household.id);
            if (row.household.id == keep || (rows->size() == 1 && keep.isEmpty()))
                m_matches->setCurrentItem(item);
        }
        if (!rows)
            m_matches->addItem(rows.error());
    }
    emit householdChanged();
}
