#pragma once

#include "testing/TestCoverage.h"

#include <QAbstractTableModel>

class Store;

// The persons of a round's villages without a sample, by village, address and name, fetched a
// page at a time as the view scrolls: the list a village cadre takes from door to door.
class UntestedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, IdNumber, Phone, Village, Address, ColumnCount };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit UntestedModel(Store &store, QObject *parent = nullptr);

    // An empty round id shows nothing.
    void setRound(const QString &roundId);
    void reload();
    // All untested persons, not only those fetched so far.
    qint64 totalCount() const { return m_total; }

    const TestCoverage::UntestedPerson *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Store &m_store;
    QString m_roundId;
    QList<TestCoverage::UntestedPerson> m_rows;
    qint64 m_total = 0;
};
