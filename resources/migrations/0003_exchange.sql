-- Sync bundles: the installations this one exchanges bundles with, the bundles that came and
-- went, and the rows changed on both sides. These belong to the installation and never travel.

-- sent_hlc: the peer has every row of ours up to this clock value (conflicts are rows changed
-- here after it). export_from_hlc: where the next incremental bundle for the peer starts; set
-- back when rows older than it arrive from elsewhere, so that they are passed on too.
CREATE TABLE exchange_peers (
    instance_id     TEXT PRIMARY KEY,
    unit_code       TEXT NOT NULL,
    unit_name       TEXT NOT NULL,
    unit_level      TEXT NOT NULL,
    signing_key     BLOB NOT NULL UNIQUE,
    encryption_key  BLOB NOT NULL,
    trusted_at      TEXT NOT NULL,
    sent_seq        INTEGER NOT NULL DEFAULT 0,
    sent_hlc        INTEGER NOT NULL DEFAULT 0,
    export_from_hlc INTEGER NOT NULL DEFAULT 0,
    received_seq    INTEGER NOT NULL DEFAULT 0,
    received_at     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE exchange_history (
    history_no       INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,
    direction        TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    peer_instance_id TEXT NOT NULL,
    unit_code        TEXT NOT NULL,
    unit_name        TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    full             INTEGER NOT NULL,
    row_count        INTEGER NOT NULL,
    byte_count       INTEGER NOT NULL,
    report_json      TEXT NOT NULL DEFAULT '',
    warning          TEXT NOT NULL DEFAULT '',
    user_name        TEXT NOT NULL
);
CREATE INDEX exchange_history_peer ON exchange_history (peer_instance_id, direction, seq);

-- kind: both_changed (edited here and there since the last exchange; the newer edit was kept),
-- duplicate (the arriving row clashes with a different row here, such as the same ID number,
-- and was not stored). resolution: which side the clerk kept.
CREATE TABLE sync_conflicts (
    conflict_no   INTEGER PRIMARY KEY,
    table_name    TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('both_changed', 'duplicate')),
    local_hlc     INTEGER,
    local_json    TEXT NOT NULL DEFAULT '',
    remote_hlc    INTEGER NOT NULL,
    remote_origin TEXT NOT NULL,
    remote_json   TEXT NOT NULL,
    peer_unit     TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    resolution    TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'kept_local', 'kept_remote')),
    resolved_at   TEXT NOT NULL DEFAULT '',
    resolved_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (table_name, row_id, remote_hlc)
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolution, conflict_no);
