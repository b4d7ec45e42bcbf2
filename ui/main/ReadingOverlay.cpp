#include "ReadingOverlay.h"

#include "FormParts.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReadingOverlay::ReadingOverlay(QWidget *covered, const QString &objectName)
    : QWidget(covered)
    , m_text(new QLabel)
    , m_delay(new QTimer(this))
{
    setObjectName(objectName);
    m_text->setObjectName(u"readingOverlayLabel"_s);
    // A failure may quote names from the store: never read as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 0, Qt::AlignCenter);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &ReadingOverlay::showReading);
    covered->installEventFilter(this);
    hide();
}

void ReadingOverlay::reading()
{
    m_reading = true;
    // A sheet already up (a failure) says so at once.
    if (isHidden())
        m_delay->start();
    else
        showReading();
}

void ReadingOverlay::showReading()
{
    m_text->setStyleSheet(QString());
    m_text->setText(tr("Reading…"));
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

void ReadingOverlay::clear()
{
    m_reading = false;
    m_delay->stop();
    m_text->clear();
    hide();
}

void ReadingOverlay::fail(const QString &problem)
{
    m_reading = false;
    m_delay->stop();
    m_text->setStyleSheet(FormParts::problemStyleSheet());
    m_text->setText(problem);
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

QString ReadingOverlay::problem() const
{
    return !m_reading && isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

bool ReadingOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ReadingOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor sheet = palette().color(QPalette::Base);
    sheet.setAlpha(210);
    painter.fillRect(rect(), sheet);
}
