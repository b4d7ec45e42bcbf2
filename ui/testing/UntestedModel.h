#pragma once

#include "main/PagedRowsModel.h"
#include "testing/TestCoverage.h"

class StoreReader;

// The persons of a round's villages without a sample, by village, address and name, fetched a
// page at a time as the view scrolls: the list a village cadre takes from door to door. Every
// page sorts the round's untested persons, so the count and the pages are read on the reader's
// worker; loaded() says when the first page is shown.
class UntestedModel : public PagedRowsModel<TestCoverage::UntestedPerson>
{
    Q_OBJECT

public:
    enum Column { Name, IdNumber, Phone, Village, Address, ColumnCount };

    UntestedModel(StoreReader *reader, int channel, QObject *parent = nullptr);

    // An empty round id shows nothing.
    void setRound(const QString &roundId);
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // problem is empty when the first page is shown.
    void loaded(const QString &problem);

protected:
    StoreReader::Read<qint64> countRead() const override;
    StoreReader::Read<QList<TestCoverage::UntestedPerson>> pageRead(
        qint64 offset, int limit) const override;
    QString idOf(const TestCoverage::UntestedPerson &row) const override;

private:
    QString m_roundId;
};
