#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class Store;

// A user's name, role and password, typed twice. Three uses: the first user of an installation
// that has none, its administrator, who is then logged in (the first start after setting up the
// unit, or opening a store made before users were); a new user an administrator adds; a new
// password for a user who forgot theirs, or for one's own.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstAdministrator, NewUser, NewPassword };

    // name: whose password, in NewPassword mode.
    UserDialog(Store &store, Mode mode, const QString &name = {}, QWidget *parent = nullptr);

    void accept() override;

private:
    Store &m_store;
    Mode m_mode;
    QLineEdit *m_name;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};
