#pragma once

#include "measures/MeasureRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Store;

// Changes who is responsible for a person under a running measure (五包一): removes a cadre, or
// adds one while fewer than five are named. Each change is saved at once.
class CadresDialog : public QDialog
{
    Q_OBJECT

public:
    CadresDialog(Store &store, const MeasureRepository::Row &row, QWidget *parent = nullptr);

private:
    void reload();
    void addCadre();
    void removeCadre();

    Store &m_store;
    MeasureRepository::Row m_row;
    QListWidget *m_cadres;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QPushButton *m_add;
    QLabel *m_message;
};
