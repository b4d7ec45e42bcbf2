#include "LongTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

QString LongTask::run(QWidget *parent, const QString &label, const Work &work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 100, parent);
    dialog.setObjectName(QStringLiteral("longTaskProgressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setValue(0);

    std::atomic_bool cancelled = false;
    QString message;
    QThread *thread = QThread::create([&] {
        message = work([&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            QMetaObject::invokeMethod(&dialog, [&dialog, percent] { dialog.setValue(percent); },
                                      Qt::QueuedConnection);
            return !cancelled.load();
        });
    });
    QEventLoop loop;
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(tr("Cancelling…"));
    });
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return message;
}
