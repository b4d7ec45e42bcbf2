#include "RegistryPrinter.h"

#include "registries/RegistryLayout.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgressEvery = 200;

// The painter draws in points, so a font's size in points is its pixel size there.
QFont registryFont(int points, bool bold = false)
{
    QFont font;
    // Chinese must render on every system: the fonts a township PC or a Debian desktop has.
    font.setFamilies(
        { u"SimSun"_s, u"Noto Serif CJK SC"_s, u"Noto Sans CJK SC"_s, u"WenQuanYi Micro Hei"_s });
    font.setPixelSize(points);
    font.setBold(bold);
    return font;
}

// Draws in points (1/72 inch) whatever the device's resolution.
class PageDrawer
{
public:
    PageDrawer(QPainter &painter, const RegistryDefinition &definition, const QRectF &page)
        : m_painter(painter)
        , m_definition(definition)
        , m_page(page)
        , m_title(registryFont(16, true))
        , m_text(registryFont(9))
        , m_header(registryFont(9, true))
    {
        const double unit = m_page.width() / std::max(1, definition.totalWidth());
        double x = m_page.left();
        for (const RegistryColumn &c : definition.columns) {
            m_left << x;
            x += c.width * unit;
        }
        m_left << x;
        m_rowHeight = QFontMetricsF(m_text).height() * 1.45;
        m_headerRowHeight = QFontMetricsF(m_header).height() * 1.8;
    }

    double rowHeight() const { return m_rowHeight; }
    double headerHeight() const
    {
        return m_headerRowHeight * RegistryLayout::headerRowCount(m_definition);
    }
    double titleHeight() const { return QFontMetricsF(m_title).height() * 1.6 + m_rowHeight; }
    double footerHeight() const { return m_rowHeight; }

    double drawTitle(double y, const QString &unitLine)
    {
        const double titleHeight = QFontMetricsF(m_title).height() * 1.6;
        m_painter.setFont(m_title);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), titleHeight), Qt::AlignCenter,
            m_definition.title);
        y += titleHeight;
        m_painter.setFont(m_text);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), m_rowHeight),
            Qt::AlignLeft | Qt::AlignVCenter, unitLine);
        return y + m_rowHeight;
    }

    double drawHeader(double y)
    {
        m_painter.setFont(m_header);
        for (const RegistryLayout::HeaderCell &cell : RegistryLayout::headerCells(m_definition)) {
            const QRectF box(m_left[cell.column], y + cell.row * m_headerRowHeight,
                m_left[cell.column + cell.columnSpan] - m_left[cell.column],
                cell.rowSpan * m_headerRowHeight);
            m_painter.fillRect(box, QColor(0xD9, 0xD9, 0xD9));
            m_painter.drawRect(box);
            m_painter.drawText(
                box.adjusted(2, 1, -2, -1), Qt::AlignCenter | Qt::TextWordWrap, cell.text);
        }
        return y + headerHeight();
    }

    double drawRow(double y, const QByteArrayList &cells)
    {
        m_painter.setFont(m_text);
        const QFontMetricsF metrics(m_text);
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box(m_left[c], y, m_left[c + 1] - m_left[c], m_rowHeight);
            m_painter.drawRect(box);
            const QRectF inner = box.adjusted(2, 0, -2, 0);
            const RegistryColumn &column = m_definition.columns[c];
            const bool left = column.kind == RegistryColumn::Kind::Text && !column.label;
            m_painter.drawText(inner, (left ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter,
                metrics.elidedText(QString::fromUtf8(cells[c]), Qt::ElideRight, inner.width()));
        }
        return y + m_rowHeight;
    }

    void drawLine(double y, const QString &text, Qt::Alignment alignment)
    {
        m_painter.setFont(m_text);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), m_rowHeight),
            alignment | Qt::AlignVCenter, text);
    }

private:
    QPainter &m_painter;
    const RegistryDefinition &m_definition;
    QRectF m_page;
    QFont m_title;
    QFont m_text;
    QFont m_header;
    QList<double> m_left;
    double m_rowHeight = 0;
    double m_headerRowHeight = 0;
};

} // namespace

void RegistryPrinter::setUpPage(QPagedPaintDevice &device, const RegistryDefinition &definition)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
        definition.isLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
}

Result<qint64> RegistryPrinter::print(RegistryQuery &query, QPagedPaintDevice &device,
    const RegistryQuery::Progress &progress, QDate today)
{
    const auto total = query.count();
    if (!total)
        return Result<qint64>::failure(total.error());
    if (auto started = query.startExport(); !started)
        return Result<qint64>::failure(started.error());

    QPainter painter;
    if (!painter.begin(&device))
        return Result<qint64>::failure(tr("Cannot start printing."));
    const double scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    painter.setPen(QPen(Qt::black, 0.5));
    const QRectF pageRect = device.pageLayout().paintRect(QPageLayout::Point);
    const QRectF page(0, 0, pageRect.width(), pageRect.height());
    PageDrawer drawer(painter, query.definition(), page);

    // Pages are counted before drawing, so each can say "page 2 of 7".
    const double body = page.height() - drawer.footerHeight() - drawer.headerHeight();
    const qint64 firstPageRows
        = std::max<qint64>(1, qint64((body - drawer.titleHeight()) / drawer.rowHeight()));
    const qint64 pageRows = std::max<qint64>(1, qint64(body / drawer.rowHeight()));
    // The signature line needs a row of its own after the last one.
    const qint64 linesAfterFirst = std::max<qint64>(0, total.value() + 2 - firstPageRows);
    const qint64 pages = 1 + (linesAfterFirst + pageRows - 1) / pageRows;

    qint64 pageNumber = 1;
    const auto pageFooter = [&] {
        drawer.drawLine(page.bottom() - drawer.footerHeight(),
            tr("Page %1 of %2").arg(pageNumber).arg(pages), Qt::AlignHCenter);
    };
    double y = drawer.drawTitle(
        page.top(), RegistryLayout::unitLine(query.unitName(), query.filter(), today));
    y = drawer.drawHeader(y);
    const double bottom = page.bottom() - drawer.footerHeight();
    qint64 rows = 0;
    while (query.next()) {
        if (y + drawer.rowHeight() > bottom + 0.01) {
            pageFooter();
            device.newPage();
            ++pageNumber;
            y = drawer.drawHeader(page.top());
        }
        y = drawer.drawRow(y, query.cells());
        if (++rows % ProgressEvery == 0 && progress && !progress(rows, total.value())) {
            painter.end();
            return Result<qint64>::failure(tr("The export was cancelled."));
        }
    }
    if (!query.error().isEmpty()) {
        painter.end();
        return Result<qint64>::failure(query.error());
    }
    if (y + 2 * drawer.rowHeight() > bottom + 0.01) {
        pageFooter();
        device.newPage();
        ++pageNumber;
        y = page.top();
    } else {
        y += drawer.rowHeight();
    }
    drawer.drawLine(y, RegistryLayout::signatureLine(), Qt::AlignLeft);
    pageFooter();
    painter.end();
    if (progress)
        progress(rows, total.value());
    return rows;
}

Result<qint64> RegistryPrinter::writePdf(
    RegistryQuery &query, const QString &path, const RegistryQuery::Progress &progress, QDate today)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto printed = [&] {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setTitle(query.definition().title);
        pdf.setCreator(u"Township Ledger"_s);
        setUpPage(pdf, query.definition());
        return print(query, pdf, progress, today);
    }();
    if (!printed) {
        file.cancelWriting();
        return printed;
    }
    if (!file.commit())
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return printed;
}
