#include "IdleLock.h"

#include "LoginDialog.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const auto MinutesKey = u"ui/idle_lock_minutes"_s;

} // namespace

IdleLock::IdleLock(Store &store, QMainWindow *window, std::chrono::milliseconds after)
    : QObject(window), m_store(store), m_window(window)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(after);
    connect(&m_idle, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_idle.start();
}

int IdleLock::savedMinutes()
{
    return QSettings().value(MinutesKey, DefaultMinutes).toInt();
}

void IdleLock::saveMinutes(int minutes)
{
    QSettings().setValue(MinutesKey, minutes);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_locked)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    // Nothing of the register shows while the password is asked.
    QWidget *contents = m_window->centralWidget();
    contents->hide();
    LoginDialog unlock(m_store, LoginDialog::Mode::Unlock, m_window);
    const bool unlocked = unlock.exec() == QDialog::Accepted;
    contents->show();
    m_locked = false;
    if (!unlocked) {
        emit quitRequested();
        return;
    }
    m_idle.start();
}
