#pragma once

#include <QMainWindow>

class AuditPage;
class CheckpointsPage;
class CountyPage;
class DataExchangePage;
class DaySheetPage;
class HouseholdsPage;
class MeasuresPage;
class NeedsPage;
class QListWidget;
class QStackedWidget;
class QThread;
class RegionsPage;
class RegistriesPage;
class ResidentsPage;
class ScreeningCoveragePage;
class SettingsPage;
class SupervisionPage;
class Store;
class TasksPage;
class TestingPage;
class UsersPage;

// The main window: navigation on the left (one entry per area that exists), the area's page on
// the right, and the menu for whole-store work (importing a ledger, integrity check). It opens where the clerk left it
// (maximized the first time). On opening it copies the store into backups/ on a worker thread,
// once a day.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    // Waits for the day's copy of the store, if it is still being made.
    ~MainWindow() override;

    ResidentsPage *residentsPage() const { return m_residents; }
    void checkIntegrity();
    // Opens the wizard that brings an office's own ledger (Excel, CSV) into the store.
    void importLedger();

protected:
    // Keeps the window's place and size for the next start.
    void closeEvent(QCloseEvent *event) override;

private:
    void reloadAll();
    void showAbout();
    void backUpDaily();

    Store &m_store;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ResidentsPage *m_residents;
    HouseholdsPage *m_households;
    ScreeningCoveragePage *m_coverage;
    MeasuresPage *m_measures;
    DaySheetPage *m_daySheet;
    TestingPage *m_testing;
    NeedsPage *m_needs;
    CheckpointsPage *m_checkpoints;
    SupervisionPage *m_supervision;
    RegistriesPage *m_registries;
    RegionsPage *m_regions;
    DataExchangePage *m_exchange;
    CountyPage *m_county; // at a county only
    TasksPage *m_tasks; // at a township only
    SettingsPage *m_settings;
    UsersPage *m_users;
    AuditPage *m_audit;
    QThread *m_backup = nullptr;
};
