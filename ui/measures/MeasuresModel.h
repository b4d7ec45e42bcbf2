#pragma once

#include "main/PagedRowsModel.h"
#include "main/PersonalData.h"
#include "measures/MeasureRepository.h"

#include <QDate>

class Store;

// Running measures with their persons: all of them (filtered by village and kind, counted and
// fetched a page at a time on a StoreReader's worker as the view scrolls, see readWith), or only
// those due for release today, or only the overdue ones, as the page read them. The checklist
// columns of a home isolation can be ticked in place; the tick is written on the window's store.
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
    // The running list: counts and reads its first page again for the current day, keeping the
    // filter.
    void reload();
    // The due or overdue list, as read on the day today.
    void show(const QList<MeasureRepository::Row> &rows, QDate today);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A change the store refused, in words for the clerk.
    void writeFailed(const QString &message);

protected:
    StoreReader::Read<qint64> countRead() const override;
    StoreReader::Read<QList<MeasureRepository::Row>> pageRead(
        qint64 offset, int limit) const override;
    QString idOf(const MeasureRepository::Row &row) const override;

private:
    Store &m_store;
    const PersonalData m_shown;
    List m_list;
    MeasureRepository::Filter m_filter;
    QDate m_today;
};
