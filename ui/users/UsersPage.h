#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class Store;

// The users of the installation, for an administrator: who may log in with which role, who is
// locked; adding a user, giving one another role, a new password for one who forgot theirs, and
// lifting a lock. Every change is checked and audited in core.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(Store &store, QWidget *parent = nullptr);
    void reload();

private:
    QString selectedName() const;
    void updateButtons();
    void addUser();
    void changeRole();
    void newPassword();
    void unlock();
    void showOutcome(const QString &problem, const QString &done);

    Store &m_store;
    QTableWidget *m_table;
    QComboBox *m_role;
    QPushButton *m_changeRole;
    QPushButton *m_newPassword;
    QPushButton *m_unlock;
    QLabel *m_message;
};
