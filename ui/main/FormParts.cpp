#include "FormParts.h"

#include "regions/RegionRepository.h"

#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>

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

// Keeps a table's columns fitted (see FormParts::fitColumns): measures when the rows are
// replaced, and hands the stretch column the room left over whenever the view changes width.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    // Rows measured per column: enough for a representative width, few enough to stay instant.
    static constexpr int SampleRows = 50;

    ColumnFitter(QTableView *table, int stretchColumn)
        : QObject(table)
        , m_table(table)
        , m_requestedStretch(stretchColumn)
    {
        setObjectName(u"columnFitter"_s);
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->viewport()->installEventFilter(this);
        QAbstractItemModel *model = table->model();
        Q_ASSERT(model);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::fitLater);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ColumnFitter::fitLater);
        // A list filled anew starts at row 0; a page fetched while scrolling adds at the end and
        // leaves the widths (and the clerk's own) alone.
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first) {
                if (!parent.isValid() && first == 0)
                    fitLater();
            });
        fit();
    }

    void setStretchColumn(int column)
    {
        m_requestedStretch = column;
        fit();
    }

    void fit()
    {
        m_pending = false;
        const QAbstractItemModel *model = m_table->model();
        QHeaderView *header = m_table->horizontalHeader();
        const int columns = model->columnCount();
        const int rows = std::min(model->rowCount(), SampleRows);
        const int em = m_table->fontMetrics().horizontalAdvance(u'字');
        m_widths.fill(0, columns);
        int widest = -1;
        int widestNatural = 0;
        int widestCode = -1;
        int widestCodeNatural = 0;
        for (int c = 0; c < columns; ++c) {
            if (header->isSectionHidden(c))
                continue;
            int natural = header->sectionSizeHint(c);
            bool filled = false;
            bool code = true;
            for (int r = 0; r < rows; ++r) {
                const QModelIndex index = model->index(r, c);
                natural = std::max(natural, m_table->sizeHintForIndex(index).width());
                const QString text = index.data().toString();
                filled = filled || !text.isEmpty();
                code = code && isCode(text);
            }
            code = code && filled;
            natural += em / 2;
            m_widths[c] = std::clamp(natural, em * 3, em * 24);
            // An ID number or a date is as wide as it will ever be: the room goes to text.
            int &widestOfKind = code ? widestCode : widest;
            int &naturalOfKind = code ? widestCodeNatural : widestNatural;
            if (natural > naturalOfKind) {
                naturalOfKind = natural;
                widestOfKind = c;
            }
        }
        if (m_requestedStretch >= 0 && m_requestedStretch < columns)
            m_stretch = m_requestedStretch;
        else
            m_stretch = widest >= 0 ? widest : widestCode;
        for (int c = 0; c < columns; ++c) {
            if (!header->isSectionHidden(c))
                header->resizeSection(c, m_widths[c]);
        }
        stretch();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The type first: while the table is destroyed, it is no longer a scroll area to ask.
        if (event->type() == QEvent::Resize && watched == m_table->viewport())
            stretch();
        return false;
    }

private:
    // Digits, Latin letters and signs without a space (or nothing): a number, code, date or time.
    static bool isCode(const QString &text)
    {
        return std::all_of(text.cbegin(), text.cend(),
            [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
    }

    void fitLater()
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(this, &ColumnFitter::fit, Qt::QueuedConnection);
    }

    // The stretch column is at least its fitted width, and as wide as the window leaves over.
    void stretch()
    {
        QHeaderView *header = m_table->horizontalHeader();
        if (m_stretch < 0 || m_stretch >= header->count() || m_stretch >= m_widths.size())
            return;
        int others = 0;
        for (int c = 0; c < header->count(); ++c) {
            if (c != m_stretch && !header->isSectionHidden(c))
                others += header->sectionSize(c);
        }
        header->resizeSection(
            m_stretch, std::max(m_widths[m_stretch], m_table->viewport()->width() - others));
    }

    QTableView *m_table;
    int m_requestedStretch;
    int m_stretch = -1;
    QList<int> m_widths;
    bool m_pending = false;
};

} // namespace

namespace FormParts {

void fitColumns(QTableView *table, int stretchColumn)
{
    if (auto *fitter
        = table->findChild<ColumnFitter *>(u"columnFitter"_s, Qt::FindDirectChildrenOnly))
        fitter->setStretchColumn(stretchColumn);
    else
        new ColumnFitter(table, stretchColumn);
}

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

namespace {

// Shows a form's problem once the clerk first types or clicks in its window: a form that opens
// empty is not yet wrong.
class ProblemShower : public QObject
{
public:
    explicit ProblemShower(QLabel *label) : QObject(label), m_label(label)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const auto type = event->type();
        if (type != QEvent::KeyPress && type != QEvent::MouseButtonPress && type != QEvent::InputMethod)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != m_label->window())
            return false;
        m_label->setProperty("tl_shown", true);
        // After the key or click has changed the form and the problem has been worked out anew.
        QMetaObject::invokeMethod(m_label, [label = m_label] {
            label->setText(label->property("tl_problem").toString());
        }, Qt::QueuedConnection);
        deleteLater();
        qApp->removeEventFilter(this);
        return false;
    }

private:
    QLabel *m_label;
};

} // namespace

void setProblem(QLabel *label, const QString &problem)
{
    label->setProperty("tl_problem", problem);
    if (label->property("tl_shown").toBool()) {
        label->setText(problem);
        return;
    }
    if (!label->property("tl_watched").toBool()) {
        label->setProperty("tl_watched", true);
        new ProblemShower(label);
    }
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
    refillVillageFilter(combo, RegionRepository(store).villages());
}

void refillVillageFilter(QComboBox *combo, const QList<Region> &villages)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("FormParts", "All villages"), QString());
    for (const Region &village : villages)
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
    table->setWordWrap(false);
    fitColumns(table);
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
    table->setWordWrap(false);
    fitColumns(table);
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

void showExported(QWidget *parent, const QString &path)
{
    QMessageBox box(QMessageBox::Information, QCoreApplication::translate("FormParts", "Exported"),
                    QCoreApplication::translate("FormParts", "Written to %1.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, parent);
    box.setObjectName(u"exportedMessageBox"_s);
    QPushButton *file = box.addButton(QCoreApplication::translate("FormParts", "&Open the file"),
                                      QMessageBox::ActionRole);
    file->setObjectName(u"openFileButton"_s);
    QPushButton *folder = box.addButton(
        QCoreApplication::translate("FormParts", "Show in &folder"), QMessageBox::ActionRole);
    folder->setObjectName(u"openFolderButton"_s);
    box.setDefaultButton(file);
    box.exec();
    if (box.clickedButton() == file)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void loadWhenFirstShown(QWidget *page, std::function<void()> load)
{
    new FirstShowLoader(page, std::move(load));
}

} // namespace FormParts

#include "FormParts.moc"
