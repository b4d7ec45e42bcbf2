-- How far each installation's audit trail has been checked at this end: the last entry that
-- followed on (its number and hash), and the first break found after it. A bundle's entries are
-- checked from there, so an import costs what it brings, and the county's view says which
-- township's trail broke. Kept by this installation only: not synced.
CREATE TABLE audit_chain_checks (
    origin     TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    problem    TEXT NOT NULL DEFAULT ''
);
