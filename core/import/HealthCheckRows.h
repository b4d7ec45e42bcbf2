#pragma once

#include "DayColumn.h"
#include "ImportRows.h"

#include "../health/HealthCheck.h"

#include <QHash>
#include <QList>
#include <optional>

// The rows of a temperature sheet (健康监测表, 体温登记表): one row per person with a column per
// day and half-day (see DayColumn), or a row per person and day with the morning and afternoon
// temperatures. The person is a registered one, found by ID number (or by name among the persons
// under a measure); days counted from the measure (第3天) are placed from its start. Written in
// bulk through HealthCheckRepository::recordAll.
class HealthCheckRows final : public ImportRows
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheckRows)

public:
    explicit HealthCheckRows(const Context &context);

    Result<void> load(const Context &context);
    ImportRowVerdict take(const MappedRow &row) override;
    qint64 households() const override { return 0; }
    Result<qint64> write(const LedgerImport::Progress &progress) override;

private:
    struct GridColumn
    {
        DayColumn day;
        QString heading;
        qsizetype column;
    };
    struct Found
    {
        QString id;
        QString name;
    };

    // The start of the measure that 第N天 counts from: the person's running measure, or the
    // latest one; invalid when the person has none.
    QDate measureStart(const QString &personId);
    const QHash<QString, double> &recorded(const QString &personId);

    Store &m_store;
    const LedgerImport::Options &m_options;
    LedgerYear m_year;
    QList<GridColumn> m_grid; // in the order of the sheet's columns

    QHash<QString, Found> m_byIdNumber; // the live persons
    QHash<QString, QList<Found>> m_byName; // persons under a measure, by name
    QHash<QString, std::optional<QDate>> m_starts; // person id → measure start, once looked up
    QHash<QString, QHash<QString, double>> m_recorded; // person id → "day|period" → ℃
    QHash<QString, qint64> m_given; // "person|day|period" → the row that gave it
    QList<HealthCheck> m_checks;
};
