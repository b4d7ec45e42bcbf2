#pragma once

#include "measures/MeasureRepository.h"

#include <QWidget>

class CadreLoadModel;
class MeasuresModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class ReadingOverlay;
class SiteOccupancyModel;
class Store;
class StoreReader;

// The clerk's morning view of control measures: who runs under which measure (by village and
// kind), who is due for release today, who is overdue, how full the isolation sites are, and
// which cadre is responsible for whom. Adds a measure, releases one, and keeps the sites.
// Reads on a worker (the lists join persons, measures and cadres of a whole township), writes on
// the window's connection and then reads the lists again.
class MeasuresPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPage(Store &store, QWidget *parent = nullptr);

    MeasuresModel *runningModel() const { return m_running; }
    MeasuresModel *dueModel() const { return m_due; }
    MeasuresModel *overdueModel() const { return m_overdue; }
    SiteOccupancyModel *sitesModel() const { return m_sites; }
    CadreLoadModel *cadresModel() const { return m_cadres; }

    // Reads the lists again; before the page was first shown, its first showing does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;
    void newMeasure();
    void releaseMeasure();
    void editCadres();
    void manageSites();

private:
    // Reads the villages, the morning lists, the sites and the cadres.
    void readMorning();
    void applyFilter();
    // The running list has been read (problem empty) or could not be.
    void runningRead(const QString &problem);
    void updateTitles();
    void updateButtons();
    QTableView *currentTable() const;
    // The measure chosen in the current list, or null.
    const MeasureRepository::Row *currentRow() const;
    QTableView *makeTable(const QString &objectName);

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    // A measure to choose in the running list once it has been read again.
    QString m_select;
    MeasuresModel *m_running;
    MeasuresModel *m_due;
    MeasuresModel *m_overdue;
    SiteOccupancyModel *m_sites;
    CadreLoadModel *m_cadres;
    QComboBox *m_village;
    QComboBox *m_kind;
    QLabel *m_count;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_runningTable;
    QTableView *m_dueTable;
    QTableView *m_overdueTable;
    QTableView *m_sitesTable;
    QTableView *m_cadresTable;
    QList<ReadingOverlay *> m_morningCovers;
    ReadingOverlay *m_runningCover;
    QPushButton *m_release;
    QPushButton *m_editCadres;
};
