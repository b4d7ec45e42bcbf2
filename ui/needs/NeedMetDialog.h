#pragma once

#include "needs/NeedRepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Store;

// Marks a need met: on which day, and by whom.
class NeedMetDialog : public QDialog
{
    Q_OBJECT

public:
    NeedMetDialog(Store &store, const NeedRepository::Row &row, QWidget *parent = nullptr);

    void accept() override;

private:
    void revalidate();

    Store &m_store;
    NeedRepository::Row m_row;
    QLineEdit *m_metOn;
    QLineEdit *m_metBy;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
