-- Foundation: instance settings, audit log, region tree, households, persons, screening visits.
-- Every synced table carries id (UUID), updated_hlc, origin (instance id) and deleted (tombstone).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk')),
    before_json TEXT,
    after_json  TEXT,
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_hlc ON audit_log (updated_hlc);

-- level: 1 township, 2 village, 3 group, 4 grid (a county unit is level 0).
CREATE TABLE regions (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
    parent_id   TEXT REFERENCES regions (id),
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX regions_code ON regions (code) WHERE deleted = 0;
CREATE INDEX regions_parent ON regions (parent_id);
CREATE INDEX regions_hlc ON regions (updated_hlc);

CREATE TABLE households (
    id             TEXT PRIMARY KEY,
    region_id      TEXT NOT NULL REFERENCES regions (id),
    address        TEXT NOT NULL,
    head_person_id TEXT,
    phone          TEXT NOT NULL DEFAULT '',
    household_type TEXT NOT NULL DEFAULT 'family',
    updated_hlc    INTEGER NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX households_region ON households (region_id);
CREATE INDEX households_hlc ON households (updated_hlc);

CREATE TABLE persons (
    id              TEXT PRIMARY KEY,
    household_id    TEXT REFERENCES households (id),
    region_id       TEXT NOT NULL REFERENCES regions (id),
    name            TEXT NOT NULL,
    id_number       TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    gender          TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    birth_date      TEXT NOT NULL DEFAULT '',
    residence_type  TEXT NOT NULL DEFAULT 'registered'
                    CHECK (residence_type IN ('registered', 'habitual', 'migrant_worker', 'stranded')),
    returnee        INTEGER NOT NULL DEFAULT 0,
    returnee_origin TEXT NOT NULL DEFAULT '',
    arrived_on      TEXT NOT NULL DEFAULT '',
    risk_area       INTEGER NOT NULL DEFAULT 0,
    close_contact   INTEGER NOT NULL DEFAULT 0,
    special_group   TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    updated_hlc     INTEGER NOT NULL,
    origin          TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX persons_id_number ON persons (id_number) WHERE deleted = 0 AND id_number <> '';
-- Partial on live rows: every query of live persons can use them, and counting the live persons
-- reads the small name index instead of the whole table.
CREATE INDEX persons_household ON persons (household_id) WHERE deleted = 0;
CREATE INDEX persons_region ON persons (region_id) WHERE deleted = 0;
CREATE INDEX persons_name ON persons (name) WHERE deleted = 0;
CREATE INDEX persons_phone ON persons (phone) WHERE deleted = 0 AND phone <> '';
CREATE INDEX persons_hlc ON persons (updated_hlc);

CREATE TABLE screening_visits (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households (id),
    visited_on   TEXT NOT NULL,
    visitor      TEXT NOT NULL,
    result       TEXT NOT NULL CHECK (result IN ('all_present', 'some_away', 'nobody_home', 'moved_out')),
    notes        TEXT NOT NULL DEFAULT '',
    updated_hlc  INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX screening_visits_household ON screening_visits (household_id, visited_on);
CREATE INDEX screening_visits_hlc ON screening_visits (updated_hlc);

-- Search index over name, ID number and phone. The tokens (every character and character pair of
-- the name, the numbers reversed so that their last digits are a prefix) come from
-- tl_search_tokens(), which the program registers on every connection, because FTS5's trigram
-- tokenizer cannot find 2-character names. The first digits of a number are found by the
-- ordinary indexes on id_number and phone.
-- The tokens are made lower case and space-separated already, so the plain 'ascii' tokenizer
-- (which keeps every non-ASCII character in its token) is enough; only membership is asked, so
-- no positions are kept (detail = none), and the tokens are not stored (content = ''): a
-- person's entry is removed by giving FTS5 the same tokens again, made from the old row.
CREATE VIRTUAL TABLE person_search USING fts5 (tokens, content = '', tokenize = 'ascii', detail = none, columnsize = 0);

CREATE TRIGGER persons_search_insert AFTER INSERT ON persons WHEN new.deleted = 0 BEGIN
    INSERT INTO person_search (rowid, tokens)
    VALUES (new.rowid, tl_search_tokens(new.name, new.id_number, new.phone));
END;
CREATE TRIGGER persons_search_update AFTER UPDATE OF name, id_number, phone, deleted ON persons BEGIN
    INSERT INTO person_search (person_search, rowid, tokens)
    SELECT 'delete', old.rowid, tl_search_tokens(old.name, old.id_number, old.phone) WHERE old.deleted = 0;
    INSERT INTO person_search (rowid, tokens)
    SELECT new.rowid, tl_search_tokens(new.name, new.id_number, new.phone) WHERE new.deleted = 0;
END;
