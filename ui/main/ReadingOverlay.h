#pragma once

#include "store/Result.h"

#include <QWidget>

class QLabel;
class QTimer;

// A sheet over a view while the view's rows are read off the GUI thread (see StoreReader):
// "Reading…" once the read takes longer than a moment, so that a quick one does not flicker,
// or, in red, why the read failed, until the next read. It covers the old rows and keeps clicks
// off them meanwhile.
//
// How a page reads off the GUI thread: it makes a StoreReader on store.path() as its child (so
// that its closing drops what is still to come), numbers its kinds of read as channels, and for
// each read calls reading() on the view's sheet, posts a read that captures by value what it
// needs, and in the result's callback calls finish() and shows the value when it succeeded. A
// PagedRowsModel reads its count and pages the same way through readWith(). Writes stay on the
// window's Store, each a short transaction, and are followed by such a read.
class ReadingOverlay : public QWidget
{
    Q_OBJECT

public:
    // Covers covered (a view, or a whole tab), following its size.
    ReadingOverlay(QWidget *covered, const QString &objectName);

    // A read was posted.
    void reading();
    // Takes the sheet away, or shows why the read failed; true when it succeeded.
    template<typename T>
    bool finish(const Result<T> &result)
    {
        if (result.ok())
            clear();
        else
            fail(result.error());
        return result.ok();
    }
    void clear();
    void fail(const QString &problem);

    bool isReading() const { return m_reading; }
    // The failure shown; empty while reading or when the read succeeded.
    QString problem() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void showReading();

    QLabel *m_text;
    QTimer *m_delay;
    bool m_reading = false;
};
