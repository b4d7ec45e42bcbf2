#pragma once

#include "health/DaySheet.h"

#include <QAbstractTableModel>

class Store;

// The day sheet as a table. The morning and afternoon cells are editable: a value typed there is
// parsed and recorded through core at once.
class DaySheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Village, Morning, Afternoon, Symptoms, ColumnCount };
    // The raw value of a cell (a temperature as a double, or nothing), for sorting and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit DaySheetModel(Store &store, QObject *parent = nullptr);

    void load(QDate day, const QString &villageId);
    // Reads the store again, keeping day and village.
    void reload();
    const DaySheet &sheet() const { return m_sheet; }
    // Why the last edit was refused; empty after a saved one.
    const QString &lastError() const { return m_lastError; }

    const DaySheet::Entry *recordAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &personId) const;
    static QString periodOf(int column);
    // The check whose symptoms the Symptoms column edits: the latest one of the day.
    static QString symptomsPeriod(const DaySheet::Entry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void sheetChanged();

private:
    Store &m_store;
    QDate m_day;
    QString m_villageId;
    DaySheet m_sheet;
    QString m_lastError;
};
