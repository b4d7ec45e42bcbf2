#pragma once

#include <QWidget>

class FindingsModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class Store;

// Supervision (督导检查): the findings board (one key, F4, moves a finding on), the rounds with
// their visits, and the round's written report, drafted from the store and edited before export.
class SupervisionPage : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisionPage(Store &store, QWidget *parent = nullptr);
    void reload();
    // What the buttons do once a file has been chosen.
    bool exportReport(const QString &path);

private:
    QWidget *findingsTab();
    QWidget *roundsTab();
    QWidget *reportTab();
    QWidget *accountabilityTab();
    void applyFilter();
    void advanceFinding();
    void addTeam();
    void addRound();
    void editChecklists();
    void addAccountability();
    void recordVisit();
    void draftReport();
    void chooseReportFile(const QString &suffix);
    QString selectedRound() const;

    Store &m_store;
    FindingsModel *m_findingsModel;
    QTableView *m_findings;
    QComboBox *m_team;
    QComboBox *m_place;
    QComboBox *m_category;
    QCheckBox *m_overdue;
    QLabel *m_findingsCount;
    QPushButton *m_advance;
    QTableWidget *m_rounds;
    QTableWidget *m_accountability;
    QComboBox *m_reportRound;
    QPlainTextEdit *m_report;
    QLabel *m_message;
};
