#pragma once

#include "registries/RegistryDefinition.h"
#include "registries/RegistryFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class ReadingOverlay;
class RegistryPreviewModel;
class Store;
class StoreReader;

// The registries (台账): pick one, narrow it by village, date range and category, preview its
// rows, and export it as xlsx, CSV or PDF, or print it. ID numbers and phones stay masked unless
// the clerk ticks "Full data". Exports run behind a progress dialog with Cancel. The filters'
// choices and the preview are read on a worker, so that a registry of a whole township opens and
// filters without stalling the window.
class RegistriesPage : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Xlsx, Csv, CsvGb18030, Pdf };

    explicit RegistriesPage(Store &store, QWidget *parent = nullptr);

    RegistryPreviewModel *model() const { return m_model; }
    // Reads the villages and the registry again, keeping the choices made; before
    // the page was first shown, its first showing does.
    void reload();
    // A read of the page has not come back yet.
    bool isReading() const;
    // Exports the registry shown, with its filter, to path; returns an empty string on success,
    // else the message to show.
    // reason: why full data leaves the program, when "Full data" is ticked.
    QString exportTo(ExportFormat format, const QString &path, const QString &reason = {});
    void printPreview();

private:
    void showRegistry();
    void applyFilter();
    RegistryFilter currentFilter() const;
    void exportAs(ExportFormat format);
    // Asks why full data leaves the program, when it is to; nothing when the clerk cancels.
    std::optional<QString> askReason();
    void showCount();

    Store &m_store;
    StoreReader *m_reader;
    bool m_shown = false;
    QList<RegistryDefinition> m_definitions;
    RegistryPreviewModel *m_model;
    QListWidget *m_registries;
    QComboBox *m_village;
    QCheckBox *m_dateRange;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_dateLabel;
    QComboBox *m_category;
    QComboBox *m_checkpoint;
    QCheckBox *m_fullData;
    QTableView *m_table;
    QLabel *m_count;
    QComboBox *m_encoding;
    ReadingOverlay *m_cover;
    QList<QWidget *> m_exports;
    bool m_choicesRead = false;
};
