#pragma once

#include "testing/TestCoverage.h"

#include <QAbstractTableModel>

class Store;

// A round's coverage per village: persons in scope, sampled, not sampled, and the share sampled.
class TestCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Village, InScope, Sampled, NotSampled, Percent, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit TestCoverageModel(Store &store, QObject *parent = nullptr);

    // An empty round id shows nothing.
    void setRound(const QString &roundId);
    void reload();
    TestCoverage::VillageCoverage total() const { return TestCoverage::total(m_rows); }

    const TestCoverage::VillageCoverage *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &villageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Store &m_store;
    QString m_roundId;
    QList<TestCoverage::VillageCoverage> m_rows;
};
