#pragma once

#include "../store/Result.h"

#include <QCoreApplication>
#include <QString>

// A body temperature in ℃, to one decimal, as clerks type it: "36.5", "36.5℃", "36.5°C",
// "36.5度", full-width "３６.５", or "365" for 36.5 (a paper list often drops the point).
// General on purpose: the checkpoints reuse it.
class Temperature
{
    Q_DECLARE_TR_FUNCTIONS(Temperature)

public:
    static constexpr double minimum = 34.0;
    static constexpr double maximum = 43.0;

    static Result<Temperature> parse(const QString &text);
    // A stored value (already checked), rounded to one decimal.
    static Temperature fromCelsius(double celsius);

    double celsius() const { return m_tenths / 10.0; }
    int tenths() const { return m_tenths; }
    // "36.5", the form stored and shown in tables.
    QString text() const;

private:
    int m_tenths = 0;
};
