#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Confirms a key before this installation trusts it: shows the unit and the first groups of the
// key's fingerprint, and the clerk types the last two groups as the other office reads them over
// the phone. OK stays disabled until they match: a box that shows the whole fingerprint is
// clicked through without reading it.
class FingerprintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { TrustKeyFile, TrustSender };

    // unit comes from a key file or a bundle, which anyone can write: it is shown as plain text.
    FingerprintDialog(Purpose purpose, const QString &unit, const QString &fingerprint,
        QWidget *parent = nullptr);

    // True when typed is the last two groups of fingerprint, in either case, with or without
    // spaces, in the full-width characters of a Chinese input method too.
    static bool matchesLastGroups(const QString &typed, const QString &fingerprint);

private:
    void revalidate();

    QString m_fingerprint;
    QLineEdit *m_lastGroups;
    QLabel *m_message;
    QPushButton *m_ok;
};
