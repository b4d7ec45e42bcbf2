-- Daily control work: policy values, control measures with their sites and responsible cadres,
-- health checks, testing rounds and samples, special needs. Synced tables as in 0001.

-- Policy values the county may change by a downward bundle (isolation days per kind, fever
-- threshold). A key without a row has the program's default.
CREATE TABLE policy_values (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX policy_values_key ON policy_values (key) WHERE deleted = 0;
CREATE INDEX policy_values_hlc ON policy_values (updated_hlc);

-- status: sites are kept one in use, one standby (一用一备).
CREATE TABLE isolation_sites (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    capacity    INTEGER NOT NULL CHECK (capacity >= 0),
    status      TEXT NOT NULL DEFAULT 'in_use' CHECK (status IN ('in_use', 'standby', 'closed')),
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX isolation_sites_hlc ON isolation_sites (updated_hlc);

-- released_on is '' while the measure runs. The three checklist flags apply to home isolation.
CREATE TABLE control_measures (
    id               TEXT PRIMARY KEY,
    person_id        TEXT NOT NULL REFERENCES persons (id),
    kind             TEXT NOT NULL
                     CHECK (kind IN ('home_isolation', 'central_isolation', 'home_monitoring')),
    site_id          TEXT REFERENCES isolation_sites (id),
    started_on       TEXT NOT NULL,
    planned_end_on   TEXT NOT NULL,
    released_on      TEXT NOT NULL DEFAULT '',
    release_reason   TEXT NOT NULL DEFAULT '',
    card_posted      INTEGER NOT NULL DEFAULT 0,
    agreement_signed INTEGER NOT NULL DEFAULT 0,
    camera_installed INTEGER NOT NULL DEFAULT 0,
    notes            TEXT NOT NULL DEFAULT '',
    updated_hlc      INTEGER NOT NULL,
    origin           TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'central_isolation') = (site_id IS NOT NULL))
);
CREATE INDEX control_measures_person ON control_measures (person_id) WHERE deleted = 0;
-- The morning lists (due today, overdue) and the day sheet read only running measures.
CREATE INDEX control_measures_running ON control_measures (planned_end_on)
    WHERE deleted = 0 AND released_on = '';
CREATE INDEX control_measures_site ON control_measures (site_id) WHERE deleted = 0 AND released_on = '';
CREATE INDEX control_measures_hlc ON control_measures (updated_hlc);

-- 五包一: up to five cadres per measure.
CREATE TABLE responsibilities (
    id          TEXT PRIMARY KEY,
    measure_id  TEXT NOT NULL REFERENCES control_measures (id),
    cadre_name  TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('township_cadre', 'village_cadre', 'village_doctor',
                                              'police_officer', 'grid_worker')),
    phone       TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX responsibilities_measure ON responsibilities (measure_id) WHERE deleted = 0;
CREATE INDEX responsibilities_cadre ON responsibilities (cadre_name) WHERE deleted = 0;
CREATE INDEX responsibilities_hlc ON responsibilities (updated_hlc);

-- One temperature per person, day and period (morning / afternoon), in ℃ to one decimal.
CREATE TABLE health_checks (
    id          TEXT PRIMARY KEY,
    person_id   TEXT NOT NULL REFERENCES persons (id),
    checked_on  TEXT NOT NULL,
    period      TEXT NOT NULL CHECK (period IN ('morning', 'afternoon')),
    temperature REAL NOT NULL CHECK (temperature BETWEEN 34.0 AND 43.0),
    symptoms    TEXT NOT NULL DEFAULT '',
    taken_by    TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX health_checks_day ON health_checks (checked_on, person_id, period) WHERE deleted = 0;
CREATE INDEX health_checks_person ON health_checks (person_id, checked_on) WHERE deleted = 0;
CREATE INDEX health_checks_hlc ON health_checks (updated_hlc);

CREATE TABLE test_rounds (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    round_on    TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX test_rounds_on ON test_rounds (round_on) WHERE deleted = 0;
CREATE INDEX test_rounds_hlc ON test_rounds (updated_hlc);

-- The villages a round must cover: everybody living there is to be sampled (应检尽检).
CREATE TABLE test_round_villages (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES test_rounds (id),
    region_id   TEXT NOT NULL REFERENCES regions (id),
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX test_round_villages_round ON test_round_villages (round_id) WHERE deleted = 0;
CREATE INDEX test_round_villages_hlc ON test_round_villages (updated_hlc);

-- test_units: how many sampling units (检测单元) work at the site.
CREATE TABLE test_sites (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES test_rounds (id),
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    test_units  INTEGER NOT NULL DEFAULT 1 CHECK (test_units >= 1),
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX test_sites_round ON test_sites (round_id) WHERE deleted = 0;
CREATE INDEX test_sites_hlc ON test_sites (updated_hlc);

CREATE TABLE samples (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES test_rounds (id),
    person_id   TEXT NOT NULL REFERENCES persons (id),
    site_id     TEXT REFERENCES test_sites (id),
    sampled_at  TEXT NOT NULL,
    result      TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'negative', 'positive')),
    taken_by    TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX samples_round_person ON samples (round_id, person_id) WHERE deleted = 0;
CREATE INDEX samples_person ON samples (person_id) WHERE deleted = 0;
CREATE INDEX samples_hlc ON samples (updated_hlc);

-- A need of a special-group person, or of a whole household. met_on is '' while open.
CREATE TABLE need_records (
    id           TEXT PRIMARY KEY,
    person_id    TEXT REFERENCES persons (id),
    household_id TEXT REFERENCES households (id),
    need         TEXT NOT NULL CHECK (need IN ('medicine', 'food', 'medical_visit', 'other')),
    detail       TEXT NOT NULL DEFAULT '',
    requested_on TEXT NOT NULL,
    met_on       TEXT NOT NULL DEFAULT '',
    met_by       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    updated_hlc  INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    CHECK (person_id IS NOT NULL OR household_id IS NOT NULL)
);
CREATE INDEX need_records_open ON need_records (requested_on) WHERE deleted = 0 AND met_on = '';
CREATE INDEX need_records_person ON need_records (person_id) WHERE deleted = 0;
CREATE INDEX need_records_household ON need_records (household_id) WHERE deleted = 0;
CREATE INDEX need_records_hlc ON need_records (updated_hlc);
