#include "RegistryPrinter.h"

#include "PaperFont.h"

#include "registries/RegistryLayout.h"

#include <QFontMetricsF>
#include <numeric>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ProgressEvery = 200;

// Draws in points (1/72 inch) whatever the device's resolution. Every cell is laid out whole:
// text wraps within its column and a row is as tall as its tallest cell.
class PageDrawer
{
public:
    PageDrawer(QPainter &painter, const RegistryDefinition &definition,
               const QList<QByteArrayList> &sample, const QRectF &page)
        : m_painter(painter)
        , m_definition(definition)
        , m_page(page)
        , m_title(PaperFont::font(16, true))
        , m_text(PaperFont::font(9))
        , m_header(PaperFont::font(9, true))
        , m_metrics(m_text)
    {
        m_wide = m_metrics.horizontalAdvance(u'中');
        const QList<double> widths = columnWidths(sample);
        double x = m_page.left();
        for (double width : widths) {
            m_left << x;
            x += width;
        }
        m_left << x;
        m_lineHeight = m_metrics.lineSpacing();
        // A single line as tight as a spreadsheet prints it: the text and a little air.
        m_rowHeight = m_metrics.height() * 1.2;
        // A header row as tall as its most wrapped heading (one spanning both rows shares them).
        const QFontMetricsF header(m_header);
        m_headerRowHeight = header.height() * 1.8;
        for (const RegistryLayout::HeaderCell &cell : RegistryLayout::headerCells(m_definition)) {
            const double width = m_left[cell.column + cell.columnSpan] - m_left[cell.column] - 4;
            const double needed
                = header.boundingRect(QRectF(0, 0, width, 1e6), Wrapping | Qt::AlignCenter, cell.text)
                      .height() + header.height() * 0.8;
            m_headerRowHeight = std::max(m_headerRowHeight, needed / cell.rowSpan);
        }
    }

    double headerHeight() const
    {
        return m_headerRowHeight * RegistryLayout::headerRowCount(m_definition);
    }
    double lineHeight() const { return m_rowHeight; }
    double titleHeight() const { return QFontMetricsF(m_title).height() * 1.6 + m_rowHeight; }
    double footerHeight() const { return m_rowHeight; }

