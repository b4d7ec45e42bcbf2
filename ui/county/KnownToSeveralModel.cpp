#include "KnownToSeveralModel.h"

#include "main/FormParts.h"
#include "measures/ControlMeasure.h"
#include "store/Store.h"

#include <QBrush>
#include <QPalette>
#include <QThread>

#include <memory>

KnownToSeveralModel::KnownToSeveralModel(Store &store, QObject *parent)
    : PagedRowsModel(parent)
    , m_store(store)
{
    setHeadings({ tr("ID number"), tr("Township"), tr("Name"), tr("Village"), tr("Latest measure"),
        tr("Since"), tr("State") });
}

KnownToSeveralModel::~KnownToSeveralModel()
{
    if (m_worker)
        m_worker->wait();
}

void KnownToSeveralModel::load()
{
    if (m_worker) {
        m_loadAgain = true;
        return;
    }
    struct Read
    {
        QString problem;
        KnownToSeveralUnits::Count count;
        QList<KnownToSeveralUnits::Row> rows;
    };
    auto read = std::make_shared<Read>();
    // A connection belongs to the thread that opened it: the worker opens the store again.
    m_worker = QThread::create([path = m_store.path(), user = m_store.user(), full = m_fullData, read] {
        auto store = Store::open(path);
        if (!store) {
            read->problem = store.error();
            return;
        }
        store.value()->setUser(user);
        KnownToSeveralUnits known(*store.value());
        read->count = known.count();
        read->rows = known.list(0, PageSize, full);
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, read] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_loadAgain) {
            m_loadAgain = false;
            load();
            return;
        }
        if (read->problem.isEmpty()) {
            m_idNumbers = read->count.idNumbers;
            showFirstPage(read->count.rows, read->rows);
        }
        emit loaded(read->problem);
    });
    m_worker->start();
}

void KnownToSeveralModel::setFullData(bool full)
{
    m_fullData = full;
    load();
}

QVariant KnownToSeveralModel::data(const QModelIndex &index, int role) const
{
    const KnownToSeveralUnits::Row *row = recordAt(index);
    if (!row)
        return {};
    // Every other ID number shaded, so that the townships of one ID number read as one group.
    if (role == Qt::BackgroundRole) {
        if (row->position % 2 == 0)
            return {};
        return QBrush(QPalette().color(QPalette::AlternateBase));
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool measured = !row->measureKind.isEmpty();
    switch (index.column()) {
    case IdNumber:
        return row->idNumber;
    case Township:
        return QString(row->township + u' ' + row->townshipName);
    case Name:
        return row->name;
    case Village:
        return row->village;
    case Measure:
        return measured ? ControlMeasure::kindLabel(row->measureKind) : QString();
    case StartedOn:
        return FormParts::dayText(row->measureStartedOn);
    case State:
        return !measured ? QString() : row->measureReleased ? tr("Released") : tr("Running");
    default:
        return {};
    }
}

qint64 KnownToSeveralModel::countAll() const
{
    return KnownToSeveralUnits(m_store).count().rows;
}

QList<KnownToSeveralUnits::Row> KnownToSeveralModel::page(qint64 offset, int limit) const
{
    // offset counts rows and the store pages ID numbers: the next page starts after the ID
    // number of the last row shown (offset is always 0 or the rows held, see PagedRowsModel).
    Q_ASSERT(offset == 0 || offset == m_rows.size());
    const qint64 from = offset == 0 ? 0 : m_rows.at(offset - 1).position + 1;
    return KnownToSeveralUnits(m_store).list(from, limit, m_fullData);
}
