#include "DaySheetModel.h"

#include "health/HealthCheckRepository.h"
#include "health/Temperature.h"

#include <QColor>

using namespace Qt::StringLiterals;

DaySheetModel::DaySheetModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void DaySheetModel::load(QDate day, const QString &villageId)
{
    m_day = day;
    m_villageId = villageId;
    beginResetModel();
    m_sheet = DaySheet::load(m_store, m_day, m_villageId);
    endResetModel();
    emit sheetChanged();
}

void DaySheetModel::reload()
{
    DaySheet fresh = DaySheet::load(m_store, m_day, m_villageId);
    bool samePersons = fresh.entries().size() == m_sheet.entries().size();
    for (qsizetype i = 0; samePersons && i < fresh.entries().size(); ++i)
        samePersons = fresh.entries()[i].personId == m_sheet.entries()[i].personId;
    // Same rows: keep the view's current cell and open editor rather than resetting.
    if (samePersons) {
        m_sheet = std::move(fresh);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_sheet = std::move(fresh);
        endResetModel();
    }
    emit sheetChanged();
}

const DaySheet::Entry *DaySheetModel::recordAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_sheet.entries().size())
        return nullptr;
    return &m_sheet.entries()[index.row()];
}

QModelIndex DaySheetModel::indexOf(const QString &personId) const
{
    for (int row = 0; row < m_sheet.entries().size(); ++row) {
        if (m_sheet.entries()[row].personId == personId)
            return index(row, 0);
    }
    return {};
}

QString DaySheetModel::symptomsPeriod(const DaySheet::Entry &entry)
{
    return entry.afternoon.recorded() ? u"afternoon"_s : u"morning"_s;
}

QString DaySheetModel::periodOf(int column)
{
    return column == Afternoon ? u"afternoon"_s : u"morning"_s;
}

int DaySheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.entries().size());
}

int DaySheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DaySheetModel::data(const QModelIndex &index, int role) const
{
    const DaySheet::Entry *e = recordAt(index);
    if (!e)
        return {};
    const int column = index.column();
    if (column == Morning || column == Afternoon) {
        const DaySheet::Reading &r = e->reading(periodOf(column));
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return r.recorded() ? Temperature::fromCelsius(*r.temperature).text() : QString();
        case RawValueRole:
            return r.recorded() ? QVariant(*r.temperature) : QVariant();
        case Qt::ForegroundRole:
            return r.recorded() && m_sheet.isFever(*r.temperature) ? QVariant(QColor(Qt::red)) : QVariant();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (column == Symptoms && role == Qt::EditRole)
        return e->reading(symptomsPeriod(*e)).symptoms;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    switch (column) {
    case Name:
        return e->name;
    case Village:
        return e->villageName;
    case Symptoms: {
        QStringList list;
        for (const QString &s : { e->morning.symptoms, e->afternoon.symptoms }) {
            if (!s.isEmpty() && !list.contains(s))
                list << s;
        }
        return list.join(u"; "_s);
    }
    default:
        return {};
    }
}

bool DaySheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const DaySheet::Entry *e = recordAt(index);
    if (!e || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    HealthCheck check;
    check.personId = e->personId;
    check.checkedOn = m_day;
    if (index.column() == Symptoms) {
        check.period = symptomsPeriod(*e);
        check.temperature = *e->reading(check.period).temperature;
        check.symptoms = value.toString().simplified();
    } else {
        const auto temperature = Temperature::parse(value.toString());
        if (!temperature) {
            m_lastError = temperature.error();
            return false;
        }
        check.period = periodOf(index.column());
        check.temperature = temperature->celsius();
        check.symptoms = e->reading(check.period).symptoms;
    }
    if (auto r = HealthCheckRepository(m_store).record(check); !r) {
        m_lastError = r.error();
        return false;
    }
    m_lastError.clear();
    reload();
    return true;
}

Qt::ItemFlags DaySheetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Morning || index.column() == Afternoon)
        f |= Qt::ItemIsEditable;
    // Symptoms belong to a check: they can be noted once a temperature is taken.
    if (const DaySheet::Entry *e = recordAt(index); e && index.column() == Symptoms
        && (e->morning.recorded() || e->afternoon.recorded()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DaySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Village:
        return tr("Village");
    case Morning:
        return tr("Morning ℃");
    case Afternoon:
        return tr("Afternoon ℃");
    case Symptoms:
        return tr("Symptoms");
    default:
        return {};
    }
}