    // The height of a row of these cells, at most limit (a row taller than a page is cut there).
    double rowHeight(const QByteArrayList &cells, double limit) const
    {
        double tallest = 0;
        for (int c = 0; c < cells.size(); ++c) {
            const double width = m_left[c + 1] - m_left[c] - 4;
            // Most cells hold one line: a 汉字 is as wide as m_wide, anything else narrower.
            if (cells[c].size() * m_wide / 3 <= width && !cells[c].contains('\n'))
                continue;
            const QString text = QString::fromUtf8(cells[c]);
            if (RegistryLayout::textWidth(text) * m_wide / 2 <= width && !text.contains(u'\n'))
                continue;
            tallest = std::max(tallest,
                               m_metrics.boundingRect(QRectF(0, 0, width, 1e6), Wrapping, text).height());
        }
        return std::min(limit, std::max(m_rowHeight, tallest + m_rowHeight - m_lineHeight));
    }

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
            m_painter.drawText(box.adjusted(2, 1, -2, -1), Qt::AlignCenter | Wrapping, cell.text);
        }
        return y + headerHeight();
    }

    double drawRow(double y, const QByteArrayList &cells, double height)
    {
        m_painter.setFont(m_text);
        for (int c = 0; c < cells.size(); ++c) {
            const QRectF box(m_left[c], y, m_left[c + 1] - m_left[c], height);
            m_painter.drawRect(box);
            const QRectF inner = box.adjusted(2, 0, -2, 0);
            const RegistryColumn &column = m_definition.columns[c];
            const bool left = column.kind == RegistryColumn::Kind::Text && !column.label;
            m_painter.drawText(inner,
                (left ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter | Wrapping,
                QString::fromUtf8(cells[c]));
        }
        return y + height;
    }

    void drawLine(double y, const QString &text, Qt::Alignment alignment)
    {
        m_painter.setFont(m_text);
        m_painter.drawText(QRectF(m_page.left(), y, m_page.width(), m_rowHeight),
            alignment | Qt::AlignVCenter, text);
    }

private:
    // Lines break between words and between Chinese characters.
    static constexpr int Wrapping = Qt::TextWordWrap;
    static constexpr double Padding = 6;
    // Text up to this many Chinese characters wide is a short word (男, 已解除, Yes): kept whole.
    static constexpr double ShortText = 6;

    // Columns of codes, dates, numbers and short words (ID numbers, phones, 男/女, Yes) take the
    // width of their widest value and word of heading, so that none of them breaks; the text
    // columns (names, addresses, problems, notes) share what is left, in proportion to what they
    // hold, and wrap. When even the codes do not fit, every column shrinks alike.
    QList<double> columnWidths(const QList<QByteArrayList> &sample) const
    {
        const QFontMetricsF header(m_header);
        const auto &columns = m_definition.columns;
        QList<double> natural;
        QList<bool> flexible;
        for (int c = 0; c < columns.size(); ++c) {
            double width = 0;
            for (const QString &word : columns[c].heading.split(u' ', Qt::SkipEmptyParts))
                width = std::max(width, header.horizontalAdvance(word));
            for (const QByteArrayList &row : sample) {
                for (const QString &line : QString::fromUtf8(row.value(c)).split(u'\n'))
                    width = std::max(width, m_metrics.horizontalAdvance(line));
            }
            natural << width + Padding;
            flexible << (columns[c].kind == RegistryColumn::Kind::Text && width > ShortText * m_wide);
        }
        const double least = 4 * m_wide + Padding;
        const double cap = RegistryLayout::MaxColumnWidth * m_wide / 2;
        double fixedSum = 0;
        double flexibleSum = 0; // what the text columns would take, each within its bounds
        for (int c = 0; c < natural.size(); ++c) {
            if (flexible[c]) {
                natural[c] = std::clamp(natural[c], least, cap);
                flexibleSum += natural[c];
            } else {
                fixedSum += natural[c];
            }
        }
        const double room = m_page.width() - fixedSum;
        QList<double> widths = natural;
        if (flexibleSum > 0 && room >= least * std::count(flexible.cbegin(), flexible.cend(), true)) {
            // The narrowest first: a column that needs less than an equal share keeps what it
            // needs, and the rest is shared by the wider ones.
            QList<int> pending;
            for (int c = 0; c < widths.size(); ++c) {
                if (flexible[c])
                    pending << c;
            }
            std::sort(pending.begin(), pending.end(),
                      [&](int a, int b) { return natural[a] < natural[b]; });
            double left = room;
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const double share = left / double(pending.size() - i);
                const int c = pending[i];
                if (natural[c] <= share) {
                    left -= natural[c];
                    continue;
                }
                for (qsizetype j = i; j < pending.size(); ++j)
                    widths[pending[j]] = share;
                break;
            }
        }
        // Whatever is over or under the page's width is shared by all alike.
        const double sum = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        for (double &width : widths)
            width *= m_page.width() / sum;
        return widths;
    }

    QPainter &m_painter;
    const RegistryDefinition &m_definition;
    QRectF m_page;
    QFont m_title;
    QFont m_text;
    QFont m_header;
    QFontMetricsF m_metrics;
    QList<double> m_left;
    double m_lineHeight = 0;
    double m_rowHeight = 0;
    double m_wide = 0;
    double m_headerRowHeight = 0;
};

constexpr qsizetype SampleRows = 200;

} // namespace

void RegistryPrinter::setUpPage(QPagedPaintDevice &device, const RegistryDefinition &definition)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
        definition.isLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
}

