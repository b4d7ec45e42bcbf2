#pragma once

#include "people/ScreeningCoverage.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;
class ReadingOverlay;
class Store;
class StoreReader;

// Door-to-door screening coverage per village: households visited since a date, out of all; a
// village opens onto its households not yet visited. Reads on a worker: the figures count every
// household and visit of the township.
class ScreeningCoveragePage : public QWidget
{
    Q_OBJECT

public:
    explicit ScreeningCoveragePage(Store &store, QWidget *parent = nullptr);
    // Reads the figures again; before the page was first shown, its first showing does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;

signals:
    // The clerk asked for the village's households that the screening has not reached.
    void unvisitedRequested(const QString &villageId, QDate since);

private:
    void showCoverage(const QList<ScreeningCoverage::VillageCoverage> &list);

    StoreReader *m_reader;
    bool m_shown = false;
    QDateEdit *m_since;
    QTableWidget *m_table;
    ReadingOverlay *m_cover;
    QLabel *m_total;
};
