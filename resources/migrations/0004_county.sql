-- What a county sends down to its townships besides policy values and region changes: the list of
-- risk areas, and verification tasks (核查任务): people a township must locate and verify, whose
-- results go back up in its next bundle. Synced tables as in 0001.

-- risk_level: high, medium or low, as the national list names them; lifted_on empty while listed.
CREATE TABLE risk_areas (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    risk_level  TEXT NOT NULL CHECK (risk_level IN ('high', 'medium', 'low')),
    listed_on   TEXT NOT NULL,
    lifted_on   TEXT NOT NULL DEFAULT '',
    updated_hlc INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX risk_areas_hlc ON risk_areas (updated_hlc);

-- for_unit: the code of the township that must do it; a county's bundle for a township carries
-- only that township's tasks. result: empty until verified; located (found and verified here),
-- not_here (never lived here), left (was here, has gone).
CREATE TABLE verification_tasks (
    id           TEXT PRIMARY KEY,
    for_unit     TEXT NOT NULL,
    person_name  TEXT NOT NULL,
    id_number    TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL,
    issued_on    TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    result       TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'located', 'not_here', 'left')),
    result_notes TEXT NOT NULL DEFAULT '',
    verified_on  TEXT NOT NULL DEFAULT '',
    verified_by  TEXT NOT NULL DEFAULT '',
    updated_hlc  INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX verification_tasks_unit ON verification_tasks (for_unit, result, due_on) WHERE deleted = 0;
CREATE INDEX verification_tasks_hlc ON verification_tasks (updated_hlc);
