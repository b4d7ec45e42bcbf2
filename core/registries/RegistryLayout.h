#pragma once

#include "RegistryDefinition.h"
#include "RegistryFilter.h"

#include <QCoreApplication>
#include <QByteArrayList>
#include <QDate>

// The paper layout every rendering of a registry shares (xlsx, print, PDF): the title, the line
// with unit and date under it, the one- or two-row header with its group headings, and the
// signature line at the end.
class RegistryLayout
{
    Q_DECLARE_TR_FUNCTIONS(RegistryLayout)

public:
    struct HeaderCell
    {
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        QString text;
    };

    static int headerRowCount(const RegistryDefinition &definition);
    // Row by row, left to right: a group heading spans its columns in the first row; a column
    // without a group spans both rows.
    static QList<HeaderCell> headerCells(const RegistryDefinition &definition);
    // The heading of a column on its own, with its group, for the one header line of a CSV file.
    static QString flatHeading(const RegistryColumn &column);
    static QString unitLine(const QString &unitName, const RegistryFilter &filter, QDate today);
    // 填报人 / 审核人 / 填报日期, with room to sign.
    static QString signatureLine();

    // Longer text wraps within its column rather than widening it past this many characters.
    static constexpr int MaxColumnWidth = 36;
    // How many character cells text takes: an East Asian wide character (汉字, full-width forms)
    // two, any other one; the longest line of a text with line breaks.
    static int textWidth(QStringView text);
    // The lines text takes wrapped into width character cells (at least one).
    static int lineCount(QStringView text, int width);
    // The width of each column in character cells: the widest of the sample rows' cells (the
    // first rows of the registry, in UTF-8 as RegistryQuery gives them), at least the
    // definition's width and what lays the heading out on two lines, at most MaxColumnWidth.
    static QList<int> columnWidths(const RegistryDefinition &definition,
                                   const QList<QByteArrayList> &sample);
};
