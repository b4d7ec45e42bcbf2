#pragma once

#include "registries/RegistryDefinition.h"
#include "registries/RegistryFilter.h"

#include <QAbstractTableModel>

#include <memory>

class RegistryQuery;
class Store;

// The preview of a registry: a window onto RegistryQuery that reads a page of rows at a time as
// the view scrolls (canFetchMore/fetchMore), showing the cells exactly as the exports write
// them. The query stays open between pages, so the thousandth page costs what the first did
// (an OFFSET would sort the registry again for every page). Its columns are the registry's, so
// they change with the registry shown.
class RegistryPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 200;

    explicit RegistryPreviewModel(Store &store, QObject *parent = nullptr);
    ~RegistryPreviewModel() override;

    // Shows a registry with a filter; reads its count and first page.
    void setRegistry(const RegistryDefinition &definition, const RegistryFilter &filter);
    const RegistryDefinition &definition() const { return m_definition; }
    const RegistryFilter &filter() const { return m_filter; }
    // All rows matching the filter, not only those fetched so far.
    qint64 totalCount() const { return m_total; }
    // Why the registry cannot be shown with this filter; empty when it can.
    const QString &error() const { return m_error; }
    const QStringList *recordAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<QStringList> readPage();

    Store &m_store;
    std::unique_ptr<RegistryQuery> m_query;
    RegistryDefinition m_definition;
    RegistryFilter m_filter;
    QList<QStringList> m_rows;
    qint64 m_total = 0;
    QString m_error;
    bool m_fetching = false; // a view may ask for more while rows are being inserted
};
