#include "ResidentsModel.h"

#include "main/FormParts.h"
#include "people/IdNumber.h"
#include "store/Store.h"
#include "store/StoreReader.h"

#include <QPointer>

using namespace Qt::StringLiterals;

ResidentsModel::ResidentsModel(StoreReader *reader, int channel, const PersonalData &shown,
                               QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader), m_channel(channel), m_personalData(shown)
{
}

void ResidentsModel::setFilter(const PersonQuery::Filter &filter)
{
    m_filter = filter;
    reload();
}

void ResidentsModel::reload()
{
    // A page still on its way belongs to the rows this read replaces.
    m_fetching = false;
    m_loading = true;
    ++m_shown;
    m_reader->read<FirstPage>(m_channel,
        [filter = m_filter, sortKey = m_sortKey, order = m_order](
            Store &store) -> Result<FirstPage> {
            const PersonQuery query(store, filter, sortKey, order);
            FirstPage first { query.fetch(0, PageSize), query.count(), query.isSearchTooShort(),
                query.isCountCapped() };
            // Nobody listed because the store could not be read is not nobody matching.
            if (!query.error().isEmpty())
                return Result<FirstPage>::failure(query.error());
            return first;
        },
        [this, alive = QPointer<QObject>(this)](const Result<FirstPage> &first) {
            if (!alive)
                return;
            m_loading = false;
            m_error = first.error();
            show(first ? first.value() : FirstPage {});
            emit loaded(first.error());
        });
}

void ResidentsModel::show(const FirstPage &first)
{
    beginResetModel();
    ++m_shown;
    m_rows = first.rows;
    m_total = first.total;
    m_searchTooShort = first.searchTooShort;
    m_countCapped = first.countCapped;
    endResetModel();
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
        case IdNumber: return m_personalData.idNumber(p.idNumber);
        case Phone: return m_personalData.phone(p.phone);
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
    return !parent.isValid() && !m_fetching && !m_loading && m_rows.size() < m_total;
}

void ResidentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_reader->read<QList<PersonQuery::Row>>(m_channel,
        [filter = m_filter, sortKey = m_sortKey, order = m_order, offset = m_rows.size()](
            Store &store) -> Result<QList<PersonQuery::Row>> {
            const PersonQuery query(store, filter, sortKey, order);
            auto more = query.fetch(offset, PageSize);
            if (!query.error().isEmpty())
                return Result<QList<PersonQuery::Row>>::failure(query.error());
            return more;
        },
        [this, alive = QPointer<QObject>(this), shown = m_shown](
            const Result<QList<PersonQuery::Row>> &more) {
            // The rows were replaced meanwhile: this page belonged to the old ones.
            if (!alive || shown != m_shown)
                return;
            m_fetching = false;
            if (!more || more->isEmpty()) {
                // The store changed under us (fewer rows than counted), or cannot be read: stop
                // asking, and say so if it failed.
                m_total = m_rows.size();
                if (!more) {
                    m_error = more.error();
                    emit loaded(m_error);
                }
                return;
            }
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
            m_rows.append(more.value());
            endInsertRows();
        });
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
    // Before the first read (the view sorts as it is set up), only the order is kept for it.
    if (m_shown > 0)
        reload();
}
