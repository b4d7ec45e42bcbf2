#pragma once

#include "RegistryDefinition.h"

#include <QCoreApplication>
#include <QStringList>

// The registries the program knows. A new area adds its registry here, in one function called
// from all(), and every export path (xlsx, CSV, print, PDF, command line) has it.
class RegistryCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCatalog)

public:
    // Built on each call, so the titles follow the language in use.
    static QList<RegistryDefinition> all();
    static QStringList names();
    // An invalid definition when there is no registry of that name.
    static RegistryDefinition find(const QString &name);
};
