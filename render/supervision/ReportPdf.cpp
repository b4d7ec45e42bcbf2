#include "ReportPdf.h"

#include "PaperFont.h"

#include "supervision/OdtDocument.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>


void ReportPdf::fill(QTextDocument &document, const QString &text)
{
    document.clear();
    QFont body;
    body.setFamilies(PaperFont::families());
    body.setPointSizeF(14);
    document.setDefaultFont(body);
    QTextCursor cursor(&document);
    bool first = true;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QTextBlockFormat block;
        QTextCharFormat chars;
        block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        const int level = OdtDocument::headingLevel(trimmed);
        if (first) {
            block.setAlignment(Qt::AlignHCenter);
            block.setBottomMargin(18);
            chars.setFontPointSize(20);
            chars.setFontWeight(QFont::Bold);
        } else if (level == 1) {
            chars.setFontWeight(QFont::Bold);
            block.setTopMargin(6);
        } else {
            block.setTextIndent(28);
        }
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        cursor.setCharFormat(chars);
        cursor.insertText(trimmed);
        first = false;
    }
}

Result<void> ReportPdf::write(const QString &text, const QString &path)
{
    if (text.trimmed().isEmpty())
        return Result<void>::failure(tr("The report is empty."));
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Result<void>::failure(tr("Cannot write %1: %2").arg(path, probe.errorString()));
    probe.close();
    QPdfWriter pdf(path);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));
    pdf.setTitle(text.section(u'\n', 0, 0));
    QTextDocument document;
    fill(document, text);
    document.print(&pdf);
    return {};
}
