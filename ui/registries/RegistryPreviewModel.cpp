#include "RegistryPreviewModel.h"

#include "registries/RegistryLayout.h"
#include "registries/RegistryQuery.h"

RegistryPreviewModel::RegistryPreviewModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

RegistryPreviewModel::~RegistryPreviewModel() = default;

void RegistryPreviewModel::setRegistry(
    const RegistryDefinition &definition, const RegistryFilter &filter)
{
    beginResetModel();
    m_definition = definition;
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    m_query.reset();
    if (m_definition.isValid()) {
        m_query = std::make_unique<RegistryQuery>(m_store, m_definition, m_filter);
        auto count = m_query->count();
        auto started = count ? m_query->start() : Result<void>::failure(count.error());
        if (started) {
            m_total = count.value();
        } else {
            m_error = started.error();
            m_query.reset();
        }
    }
    // The first page is read inside the reset, so views see it at once and no insertion
    // arrives while they still handle the reset.
    m_rows = readPage();
    if (m_rows.size() < PageSize)
        m_total = m_rows.size();
    endResetModel();
}

QList<QStringList> RegistryPreviewModel::readPage()
{
    QList<QStringList> page;
    while (page.size() < PageSize && m_query && m_query->next()) {
        QStringList row;
        for (const QByteArray &cell : m_query->cells())
            row << QString::fromUtf8(cell);
        page << row;
    }
    if (m_query && !m_query->error().isEmpty())
        m_error = m_query->error();
    return page;
}

const QStringList *RegistryPreviewModel::recordAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_rows[index.row()] : nullptr;
}

int RegistryPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definition.columns.size());
}

QVariant RegistryPreviewModel::data(const QModelIndex &index, int role) const
{
    const QStringList *row = recordAt(index);
    if (!row || index.column() >= row->size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return row->at(index.column());
    if (role == Qt::TextAlignmentRole) {
        const RegistryColumn &c = m_definition.columns[index.column()];
        const bool left = c.kind == RegistryColumn::Kind::Text && !c.label;
        return int((left ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter);
    }
    return {};
}

QVariant RegistryPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_definition.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    // The screen has room for one header row: the group shows when the pointer rests on it.
    if (role == Qt::DisplayRole)
        return m_definition.columns[section].heading;
    if (role == Qt::ToolTipRole)
        return RegistryLayout::flatHeading(m_definition.columns[section]);
    return {};
}

bool RegistryPreviewModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void RegistryPreviewModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const QList<QStringList> page = readPage();
    // At the end, or when the store changed under the count, show what there is.
    if (page.size() < PageSize)
        m_total = m_rows.size() + page.size();
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
}
