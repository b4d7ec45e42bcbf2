#pragma once

#include "registries/RegistryQuery.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

// Prints a registry in the layout of its xlsx export: on A4 (landscape when wide), the title and
// the unit and date line, the grouped header repeated at the top of every page, the rows with
// their borders, the signature line, and page numbers. The same drawing serves a printer, the
// print preview and a PDF file.
class RegistryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RegistryPrinter)

public:
    // Sets the page (A4, orientation, margins) of a printer or PDF writer for this registry.
    static void setUpPage(QPagedPaintDevice &device, const RegistryDefinition &definition);
    // Draws every row of the query onto the device, whose page is set up already; returns the
    // number of rows printed.
    static Result<qint64> print(RegistryQuery &query, QPagedPaintDevice &device,
        const RegistryQuery::Progress &progress = {}, QDate today = QDate::currentDate());
    // A PDF file, which appears whole or not at all. Needs a QGuiApplication (fonts).
    static Result<qint64> writePdf(RegistryQuery &query, const QString &path,
        const RegistryQuery::Progress &progress = {}, QDate today = QDate::currentDate());
};
