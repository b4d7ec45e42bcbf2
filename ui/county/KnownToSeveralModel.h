#pragma once

#include "county/KnownToSeveralUnits.h"
#include "main/PagedRowsModel.h"

class QThread;
class Store;

// Persons known to several townships: one row per township that keeps an ID number, the rows of
// one ID number together and shaded alike, a page of ID numbers at a time. The count and the
// first page are read on a worker thread with its own connection, since the count groups every
// person of the county; later pages come as the view scrolls.
class KnownToSeveralModel : public PagedRowsModel<KnownToSeveralUnits::Row>
{
    Q_OBJECT

public:
    enum Column { IdNumber, Township, Name, Village, Measure, StartedOn, State, ColumnCount };

    explicit KnownToSeveralModel(Store &store, QObject *parent = nullptr);
    ~KnownToSeveralModel() override;

    // Reads the store again off the GUI thread; loaded() follows. Asked while a read runs, it
    // reads once more when that one ends.
    void load();
    bool isLoading() const { return m_worker != nullptr; }
    // Whole ID numbers and phones instead of masked ones; read again.
    void setFullData(bool full);
    qint64 idNumberCount() const { return m_idNumbers; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // problem is empty when the rows are shown.
    void loaded(const QString &problem);

protected:
    qint64 countAll() const override;
    QList<KnownToSeveralUnits::Row> page(qint64 offset, int limit) const override;
    QString idOf(const KnownToSeveralUnits::Row &row) const override { return row.personId; }

private:
    Store &m_store;
    bool m_fullData = false;
    qint64 m_idNumbers = 0;
    QThread *m_worker = nullptr;
    bool m_loadAgain = false;
};
