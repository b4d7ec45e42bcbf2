#pragma once

#include "main/PagedRowsModel.h"
#include "testing/TestCoverage.h"

class Store;

// The persons of a round's villages without a sample, by village, address and name, fetched a
// page at a time as the view scrolls: the list a village cadre takes from door to door.
class UntestedModel : public PagedRowsModel<TestCoverage::UntestedPerson>
{
    Q_OBJECT

public:
    enum Column { Name, IdNumber, Phone, Village, Address, ColumnCount };

    explicit UntestedModel(Store &store, QObject *parent = nullptr);

    // An empty round id shows nothing.
    void setRound(const QString &roundId);
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 countAll() const override;
    QList<TestCoverage::UntestedPerson> page(qint64 offset, int limit) const override;
    QString idOf(const TestCoverage::UntestedPerson &row) const override;

private:
    Store &m_store;
    QString m_roundId;
};
