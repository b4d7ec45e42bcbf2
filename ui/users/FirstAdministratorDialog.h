#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class Store;

// Makes the first user of an installation that has none, its administrator, who is then logged
// in: the first start after setting up the unit (or opening a store made before users were).
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(Store &store, QWidget *parent = nullptr);

    void accept() override;

private:
    Store &m_store;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_message;
};
