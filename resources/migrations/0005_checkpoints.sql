-- Checkpoints (卡口): the sites, their duty rosters, pass permits, and the entry log of every
-- passage. Synced tables as in 0001.

-- kind: road_exit (路口卡口), village_gate (村口), compound_gate (小区门口).
CREATE TABLE checkpoints (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('road_exit', 'village_gate', 'compound_gate')),
    region_id   TEXT NOT NULL REFERENCES regions (id),
    location    TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1,
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX checkpoints_name ON checkpoints (name) WHERE deleted = 0;
CREATE INDEX checkpoints_hlc ON checkpoints (updated_hlc);

-- One person on duty at a checkpoint for a period of a day, the hours [from_hour, to_hour).
-- role: cadre, party_member, grid_worker, volunteer, police.
CREATE TABLE duty_shifts (
    id            TEXT PRIMARY KEY,
    checkpoint_id TEXT NOT NULL REFERENCES checkpoints (id),
    duty_on       TEXT NOT NULL,
    from_hour     INTEGER NOT NULL CHECK (from_hour BETWEEN 0 AND 23),
    to_hour       INTEGER NOT NULL CHECK (to_hour BETWEEN 1 AND 24 AND to_hour > from_hour),
    staff_name    TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('cadre', 'party_member', 'grid_worker', 'volunteer', 'police')),
    phone         TEXT NOT NULL DEFAULT '',
    updated_hlc   INTEGER NOT NULL,
    origin        TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX duty_shifts_day ON duty_shifts (duty_on, checkpoint_id) WHERE deleted = 0;
CREATE INDEX duty_shifts_hlc ON duty_shifts (updated_hlc);

-- 通行证: held by a person or for a vehicle (plate), valid on the days [valid_from, valid_to].
CREATE TABLE pass_permits (
    id          TEXT PRIMARY KEY,
    number      TEXT NOT NULL,
    holder_name TEXT NOT NULL DEFAULT '',
    plate       TEXT NOT NULL DEFAULT '',
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pass_permits_number ON pass_permits (number) WHERE deleted = 0;
CREATE INDEX pass_permits_hlc ON pass_permits (updated_hlc);

-- Append-only: a mistake is corrected by a new entry that names the one it amends (amends_id),
-- never by changing or deleting the old one. direction: in, out. health_code: green, yellow, red
-- or '' (not shown). outcome: let_through, turned_back (劝返), sent_to_isolation.
CREATE TABLE checkpoint_entries (
    id            TEXT PRIMARY KEY,
    checkpoint_id TEXT NOT NULL REFERENCES checkpoints (id),
    entered_at    TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    person_name   TEXT NOT NULL DEFAULT '',
    id_number     TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    plate         TEXT NOT NULL DEFAULT '',
    temperature   REAL CHECK (temperature IS NULL OR temperature BETWEEN 34.0 AND 43.0),
    health_code   TEXT NOT NULL DEFAULT '' CHECK (health_code IN ('', 'green', 'yellow', 'red')),
    came_from     TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    disinfected   INTEGER NOT NULL DEFAULT 0,
    permit_number TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL CHECK (outcome IN ('let_through', 'turned_back', 'sent_to_isolation')),
    recorded_by   TEXT NOT NULL,
    amends_id     TEXT REFERENCES checkpoint_entries (id),
    updated_hlc   INTEGER NOT NULL,
    origin        TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
-- The day's counts read this index alone: (day prefix of entered_at) per checkpoint.
CREATE INDEX checkpoint_entries_time ON checkpoint_entries (entered_at, checkpoint_id);
CREATE INDEX checkpoint_entries_amends ON checkpoint_entries (amends_id) WHERE amends_id IS NOT NULL;
CREATE INDEX checkpoint_entries_hlc ON checkpoint_entries (updated_hlc);
