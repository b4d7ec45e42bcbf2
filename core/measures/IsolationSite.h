#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A designated place for central isolation. Sites are kept one in use, one standby (一用一备);
// a closed site takes nobody.
struct IsolationSite
{
    Q_DECLARE_TR_FUNCTIONS(IsolationSite)

public:
    QString id;
    QString name;
    QString address;
    int capacity = 0;
    QString status = QStringLiteral("in_use");
    QString phone;
    QString notes;

    bool isValid() const { return !id.isEmpty(); }

    static const QStringList &statuses();
    static QString statusLabel(const QString &status);
};
