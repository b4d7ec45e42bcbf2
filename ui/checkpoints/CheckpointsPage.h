#pragma once

#include <QWidget>

class CheckpointEntriesModel;
class EntryLine;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTableWidget;
class ReadingOverlay;
class Store;
class StoreReader;

// Checkpoints (卡口): the entry line and the day's log at one checkpoint; the day's counts of
// every checkpoint with a ten-day trend; the duty roster with its uncovered periods; the pass
// permits. Every list is read on a worker; an entry, a shift or a permit is saved on the window's
// connection and its list read again.
class CheckpointsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckpointsPage(Store &store, QWidget *parent = nullptr);
    // Reads every list again; before the page was first shown, its first showing does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;

private:
    QWidget *entryTab();
    QWidget *countsTab();
    QWidget *rosterTab();
    QWidget *permitsTab();
    void showEntries();
    void showCounts();
    void showRoster();
    void showPermits();
    void correctEntry();
    void addCheckpoint();
    void addShift();
    void addPermit();

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    double m_fever = 37.3;
    // Entry
    QComboBox *m_checkpoint;
    QComboBox *m_direction;
    QLineEdit *m_recordedBy;
    EntryLine *m_line;
    CheckpointEntriesModel *m_entriesModel;
    QTableView *m_entries;
    QLabel *m_entriesCount;
    ReadingOverlay *m_entriesCover;
    // Counts
    QDateEdit *m_countsDay;
    QTableWidget *m_counts;
    QTableWidget *m_trend;
    ReadingOverlay *m_countsCover;
    ReadingOverlay *m_trendCover;
    // Roster
    QDateEdit *m_rosterDay;
    QTableWidget *m_shifts;
    QLabel *m_gaps;
    ReadingOverlay *m_shiftsCover;
    QComboBox *m_shiftCheckpoint;
    QSpinBox *m_fromHour;
    QSpinBox *m_toHour;
    QLineEdit *m_staffName;
    QComboBox *m_role;
    QLineEdit *m_staffPhone;
    QLabel *m_rosterMessage;
    // Permits
    QTableWidget *m_permits;
    ReadingOverlay *m_permitsCover;
    QLineEdit *m_permitNumber;
    QLineEdit *m_permitHolder;
    QLineEdit *m_permitPlate;
    QDateEdit *m_permitFrom;
    QDateEdit *m_permitTo;
    QLineEdit *m_permitIssuer;
    QLabel *m_permitMessage;
};
