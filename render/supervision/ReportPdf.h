#pragma once

#include "store/Result.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

// The supervision report as PDF on A4, laid out as the ODT export lays it out: the first line a
// centred title, section lines as headings, the rest as indented paragraphs.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static Result<void> write(const QString &text, const QString &path);
    // The text as a document, for the PDF and for print preview.
    static void fill(QTextDocument &document, const QString &text);
};