Result<qint64> RegistryPrinter::print(RegistryQuery &query, QPagedPaintDevice &device,
    const RegistryQuery::Progress &progress, QDate today)
{
    using R = Result<qint64>;
    const auto total = query.count();
    if (!total)
        return R::failure(total.error());
    if (auto started = query.startExport(); !started)
        return R::failure(started.error());

    // Column widths come from the content: the first rows are read before anything is laid out.
    QList<QByteArrayList> sample;
    while (sample.size() < SampleRows && query.next())
        sample << query.cells();
    if (!query.error().isEmpty())
        return R::failure(query.error());

    QPainter painter;
    if (!painter.begin(&device))
        return R::failure(tr("Cannot start printing."));
    const double scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    painter.setPen(QPen(Qt::black, 0.5));
    const QRectF pageRect = device.pageLayout().paintRect(QPageLayout::Point);
    const QRectF page(0, 0, pageRect.width(), pageRect.height());
    PageDrawer drawer(painter, query.definition(), sample, page);
    const double top = page.top() + drawer.titleHeight() + drawer.headerHeight();
    const double bottom = page.bottom() - drawer.footerHeight();
    const double tallest = bottom - page.top() - drawer.headerHeight();

    // Where each row goes, the same when pages are counted and when they are drawn: a row that
    // does not fit goes to the next page, under the header again.
    struct Place
    {
        double y;
        qint64 page = 1;
        bool newPage = false;
    };
    auto place = [&](Place &at, double height) {
        at.newPage = at.y + height > bottom + 0.01;
        if (at.newPage) {
            ++at.page;
            at.y = page.top() + drawer.headerHeight();
        }
        const double y = at.y;
        at.y += height;
        return y;
    };
    // The signature line needs a row of its own after the last one.
    auto placeSignature = [&](Place &at) { return place(at, 2 * drawer.lineHeight()); };

    // Pages are counted before drawing, so that each can say "page 2 of 7".
    Place counted { top };
    for (const QByteArrayList &cells : std::as_const(sample))
        place(counted, drawer.rowHeight(cells, tallest));
    qint64 rows = sample.size();
    while (query.next()) {
        place(counted, drawer.rowHeight(query.cells(), tallest));
        if (++rows % (ProgressEvery * 10) == 0 && progress && !progress(0, total.value())) {
            painter.end();
            return R::failure(tr("The export was cancelled."));
        }
    }
    if (!query.error().isEmpty()) {
        painter.end();
        return R::failure(query.error());
    }
    placeSignature(counted);
    const qint64 pages = counted.page;
    if (auto again = query.rewind(); !again) {
        painter.end();
        return R::failure(again.error());
    }

    Place at { top };
    const auto pageFooter = [&](qint64 number) {
        drawer.drawLine(page.bottom() - drawer.footerHeight(),
            tr("Page %1 of %2").arg(number).arg(pages), Qt::AlignHCenter);
    };
    drawer.drawHeader(drawer.drawTitle(
        page.top(), RegistryLayout::unitLine(query.unitName(), query.filter(), today)));
    rows = 0;
    while (query.next()) {
        const double height = drawer.rowHeight(query.cells(), tallest);
        const double y = place(at, height);
        if (at.newPage) {
            pageFooter(at.page - 1);
            device.newPage();
            drawer.drawHeader(page.top());
        }
        drawer.drawRow(y, query.cells(), height);
        if (++rows % ProgressEvery == 0 && progress && !progress(rows, total.value())) {
            painter.end();
            return R::failure(tr("The export was cancelled."));
        }
    }
    if (!query.error().isEmpty()) {
        painter.end();
        return R::failure(query.error());
    }
    const double y = placeSignature(at);
    if (at.newPage) {
        pageFooter(at.page - 1);
        device.newPage();
    }
    drawer.drawLine(y + drawer.lineHeight(), RegistryLayout::signatureLine(), Qt::AlignLeft);
    pageFooter(at.page);
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
