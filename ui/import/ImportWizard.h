#pragma once

#include "import/LedgerImport.h"

#include <QWizard>

class ImportVerdictsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class Store;

// Brings an office's own ledger (the 花名册 or 返乡人员台账 kept in Excel, or a CSV file) into
// the store, step by step: the file and what it lists, the sheet and its heading rows as the
// file shows them, which column is which field, a check of every row (nothing written), and the
// import in one transaction after a copy of the store. The file is read on a worker, each time
// on its own connection to the store; the window's connection only reads remembered mappings.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Step { FileStep, SheetStep, MappingStep, CheckStep, DoneStep };

    explicit ImportWizard(Store &store, QWidget *parent = nullptr);
    ~ImportWizard() override;

    bool validateCurrentPage() override;
    // The options the check and the import run with, as the clerk has chosen them.
    LedgerImport::Options options() const;
    // Writes the report of the rows to fix (see LedgerImport::writeReport) after checking the
    // file again with these options; returns the problem, or empty.
    QString writeReport(const QString &path, const LedgerImport::Options &options);
    // Checks every row with the current options and shows the verdicts.
    void runCheck();

signals:
    // Rows were written to the store: pages showing residents and households read again.
    void ledgerImported();

protected:
    void initializePage(int id) override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeSheetPage();
    QWizardPage *makeMappingPage();
    QWizardPage *makeCheckPage();
    QWizardPage *makeDonePage();

    void chooseFile();
    // Opens the file and reads the first rows of sheet (-1: the first one shown); empty or the
    // problem.
    QString readFile(int sheet);
    void chooseSheet(int index);
    void fillSheetPage();
    void fillPreview();
    void highlightHeading();
    void headingRowsChanged(bool firstChanged);
    void headingChanged();
    void showHeadingMessage();
    void fillMapping();
    QString mappingProblem() const;
    void updateMappingMessage();
    void clearCheck();
    void showCounts();
    bool runImport();
    void chooseReportFile(bool refusedOnly);
    QString targetKey() const;
    QString fileName() const;

    Store &m_store;
    bool m_busy = false;
    bool m_filling = false;
    bool m_yearChosen = false;

    // What the file gave.
    QList<SheetInfo> m_sheets;
    int m_sheet = -1;
    LedgerImport::Preview m_preview;
    // The heading and the mapping, as detected and then as the clerk set them.
    SheetHeader m_heading;
    QStringList m_mapping;
    // The check.
    bool m_checked = false;
    ImportCounts m_counts;
    ImportCounts m_written;

    QWizardPage *m_filePage;
    QLineEdit *m_path;
    QComboBox *m_target;
    QComboBox *m_village;
    QSpinBox *m_year;
    QLabel *m_fileMessage;

    QWizardPage *m_sheetPage;
    QComboBox *m_sheetCombo;
    QSpinBox *m_headingFirst;
    QSpinBox *m_headingLast;
    QLabel *m_headingProblem;
    QLabel *m_headingInfo;
    QTableWidget *m_previewTable;

    QWizardPage *m_mappingPage;
    QTableWidget *m_mappingTable;
    QLabel *m_mappingMessage;

    QWizardPage *m_checkPage;
    QComboBox *m_policy;
    QPushButton *m_checkAgain;
    QLabel *m_countsLabel;
    QComboBox *m_filter;
    ImportVerdictsModel *m_verdicts;
    QTableView *m_verdictsView;
    QPushButton *m_report;
    QLabel *m_checkMessage;
    QLabel *m_noteDetail;

    QLabel *m_summary;
    QPushButton *m_doneReport;
    QLabel *m_doneMessage;
};
