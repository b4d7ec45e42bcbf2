#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QMainWindow;
class Store;

// Locks a window left alone: after a while without a key or a click anywhere in the program its
// contents are hidden and the password of the one logged in is asked again; quitting instead
// quits the program. The PC of an office is shared, and a clerk called away leaves the
// register open.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    IdleLock(Store &store, QMainWindow *window, std::chrono::milliseconds after);

    static constexpr int DefaultMinutes = 15;
    // The minutes without input after which this PC's windows lock (a setting of the PC).
    static int savedMinutes();
    static void saveMinutes(int minutes);

    bool isLocked() const { return m_locked; }
    // Locks at once, as the timer would; returns when unlocked (or the program quits).
    void lock();

signals:
    // The one logged in did not unlock and chose to quit.
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Store &m_store;
    QMainWindow *m_window;
    QTimer m_idle;
    bool m_locked = false;
};
