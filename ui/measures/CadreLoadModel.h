#pragma once

#include "measures/MeasureRepository.h"

#include <QAbstractTableModel>

// Who is responsible for whom (五包一): one row per cadre and person under a running measure,
// grouped by cadre; the cadre's name, role and phone show on the first row of the group only.
class CadreLoadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Cadre, Role, CadrePhone, Person, Kind, Village, PlannedEnd, ColumnCount };
    // The raw value of a cell (the cadre's on every row), for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // The loads as the page read them (MeasureRepository::cadreLoads()).
    void show(const QList<MeasureRepository::CadreLoad> &loads);
    // The measure of the row.
    const MeasureRepository::Row *recordAt(const QModelIndex &index) const;
    const MeasureRepository::CadreLoad *cadreAt(const QModelIndex &index) const;
    // The first row of the cadre's group.
    QModelIndex indexOf(const QString &cadreName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        int load;
        int measure;
    };
    QList<MeasureRepository::CadreLoad> m_loads;
    QList<Line> m_lines;
};
