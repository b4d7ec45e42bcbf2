#pragma once

#include "../store/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

// Zip files through minizip: a bundle is written entry by entry without holding any entry in
// memory, and read back with every name and size checked before a byte is used.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // Begins an entry; compressed entries are deflated, the others stored as they are
    // (encrypted data does not compress). Only a large entry (over 4 GiB, possibly) gets the
    // ZIP64 extra field, which some readers of small documents do not expect.
    bool beginEntry(const QString &name, bool compressed, bool large = false);
    bool write(const QByteArray &bytes);
    bool endEntry();
    bool addEntry(const QString &name, const QByteArray &bytes, bool compressed);
    // Writes the central directory; the file is whole only after this returns true.
    bool close();

private:
    void *m_zip = nullptr;
    bool m_inEntry = false;
};

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry
    {
        QString name;
        qint64 compressedSize = 0;
        qint64 size = 0;
    };

    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    // The entries as the central directory lists them; empty when it cannot be read.
    const QList<Entry> &entries() const { return m_entries; }
    // A name that must not be used: absolute, with "..", a backslash or a drive letter.
    static bool isUnsafeName(const QString &name);

    // Reads an entry whole, refusing one that holds more than limit bytes, whatever its header
    // says.
    Result<QByteArray> read(const QString &name, qint64 limit);
    // Hands an entry to sink in pieces, with the same limit; sink returns false to stop.
    Result<void> stream(
        const QString &name, qint64 limit, const std::function<bool(const QByteArray &)> &sink);
    // While stream() runs: the compressed bytes of the entry read from the file so far, for a
    // sink that reports progress or watches how far the entry inflates.
    qint64 compressedRead() const;

private:
    void *m_zip = nullptr;
    qint64 m_streamStart = 0;
    QList<Entry> m_entries;
};
