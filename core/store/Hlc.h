#pragma once

#include <QtGlobal>

#include <functional>

// Hybrid logical clock: milliseconds since the epoch shifted left by 16 bits plus a counter.
// Every value it hands out is larger than the last one it handed out or observed, so an edit made
// after a clock was set back, or two edits in one millisecond, still order correctly.
class Hlc
{
public:
    using Clock = std::function<qint64()>;

    explicit Hlc(Clock clock = systemClock);

    // A timestamp for a local change.
    quint64 now();
    // Take a timestamp seen elsewhere (a stored row, a bundle) into account.
    void observe(quint64 seen);
    quint64 last() const { return m_last; }
    // The wall clock this one reads, in milliseconds since the epoch.
    qint64 wallClock() const { return m_clock(); }
    // Reads another wall clock from now on (a computer whose date is set wrong, in a test).
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Hands out values after `last` from now on, even when it had handed out later ones: only
    // for re-stamping the rows this installation made while its date was ahead (see BundleExport).
    void rewindTo(quint64 last) { m_last = last; }

    static quint64 fromMillis(qint64 millis) { return quint64(millis) << 16; }
    static qint64 millis(quint64 hlc) { return qint64(hlc >> 16); }
    static quint32 counter(quint64 hlc) { return quint32(hlc & 0xffff); }
    static qint64 systemClock();

private:
    Clock m_clock;
    quint64 m_last = 0;
};
