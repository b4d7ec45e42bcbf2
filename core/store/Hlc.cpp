#include "Hlc.h"

#include <QDateTime>

Hlc::Hlc(Clock clock) : m_clock(std::move(clock)) { }

qint64 Hlc::systemClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

quint64 Hlc::now()
{
    const quint64 wall = fromMillis(m_clock());
    // Past the counter's 16 bits the carry moves into the milliseconds, which keeps the order.
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void Hlc::observe(quint64 seen)
{
    if (seen > m_last)
        m_last = seen;
}
