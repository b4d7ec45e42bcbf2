#include "FormParts.h"

#include "regions/RegionRepository.h"

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {

// Watches its page for the first Show event, calls load, and goes.
class FirstShowLoader : public QObject
{
public:
    FirstShowLoader(QWidget *page, std::function<void()> load)
        : QObject(page)
        , m_load(std::move(load))
    {
        page->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            watched->removeEventFilter(this);
            m_load();
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_load;
};

} // namespace

namespace FormParts {

QColor problemColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

QString problemStyleSheet()
{
    return u"color: %1;"_s.arg(problemColor().name());
}

QLabel *messageLabel()
{
    auto *label = new QLabel;
    label->setObjectName(u"messageLabel"_s);
    // Messages name persons and units that may come from a bundle: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(problemStyleSheet());
    return label;
}

QDialogButtonBox *saveCancelButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void refillVillageFilter(QComboBox *combo, Store &store)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("FormParts", "All villages"), QString());
    for (const Region &village : RegionRepository(store).villages())
        combo->addItem(village.name, village.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QTableView *recordsView(QAbstractItemModel *model, const QString &objectName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidget *recordsTable(const QStringList &headings, const QString &objectName)
{
    auto *table = new QTableWidget(0, int(headings.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setRowTexts(QTableWidget *table, int row, const QStringList &texts)
{
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(texts[c]));
}

QString dayFormat()
{
    return u"yyyy-MM-dd"_s;
}

QString dayText(QDate day)
{
    return day.toString(dayFormat());
}

QDateEdit *dayEdit(QDate day, const QString &objectName)
{
    auto *edit = new QDateEdit(day);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(dayFormat());
    edit->setCalendarPopup(true);
    return edit;
}

void loadWhenFirstShown(QWidget *page, std::function<void()> load)
{
    new FirstShowLoader(page, std::move(load));
}

} // namespace FormParts
