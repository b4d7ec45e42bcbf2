#include "ScreeningCoveragePage.h"

#include "main/FormParts.h"
#include "main/ReadingOverlay.h"

#include "store/Store.h"
#include "store/StoreReader.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Read { CoverageRead };

} // namespace

ScreeningCoveragePage::ScreeningCoveragePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_reader(new StoreReader(store, this))
{
    setObjectName(u"screeningCoveragePage"_s);
    m_since = new QDateEdit(ScreeningCoverage::currentSince());
    m_since->setObjectName(u"sinceDateEdit"_s);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(FormParts::dayFormat());
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(u"coverageTableWidget"_s);
    m_table->setHorizontalHeaderLabels({ tr("Village"), tr("Households"), tr("Visited"), tr("Coverage") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    FormParts::fitColumns(m_table, 0);
    m_cover = new ReadingOverlay(m_table, u"screeningCoverageReadingOverlay"_s);
    m_total = new QLabel;
    m_total->setObjectName(u"coverageTotalLabel"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Visits since")));
    top->addWidget(m_since);
    top->addStretch();
    top->addWidget(m_total);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_since, &QDateEdit::dateChanged, this, &ScreeningCoveragePage::reload);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (const QTableWidgetItem *village = m_table->item(row, 0))
            emit unvisitedRequested(village->data(Qt::UserRole).toString(), m_since->date());
    });
    m_table->setToolTip(tr("Double-click a village, or press Enter, to list its households not yet visited"));
    FormParts::loadWhenFirstShown(this, [this] {
        m_shown = true;
        reload();
    });
}

bool ScreeningCoveragePage::isReading() const
{
    return m_reader->isReading();
}

void ScreeningCoveragePage::reload()
{
    // A page not opened yet reads nothing: its first showing reads it.
    if (!m_shown)
        return;
    m_cover->reading();
    m_reader->read<QList<ScreeningCoverage::VillageCoverage>>(
        CoverageRead,
        [since = m_since->date()](Store &store) -> Result<QList<ScreeningCoverage::VillageCoverage>> {
            return ScreeningCoverage::perVillage(store, since);
        },
        [this](const Result<QList<ScreeningCoverage::VillageCoverage>> &list) {
            if (!m_cover->finish(list)) {
                m_table->setRowCount(0);
                m_total->clear();
                return;
            }
            showCoverage(list.value());
        });
}

void ScreeningCoveragePage::showCoverage(const QList<ScreeningCoverage::VillageCoverage> &list)
{
    const QLocale locale;
    m_table->setRowCount(int(list.size()));
    qint64 households = 0;
    qint64 visited = 0;
    for (int row = 0; row < list.size(); ++row) {
        const auto &v = list[row];
        households += v.households;
        visited += v.visited;
        const QStringList cells = { v.villageName, locale.toString(v.households),
                                    locale.toString(v.visited), locale.toString(v.ratio() * 100, 'f', 1) + u'%' };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Not every household visited: the village still has doors to knock on.
            if (v.visited < v.households)
                item->setForeground(FormParts::problemColor());
            if (c == 0)
                item->setData(Qt::UserRole, v.villageId);
            m_table->setItem(row, c, item);
        }
    }
    m_total->setText(tr("Township: %1 of %2 households visited").arg(locale.toString(visited), locale.toString(households)));
}
