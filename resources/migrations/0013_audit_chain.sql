-- The audit trail, made tamper-evident and free of personal data: each installation's entries
-- are numbered (seq) and hash-chained (each holds the SHA-256 of the one before, see
-- AuditLog), they record which columns changed with ID numbers and phones masked, and they
-- can no longer be changed or removed. Entries made before carry no number; their ID numbers
-- and phones are taken out, and the copies of checkpoint entries and health checks (logs of
-- their own) are dropped.
CREATE TABLE audit_log_chained (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk', 'export')),
    changed     TEXT NOT NULL DEFAULT '', -- the columns written, comma-separated
    before_json TEXT,
    after_json  TEXT,
    seq         INTEGER, -- from 1 for each origin; NULL before the chain
    prev_hash   TEXT NOT NULL DEFAULT '',
    hash        TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    owner_unit  TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log_chained (id, at, user_name, table_name, row_id, action, before_json,
                               after_json, updated_hlc, origin, deleted, owner_unit)
SELECT id, at, user_name, table_name, row_id, action,
       CASE WHEN table_name IN ('checkpoint_entries', 'health_checks') THEN NULL
            ELSE json_remove(before_json, '$.id_number', '$.phone') END,
       CASE WHEN table_name IN ('checkpoint_entries', 'health_checks') THEN NULL
            ELSE json_remove(after_json, '$.id_number', '$.phone') END,
       updated_hlc, origin, deleted, owner_unit
FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_chained RENAME TO audit_log;
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_hlc ON audit_log (updated_hlc);
CREATE INDEX audit_log_chain ON audit_log (origin, seq) WHERE seq IS NOT NULL;
-- The stamp alone may change: a bundle restamps rows made while the clock was ahead, and the
-- chain's hashes leave the stamp out.
CREATE TRIGGER audit_log_append_only_update
BEFORE UPDATE OF id, at, user_name, table_name, row_id, action, changed, before_json, after_json,
                 seq, prev_hash, hash, origin, deleted, owner_unit ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
