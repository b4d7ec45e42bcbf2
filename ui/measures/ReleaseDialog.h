#pragma once

#include "measures/MeasureRepository.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Store;

// Releases a person from a running measure (解除隔离), with the date and the reason.
class ReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseDialog(Store &store, const MeasureRepository::Row &row, QWidget *parent = nullptr);

    void accept() override;

private:
    void revalidate();

    Store &m_store;
    MeasureRepository::Row m_row;
    QLineEdit *m_releasedOn;
    QComboBox *m_reason;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
