#include "ZipArchive.h"

#include <QFile>

#include <minizip/unzip.h>
#include <minizip/zip.h>

using namespace Qt::StringLiterals;

namespace {
constexpr int readPiece = 1 << 16;
}

ZipWriter::ZipWriter(const QString &path)
    : m_zip(zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE))
{ }

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(static_cast<zipFile>(m_zip), nullptr);
}

bool ZipWriter::beginEntry(const QString &name, bool compressed, bool large)
{
    if (!m_zip || m_inEntry)
        return false;
    zip_fileinfo info = {};
    m_inEntry = zipOpenNewFileInZip64(static_cast<zipFile>(m_zip), name.toUtf8().constData(), &info,
                    nullptr, 0, nullptr, 0, nullptr, compressed ? Z_DEFLATED : 0,
                    compressed ? Z_DEFAULT_COMPRESSION : 0, large ? 1 : 0)
        == ZIP_OK;
    return m_inEntry;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    return m_inEntry
        && zipWriteInFileInZip(
               static_cast<zipFile>(m_zip), bytes.constData(), unsigned(bytes.size()))
        == ZIP_OK;
}

bool ZipWriter::endEntry()
{
    if (!m_inEntry)
        return false;
    m_inEntry = false;
    return zipCloseFileInZip(static_cast<zipFile>(m_zip)) == ZIP_OK;
}

bool ZipWriter::addEntry(const QString &name, const QByteArray &bytes, bool compressed)
{
    return beginEntry(name, compressed) && write(bytes) && endEntry();
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    const bool ok = !m_inEntry && zipClose(static_cast<zipFile>(m_zip), nullptr) == ZIP_OK;
    m_zip = nullptr;
    return ok;
}

ZipReader::ZipReader(const QString &path)
    : m_zip(unzOpen64(QFile::encodeName(path).constData()))
{
    if (!m_zip)
        return;
    auto *zip = static_cast<unzFile>(m_zip);
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        unz_file_info64 info;
        char name[512];
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK) {
            m_entries.clear();
            break;
        }
        m_entries.append(
            { QString::fromUtf8(name, qsizetype(qMin<uLong>(info.size_filename, sizeof name - 1))),
                qint64(info.compressed_size), qint64(info.uncompressed_size) });
    }
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

bool ZipReader::isUnsafeName(const QString &name)
{
    return name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':')
        || name.split(u'/').contains(u".."_s);
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 limit)
{
    QByteArray bytes;
    auto r = stream(name, limit, [&bytes](const QByteArray &piece) {
        bytes += piece;
        return true;
    });
    if (!r)
        return Result<QByteArray>::failure(r.error());
    return bytes;
}

qint64 ZipReader::compressedRead() const
{
    return qint64(unzGetCurrentFileZStreamPos64(static_cast<unzFile>(m_zip))) - m_streamStart;
}

Result<void> ZipReader::stream(
    const QString &name, qint64 limit, const std::function<bool(const QByteArray &)> &sink)
{
    auto *zip = static_cast<unzFile>(m_zip);
    if (!zip || unzLocateFile(zip, name.toUtf8().constData(), 1) != UNZ_OK
        || unzOpenCurrentFile(zip) != UNZ_OK)
        return Result<void>::failure(tr("The entry %1 cannot be read.").arg(name));
    m_streamStart = qint64(unzGetCurrentFileZStreamPos64(zip));
    QByteArray piece(readPiece, Qt::Uninitialized);
    qint64 total = 0;
    QString problem;
    for (;;) {
        const int n = unzReadCurrentFile(zip, piece.data(), unsigned(piece.size()));
        if (n < 0) {
            problem = tr("The entry %1 is damaged.").arg(name);
            break;
        }
        if (n == 0)
            break;
        total += n;
        if (total > limit) {
            problem
                = tr("The entry %1 is larger than %2 bytes; it is refused.").arg(name).arg(limit);
            break;
        }
        if (!sink(piece.left(n))) {
            problem = tr("Reading the entry %1 was stopped.").arg(name);
            break;
        }
    }
    // A bad CRC shows only when the whole entry has been read.
    if (unzCloseCurrentFile(zip) != UNZ_OK && problem.isEmpty())
        problem = tr("The entry %1 is damaged.").arg(name);
    if (!problem.isEmpty())
        return Result<void>::failure(problem);
    return {};
}
