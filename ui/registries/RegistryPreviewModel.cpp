#include "RegistryPreviewModel.h"

#include "registries/RegistryLayout.h"
#include "registries/RegistryQuery.h"
#include "store/StoreReader.h"

#include <QPointer>

namespace {

using Query = std::unique_ptr<RegistryQuery>;

QList<QStringList> readPage(RegistryQuery &query, QString &error)
{
    QList<QStringList> page;
    while (page.size() < RegistryPreviewModel::PageSize && query.next()) {
        QStringList row;
        for (const QByteArray &cell : query.cells())
            row << QString::fromUtf8(cell);
        page << row;
    }
    error = query.error();
    return page;
}

} // namespace

RegistryPreviewModel::RegistryPreviewModel(StoreReader *reader, int channel, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_channel(channel)
{ }

void RegistryPreviewModel::setRegistry(
    const RegistryDefinition &definition, const RegistryFilter &filter)
{
    beginResetModel();
    m_definition = definition;
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    m_loading = definition.isValid();
    m_fetching = false;
    endResetModel();
    if (!m_loading)
        return;
    // The query replaces the one the channel kept, and stays there for the pages that follow.
    m_reader->readKeeping<Page, RegistryQuery>(
        m_channel,
        [definition, filter](Store &store, Query &query) -> Result<Page> {
            query = std::make_unique<RegistryQuery>(store, definition, filter);
            auto count = query->count();
            auto started = count ? query->start() : Result<void>::failure(count.error());
            if (!started) {
                query.reset();
                return Result<Page>::failure(started.error());
            }
            QString error;
            Page page { count.value(), readPage(*query, error) };
            if (!error.isEmpty())
                return Result<Page>::failure(error);
            return page;
        },
        [this, alive = QPointer<QObject>(this)](const Result<Page> &page) {
            if (!alive)
                return;
            m_loading = false;
            if (page) {
                m_total = page->total;
                append(page.value());
            } else {
                m_error = page.error();
            }
            emit loaded();
        });
}

void RegistryPreviewModel::append(const Page &page)
{
    // At the end, or when the store changed under the count, show what there is.
    if (page.rows.size() < PageSize)
        m_total = m_rows.size() + page.rows.size();
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows += page.rows;
    endInsertRows();
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
    return !parent.isValid() && !m_loading && !m_fetching && m_rows.size() < m_total;
}

void RegistryPreviewModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    m_reader->readKeeping<Page, RegistryQuery>(
        m_channel,
        [](Store &, Query &query) -> Result<Page> {
            if (!query)
                return Page {};
            QString error;
            Page page { -1, readPage(*query, error) };
            if (!error.isEmpty())
                return Result<Page>::failure(error);
            return page;
        },
        [this, alive = QPointer<QObject>(this)](const Result<Page> &page) {
            if (!alive)
                return;
            m_fetching = false;
            if (page) {
                append(page.value());
            } else {
                m_error = page.error();
                m_total = m_rows.size();
                emit loaded();
            }
        });
}
