#pragma once

#include <QDate>
#include <QSet>
#include <QString>

// Deterministic synthetic people for demo townships, tests and benchmarks: common Chinese names,
// ID numbers with valid check digits (never a real person's on purpose), mobile numbers. The same
// seed gives the same people on every machine: the generator is our own, not std's distributions.
class SyntheticPeople
{
public:
    explicit SyntheticPeople(quint64 seed);

    quint64 next();
    // Uniform in [0, bound).
    int below(int bound);
    bool chance(double probability);
    template<typename List>
    const auto &pick(const List &list) { return list[below(int(std::size(list)))]; }

    QString surname();
    QString givenName(bool male);
    // An ID number not handed out before by this generator, for someone born on that date in the
    // region whose first six digits are regionPrefix.
    QString idNumber(const QString &regionPrefix, QDate birthDate, bool male);
    // The ID number with this sequence number (odd for men), drawing nothing.
    static QString idNumberOf(const QString &regionPrefix, QDate birthDate, int sequence);
    QString mobile();
    QString origin();

private:
    quint64 m_state;
    QSet<quint64> m_issued; // first 17 digits of every ID number handed out
};
