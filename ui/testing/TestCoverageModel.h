#pragma once

#include "testing/TestCoverage.h"

#include <QAbstractTableModel>

// A round's coverage per village: persons in scope, sampled, not sampled, and the share sampled,
// as the page has read it.
class TestCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Village, InScope, Sampled, NotSampled, Percent, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void show(const QList<TestCoverage::VillageCoverage> &rows);
    TestCoverage::VillageCoverage total() const { return TestCoverage::total(m_rows); }

    const TestCoverage::VillageCoverage *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &villageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TestCoverage::VillageCoverage> m_rows;
};
