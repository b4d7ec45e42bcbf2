#pragma once

#include <QObject>

#include <atomic>
#include <functional>

class QWidget;

// Runs long work on a worker thread behind a progress dialog with a Cancel button, keeping the
// window responsive. The work opens its own Store (a connection belongs to its thread), reports
// progress through the callback, and stops when the callback returns false.
class LongTask : public QObject
{
    Q_OBJECT

public:
    // Reports done of total; returns false once the user has cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Returns an empty string on success, else the message to show.
    using Work = std::function<QString(const Progress &progress)>;

    // Blocks (with a running event loop) until the work ends; returns its message.
    static QString run(QWidget *parent, const QString &label, const Work &work);
};
