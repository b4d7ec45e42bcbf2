#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QString>

// Writes plain structured text as an OpenDocument text file (.odt), which WPS and Word open: the
// first line is the title, lines that begin a section (一、 or 1. , （一） or (1)) are headings,
// the rest are paragraphs. Only what a report needs: no tables, no images.
class OdtDocument
{
    Q_DECLARE_TR_FUNCTIONS(OdtDocument)

public:
    static Result<void> write(const QString &text, const QString &path);
    // 1 for 一、 or 1. , 2 for （一） or (1), 0 for a paragraph.
    static int headingLevel(const QString &line);
};
