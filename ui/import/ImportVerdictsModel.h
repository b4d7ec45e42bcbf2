#pragma once

#include "import/LedgerImport.h"

#include <QAbstractTableModel>

// The dry run's verdict on each row of a ledger, all of them or only those a clerk must look at
// (refused, fixed, duplicates). The verdicts are the dry run's own list, held in memory.
class ImportVerdictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Verdict, Note, ColumnCount };
    enum class Filter { All, Problems };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit ImportVerdictsModel(QObject *parent = nullptr);

    void setVerdicts(const QList<ImportRowVerdict> &verdicts);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    const ImportRowVerdict *recordAt(const QModelIndex &index) const;
    // The index of the sheet's row number, or an invalid one when it is not listed.
    QModelIndex indexOf(qint64 row) const;

    static QString verdictLabel(ImportVerdict verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<ImportRowVerdict> m_all;
    QList<qsizetype> m_shown; // indexes into m_all
    Filter m_filter = Filter::All;
};
