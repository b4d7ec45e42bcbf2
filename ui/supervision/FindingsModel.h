#pragma once

#include "main/PagedRowsModel.h"
#include "supervision/SupervisionRepository.h"

class Store;

// The findings board: open findings first by deadline (overdue ones red), then rectified, then
// closed ones greyed; a page at a time.
class FindingsModel : public PagedRowsModel<FindingRow>
{
    Q_OBJECT

public:
    enum Column {
        Deadline,
        Status,
        Place,
        Category,
        Problem,
        Severity,
        Responsible,
        Team,
        VisitedOn,
        ColumnCount
    };

    explicit FindingsModel(Store &store, QObject *parent = nullptr);
    void setFilter(const FindingFilter &filter);
    void reload() { refetch(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    qint64 countAll() const override;
    QList<FindingRow> page(qint64 offset, int limit) const override;
    QString idOf(const FindingRow &row) const override { return row.finding.id; }

private:
    Store &m_store;
    FindingFilter m_filter;
};
