#pragma once

#include "main/PagedRowsModel.h"
#include "store/AuditLog.h"

class StoreReader;

// The audit entries a filter takes, newest first, in a clerk's words (see AuditTexts); read a
// page at a time on the reader's worker, since a county's trail holds every township's entries.
class AuditModel : public PagedRowsModel<AuditLog::Entry>
{
    Q_OBJECT

public:
    enum Column { At, User, Action, Table, Record, Columns, Before, After, ColumnCount };

    AuditModel(StoreReader *reader, int channel, QObject *parent = nullptr);
    void show(const AuditLog::Filter &filter);
    const AuditLog::Filter &filter() const { return m_filter; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // problem is empty when the first page is shown.
    void loaded(const QString &problem);

protected:
    StoreReader::Read<qint64> countRead() const override;
    StoreReader::Read<QList<AuditLog::Entry>> pageRead(qint64 offset, int limit) const override;
    QString idOf(const AuditLog::Entry &entry) const override;

private:
    AuditLog::Filter m_filter;
};
