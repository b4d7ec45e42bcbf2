#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

class QColor;
class QComboBox;
class QDateEdit;
class QDialog;
class QDialogButtonBox;
class QAbstractItemModel;
class QLabel;
class QTableView;
class QTableWidget;
class QWidget;
class Store;
struct Region;

// The pieces every entry form shares, so that they look and behave the same everywhere.
namespace FormParts {

// The red of what is wrong or late: a problem line, an overdue row.
QColor problemColor();
// Style of a line that says what is wrong with the input.
QString problemStyleSheet();
// The red line under a form that shows the first problem (object name "messageLabel").
QLabel *messageLabel();
// Puts a form's first problem in its message label, but only once the clerk has typed or clicked
// in the form: a dialog does not open with a red line before anything was entered.
void setProblem(QLabel *label, const QString &problem);
// Save and Cancel (Save named "saveButton"), wired to the dialog's accept() and reject().
QDialogButtonBox *saveCancelButtons(QDialog *dialog);
// A read-only table of records over model, one selected row at a time, as every list page shows;
// its columns fit their content (see fitColumns).
QTableView *recordsView(QAbstractItemModel *model, const QString &objectName);
// Sizes the table's columns to their content and the window, now and whenever its rows are
// replaced: each to its heading and its first rows (a sample: models are paged, and a view must
// not measure thousands), within bounds; the widest text column, or stretchColumn, takes the room
// the window leaves over, rather than the last one. The clerk can still drag every column. Call
// once, after the model is set; calling again only changes the stretch column.
void fitColumns(QTableView *table, int stretchColumn = -1);
// The same for a short list filled row by row: a read-only table with these headings, its
// columns fitted the same way.
QTableWidget *recordsTable(const QStringList &headings, const QString &objectName);
// Fills a row of such a table with plain text cells.
void setRowTexts(QTableWidget *table, int row, const QStringList &texts);
// How the program shows a day, in every table, label and form: yyyy-MM-dd (2022-04-10), as the
// clerks' paper writes it, whatever the language.
QString dayFormat();
// A day in that format; empty for no day.
QString dayText(QDate day);
// A day, typed as 2022-04-10 or picked from a calendar.
QDateEdit *dayEdit(QDate day, const QString &objectName = {});
// Fills a village filter: "All villages" (data: empty) and then the villages by code (data: the
// region id), keeping the village chosen before; emits no signal.
void refillVillageFilter(QComboBox *combo, Store &store);
// The same with the villages read already (RegionRepository::villages()), such as on a worker.
void refillVillageFilter(QComboBox *combo, const QList<Region> &villages);
// Says where an export was written, with a button that opens the file and one that opens its
// folder: a clerk who exported a registry wants to look at it or take it to a USB stick next.
void showExported(QWidget *parent, const QString &path);
// Calls load when page is first shown, not when it is built: the main window builds every page at
// start, and a page the clerk does not open reads nothing from the store.
void loadWhenFirstShown(QWidget *page, std::function<void()> load);

} // namespace FormParts
