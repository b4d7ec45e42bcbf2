#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QString>

// A vehicle plate as a checkpoint cadre types it: "鲁b 12345", "鲁Ｂ·12345", "鲁BD12345".
// Normalized to upper case without spaces or dots, full-width letters and digits folded, the
// province character kept; checked to be 7 characters, or 8 for a new-energy plate (D or F right
// after the city letter, or last).
class Plate
{
    Q_DECLARE_TR_FUNCTIONS(Plate)

public:
    static Result<QString> normalize(const QString &text);
};
