#pragma once

#include "main/PagedRowsModel.h"
#include "measures/MeasureRepository.h"

#include <QDate>

class Store;

// Running measures with their persons: all of them (filtered by village and kind, fetched a page
// at a time as the view scrolls), or only those due for release today, or only the overdue ones.
// The checklist columns of a home isolation can be ticked in place.
class MeasuresModel : public PagedRowsModel<MeasureRepository::Row>
{
    Q_OBJECT

public:
    enum Column {
        Name,
        IdNumber,
        Phone,
        Village,
        Kind,
        Site,
        StartedOn,
        PlannedEnd,
        CardPosted,
        AgreementSigned,
        CameraInstalled,
        ColumnCount
    };
    enum class List { Running, DueToday, Overdue };

    MeasuresModel(Store &store, List list, QObject *parent = nullptr);

    // Only for the running list.
    void setFilter(const MeasureRepository::Filter &filter);
    // Reads the store again for the current day, keeping the filter.
    void reload();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A change the store refused, in words for the clerk.
    void writeFailed(const QString &message);

protected:
    qint64 countAll() const override;
    QList<MeasureRepository::Row> page(qint64 offset, int limit) const override;
    QString idOf(const MeasureRepository::Row &row) const override;

private:
    Store &m_store;
    List m_list;
    MeasureRepository::Filter m_filter;
    QDate m_today;
};
