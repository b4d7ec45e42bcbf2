#include "MeasuresModel.h"

#include "main/FormParts.h"

#include "measures/ControlMeasure.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace {

bool isChecklistColumn(int column)
{
    return column == MeasuresModel::CardPosted || column == MeasuresModel::AgreementSigned
        || column == MeasuresModel::CameraInstalled;
}

bool checklistValue(const ControlMeasure &m, int column)
{
    switch (column) {
    case MeasuresModel::CardPosted:
        return m.cardPosted;
    case MeasuresModel::AgreementSigned:
        return m.agreementSigned;
    default:
        return m.cameraInstalled;
    }
}

} // namespace

MeasuresModel::MeasuresModel(Store &store, List list, QObject *parent)
    : PagedRowsModel(parent)
    , m_store(store)
    , m_shown(store)
    , m_list(list)
{
    setHeadings({ tr("Name"), tr("ID number"), tr("Phone"), tr("Village"), tr("Measure"),
        tr("Isolation site"), tr("Started"), tr("Planned end"), tr("Card"), tr("Agreement"),
        tr("Camera") });
}

void MeasuresModel::setFilter(const MeasureRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void MeasuresModel::reload()
{
    Q_ASSERT(m_list == List::Running);
    m_today = QDate::currentDate();
    refetch();
}

void MeasuresModel::show(const QList<MeasureRepository::Row> &rows, QDate today)
{
    Q_ASSERT(m_list != List::Running);
    m_today = today;
    // The two morning lists are short and come whole, in one query each.
    showAll(rows);
}

QVariant MeasuresModel::data(const QModelIndex &index, int role) const
{
    const MeasureRepository::Row *row = recordAt(index);
    if (!row)
        return {};
    const ControlMeasure &m = row->measure;
    const int column = index.column();
    const bool isHome = m.kind == "home_isolation"_L1;
    if (role == RawValueRole) {
        switch (column) {
        case Name:
            return row->personName;
        case IdNumber:
            return row->idNumber;
        case Phone:
            return row->phone;
        case Village:
            return row->villageName;
        case Kind:
            return m.kind;
        case Site:
            return row->siteName;
        case StartedOn:
            return m.startedOn;
        case PlannedEnd:
            return m.plannedEndOn;
        default:
            return checklistValue(m, column);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return row->personName;
        case IdNumber:
            return m_shown.idNumber(row->idNumber);
        case Phone:
            return m_shown.phone(row->phone);
        case Village:
            return row->villageName;
        case Kind:
            return ControlMeasure::kindLabel(m.kind);
        case Site:
            return row->siteName;
        case StartedOn:
            return FormParts::dayText(m.startedOn);
        case PlannedEnd:
            return FormParts::dayText(m.plannedEndOn);
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && isChecklistColumn(column) && isHome)
        return checklistValue(m, column) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && m.isRunning() && m.plannedEndOn < m_today)
        return QBrush(FormParts::problemColor());
    if (role == Qt::FontRole && column == PlannedEnd && m.plannedEndOn <= m_today) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

Qt::ItemFlags MeasuresModel::flags(const QModelIndex &index) const
{
    const MeasureRepository::Row *row = recordAt(index);
    if (!row)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isChecklistColumn(index.column()) && row->measure.kind == "home_isolation"_L1)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool MeasuresModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const MeasureRepository::Row *row = recordAt(index);
    if (!row || role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    ControlMeasure m = row->measure;
    const bool on = value.toInt() == Qt::Checked;
    switch (index.column()) {
    case CardPosted:
        m.cardPosted = on;
        break;
    case AgreementSigned:
        m.agreementSigned = on;
        break;
    default:
        m.cameraInstalled = on;
        break;
    }
    if (auto r = MeasureRepository(m_store).setChecklist(
            m.id, m.cardPosted, m.agreementSigned, m.cameraInstalled);
        !r) {
        emit writeFailed(r.error());
        return false;
    }
    m_rows[index.row()].measure = m;
    emit dataChanged(index, index, { Qt::CheckStateRole, RawValueRole });
    return true;
}

StoreReader::Read<qint64> MeasuresModel::countRead() const
{
    return [filter = m_filter](Store &store) -> Result<qint64> {
        return MeasureRepository(store).countRunning(filter);
    };
}

StoreReader::Read<QList<MeasureRepository::Row>> MeasuresModel::pageRead(
    qint64 offset, int limit) const
{
    return [filter = m_filter, offset, limit](
               Store &store) -> Result<QList<MeasureRepository::Row>> {
        return MeasureRepository(store).running(filter, int(offset), limit);
    };
}

QString MeasuresModel::idOf(const MeasureRepository::Row &row) const
{
    return row.measure.id;
}
