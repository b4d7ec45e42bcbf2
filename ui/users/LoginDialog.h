#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class Store;

// Who is working at the shared office PC: a user chosen from the installation's list and their
// password. Accepted once the password is right; the store's user is then the one logged in.
// Also unlocks a window locked while idle (locking mode), where only the password is asked.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { LogIn, Unlock };
    explicit LoginDialog(Store &store, Mode mode = Mode::LogIn, QWidget *parent = nullptr);

    void accept() override;

private:
    Store &m_store;
    const Mode m_mode;
    QComboBox *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
};
