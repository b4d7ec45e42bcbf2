#include "ResidentsModel.h"

#include "main/FormParts.h"
#include "people/IdNumber.h"
#include "store/Store.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

ResidentsModel::ResidentsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void ResidentsModel::setFilter(const PersonQuery::Filter &filter)
{
    m_filter = filter;
    reload();
}

void ResidentsModel::reload()
{
    beginResetModel();
    const PersonQuery query(m_store, m_filter, m_sortKey, m_order);
    m_rows = query.fetch(0, PageSize);
    m_total = query.count();
    m_searchTooShort = query.isSearchTooShort();
    m_countCapped = query.isCountCapped();
    m_error = query.error();
    if (!m_error.isEmpty())
        m_total = m_rows.size();
    endResetModel();
    emit totalCountChanged(m_total);
}

const PersonQuery::Row *ResidentsModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

QModelIndex ResidentsModel::indexOf(const QString &personId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].person.id == personId)
            return index(int(i), 0);
    }
    return {};
}

int ResidentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResidentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentsModel::data(const QModelIndex &index, int role) const
{
    const PersonQuery::Row *row = recordAt(index);
    if (!row)
        return {};
    const Person &p = row->person;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name: return p.name;
        case Gender: return p.gender;
        case BirthDate: return p.birthDate;
        case IdNumber: return p.idNumber;
        case Phone: return p.phone;
        case Village: return row->villageName;
        case Address: return row->address;
        case Categories: return p.categoryLabels();
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name: return p.name;
        case Gender: return Person::genderLabel(p.gender);
        case BirthDate: return FormParts::dayText(p.birthDate);
        case IdNumber: return p.idNumber;
        case Phone: return p.phone;
        case Village: return row->villageName;
        case Address: return row->address;
        case Categories: return m_filter.removed ? removalText(*row) : p.categoryLabels();
        }
    }
    return {};
}

QString ResidentsModel::removalText(const PersonQuery::Row &row)
{
    const Removal &r = row.removal;
    const QString day = r.on.isValid() ? r.on.toString(Qt::ISODate) : QString();
    if (r.reason == "moved_out"_L1)
        return tr("Moved out on %1 to %2").arg(day, r.note);
    if (r.reason == "died"_L1)
        return tr("Died on %1").arg(day);
    if (r.reason == "duplicate"_L1)
        return tr("Registered twice; merged on %1").arg(day);
    return Removal::reasonLabel(r.reason);
}

QVariant ResidentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Gender: return tr("Gender");
    case BirthDate: return tr("Birth date");
    case IdNumber: return tr("ID number");
    case Phone: return tr("Phone");
    case Village: return tr("Village");
    case Address: return tr("Address");
    case Categories: return tr("Categories");
    }
    return {};
}

bool ResidentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void ResidentsModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetching)
        return;
    const QScopedValueRollback guard(m_fetching, true);
    const PersonQuery query(m_store, m_filter, m_sortKey, m_order);
    const auto more = query.fetch(m_rows.size(), PageSize);
    if (more.isEmpty()) {
        // The store changed under us (fewer rows than counted), or could not be read: stop
        // asking, and say so if it failed.
        m_total = m_rows.size();
        if (!query.error().isEmpty()) {
            m_error = query.error();
            emit totalCountChanged(m_total);
        }
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void ResidentsModel::sort(int column, Qt::SortOrder order)
{
    using Key = PersonQuery::SortKey;
    switch (column) {
    case Name: m_sortKey = Key::Name; break;
    case Gender: m_sortKey = Key::Gender; break;
    case BirthDate: m_sortKey = Key::BirthDate; break;
    case IdNumber: m_sortKey = Key::IdNumber; break;
    case Phone: m_sortKey = Key::Phone; break;
    case Village:
    case Address: m_sortKey = Key::Village; break;
    default: return; // categories are not sortable
    }
    m_order = order;
    reload();
}
