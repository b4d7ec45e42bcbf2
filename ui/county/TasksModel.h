#pragma once

#include "county/VerificationTaskRepository.h"
#include "main/PagedRowsModel.h"

class Store;

// Verification tasks, open ones first by deadline (overdue ones red), then answered ones greyed;
// a page at a time. At the county, every township's or one's; at a township, its own.
class TasksModel : public PagedRowsModel<VerificationTaskRepository::Row>
{
    Q_OBJECT

public:
    enum Column {
        DueOn,
        Township,
        Person,
        IdNumber,
        Phone,
        Reason,
        KnownHere,
        Result,
        VerifiedOn,
        VerifiedBy,
        Notes,
        ColumnCount
    };

    explicit TasksModel(Store &store, QObject *parent = nullptr);
    void setTownship(const QString &code);
    void reload() { refetch(); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    qint64 countAll() const override;
    QList<VerificationTaskRepository::Row> page(qint64 offset, int limit) const override;
    QString idOf(const VerificationTaskRepository::Row &row) const override { return row.task.id; }

private:
    Store &m_store;
    QString m_township;
};
