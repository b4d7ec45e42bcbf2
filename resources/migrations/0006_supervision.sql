-- Supervision (督导检查): teams at city, county or township level, their rounds, the visits of a
-- round with their checklist answers, the findings of a visit and their rectification, and
-- accountability records. Synced tables as in 0001.

-- level: city, county, township (三级督导). members and assigned_areas (包联): one a line.
CREATE TABLE supervision_teams (
    id             TEXT PRIMARY KEY,
    level          TEXT NOT NULL CHECK (level IN ('city', 'county', 'township')),
    name           TEXT NOT NULL,
    leader         TEXT NOT NULL,
    members        TEXT NOT NULL DEFAULT '',
    assigned_areas TEXT NOT NULL DEFAULT '',
    updated_hlc    INTEGER NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX supervision_teams_hlc ON supervision_teams (updated_hlc);

-- A checklist is data a clerk edits: its items one a line.
CREATE TABLE checklist_templates (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    items       TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX checklist_templates_hlc ON checklist_templates (updated_hlc);

-- targets: the villages, checkpoints and isolation sites to visit, one a line.
CREATE TABLE supervision_rounds (
    id           TEXT PRIMARY KEY,
    team_id      TEXT NOT NULL REFERENCES supervision_teams (id),
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    targets      TEXT NOT NULL DEFAULT '',
    checklist_id TEXT REFERENCES checklist_templates (id),
    updated_hlc  INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX supervision_rounds_hlc ON supervision_rounds (updated_hlc);

-- answers: JSON object, checklist item → yes, no or n/a. unannounced: 四不两直.
CREATE TABLE supervision_visits (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES supervision_rounds (id),
    target      TEXT NOT NULL,
    visited_on  TEXT NOT NULL,
    unannounced INTEGER NOT NULL DEFAULT 1,
    answers     TEXT NOT NULL DEFAULT '{}',
    notes       TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX supervision_visits_round ON supervision_visits (round_id, visited_on) WHERE deleted = 0;
CREATE INDEX supervision_visits_hlc ON supervision_visits (updated_hlc);

-- A problem found on a visit and its rectification (整改): status open → in_progress →
-- rectified → closed (销号, after verification). severity: minor, serious, critical.
CREATE TABLE findings (
    id                 TEXT PRIMARY KEY,
    visit_id           TEXT NOT NULL REFERENCES supervision_visits (id),
    category           TEXT NOT NULL,
    description        TEXT NOT NULL,
    severity           TEXT NOT NULL DEFAULT 'minor' CHECK (severity IN ('minor', 'serious', 'critical')),
    responsible_unit   TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    deadline           TEXT NOT NULL,
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'in_progress', 'rectified', 'closed')),
    actions_taken      TEXT NOT NULL DEFAULT '',
    rectified_on       TEXT NOT NULL DEFAULT '',
    verified_by        TEXT NOT NULL DEFAULT '',
    closed_on          TEXT NOT NULL DEFAULT '',
    updated_hlc        INTEGER NOT NULL,
    origin             TEXT NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX findings_visit ON findings (visit_id) WHERE deleted = 0;
CREATE INDEX findings_status ON findings (status, deadline) WHERE deleted = 0;
CREATE INDEX findings_hlc ON findings (updated_hlc);

-- 问责: action talk (约谈), notice (通报), dismissal (撤职); finding_ids: the findings it answers,
-- one a line.
CREATE TABLE accountability_records (
    id          TEXT PRIMARY KEY,
    person      TEXT NOT NULL,
    unit        TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('talk', 'notice', 'dismissal')),
    reason      TEXT NOT NULL,
    decided_on  TEXT NOT NULL,
    finding_ids TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX accountability_records_hlc ON accountability_records (updated_hlc);
