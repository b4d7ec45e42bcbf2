#pragma once

#include "registries/RegistryDefinition.h"
#include "registries/RegistryFilter.h"

#include <QAbstractTableModel>

class StoreReader;

// The preview of a registry: a window onto RegistryQuery that reads a page of rows at a time as
// the view scrolls (canFetchMore/fetchMore), showing the cells exactly as the exports write
// them. The query runs on the reader's worker and stays open there between pages, so the
// thousandth page costs what the first did (an OFFSET would sort the registry again for every
// page), and counting a township's registry stalls nothing. Its columns are the registry's, so
// they change with the registry shown.
class RegistryPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    // Reads on reader's channel.
    RegistryPreviewModel(StoreReader *reader, int channel, QObject *parent = nullptr);

    // Shows a registry with a filter: its columns at once, its count and first page when they
    // have been read (loaded() follows).
    void setRegistry(const RegistryDefinition &definition, const RegistryFilter &filter);
    const RegistryDefinition &definition() const { return m_definition; }
    const RegistryFilter &filter() const { return m_filter; }
    // All rows matching the filter, not only those fetched so far.
    qint64 totalCount() const { return m_total; }
    // Why the registry cannot be shown with this filter; empty when it can.
    const QString &error() const { return m_error; }
    // The count and first page have not come back yet.
    bool isLoading() const { return m_loading; }
    const QStringList *recordAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The count and first page are shown, or error() says why not.
    void loaded();

private:
    struct Page
    {
        qint64 total = -1; // the count, with the first page only
        QList<QStringList> rows;
    };
    void append(const Page &page);

    StoreReader *m_reader;
    int m_channel;
    RegistryDefinition m_definition;
    RegistryFilter m_filter;
    QList<QStringList> m_rows;
    qint64 m_total = 0;
    QString m_error;
    bool m_loading = false;
    bool m_fetching = false;
};
