-- Every synced row is owned by a unit: the township (or county) whose region it hangs from,
-- through its region, household, person, checkpoint, round or team; rows with no such parent
-- belong to the unit that made them; policy values and risk areas to the county; a verification
-- task to the township it is for. Uniqueness holds within the owning unit, never across units:
-- two townships may both have a checkpoint 村口卡口, a permit 001, a person with one ID number.
-- The rules are written down per table in core/store/Ownership.cpp, which stamps new rows and
-- checks arriving ones.
ALTER TABLE regions ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE screening_visits ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE policy_values ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE isolation_sites ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE control_measures ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE responsibilities ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE health_checks ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE test_rounds ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE test_round_villages ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE test_sites ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE samples ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE need_records ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE risk_areas ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE verification_tasks ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE checkpoints ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE duty_shifts ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE pass_permits ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE checkpoint_entries ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE supervision_teams ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE checklist_templates ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE supervision_rounds ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE supervision_visits ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE findings ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE accountability_records ADD COLUMN owner_unit TEXT NOT NULL DEFAULT '';

-- A row merged into another (the same ID number registered on two installations of one
-- township) is a tombstone that names the row it lives on in.
ALTER TABLE persons ADD COLUMN merged_into TEXT;
ALTER TABLE checkpoints ADD COLUMN merged_into TEXT;
ALTER TABLE pass_permits ADD COLUMN merged_into TEXT;
ALTER TABLE regions ADD COLUMN merged_into TEXT;

-- The rows already stored get their owner by the same rules; a row with no parent goes to the
-- unit of the installation that last changed it when that is known, else to this one.
CREATE TEMP TABLE own_unit AS SELECT coalesce((SELECT value FROM settings WHERE key = 'unit_code'), '') AS code;

UPDATE regions SET owner_unit = CASE WHEN level = 0 THEN code ELSE substr(code, 1, 9) || '000' END;
UPDATE households SET owner_unit = coalesce((SELECT r.owner_unit FROM regions r WHERE r.id = households.region_id), (SELECT code FROM own_unit));
UPDATE persons SET owner_unit = coalesce((SELECT r.owner_unit FROM regions r WHERE r.id = persons.region_id), (SELECT code FROM own_unit));
UPDATE checkpoints SET owner_unit = coalesce((SELECT r.owner_unit FROM regions r WHERE r.id = checkpoints.region_id), (SELECT code FROM own_unit));
UPDATE screening_visits SET owner_unit = coalesce((SELECT h.owner_unit FROM households h WHERE h.id = screening_visits.household_id), (SELECT code FROM own_unit));
UPDATE control_measures SET owner_unit = coalesce((SELECT p.owner_unit FROM persons p WHERE p.id = control_measures.person_id), (SELECT code FROM own_unit));
UPDATE responsibilities SET owner_unit = coalesce((SELECT m.owner_unit FROM control_measures m WHERE m.id = responsibilities.measure_id), (SELECT code FROM own_unit));
UPDATE health_checks SET owner_unit = coalesce((SELECT p.owner_unit FROM persons p WHERE p.id = health_checks.person_id), (SELECT code FROM own_unit));
UPDATE samples SET owner_unit = coalesce((SELECT p.owner_unit FROM persons p WHERE p.id = samples.person_id), (SELECT code FROM own_unit));
UPDATE need_records SET owner_unit = coalesce((SELECT p.owner_unit FROM persons p WHERE p.id = need_records.person_id), (SELECT h.owner_unit FROM households h WHERE h.id = need_records.household_id), (SELECT code FROM own_unit));
UPDATE duty_shifts SET owner_unit = coalesce((SELECT c.owner_unit FROM checkpoints c WHERE c.id = duty_shifts.checkpoint_id), (SELECT code FROM own_unit));
UPDATE checkpoint_entries SET owner_unit = coalesce((SELECT c.owner_unit FROM checkpoints c WHERE c.id = checkpoint_entries.checkpoint_id), (SELECT code FROM own_unit));
UPDATE verification_tasks SET owner_unit = for_unit;
UPDATE policy_values SET owner_unit = substr((SELECT code FROM own_unit), 1, 6) || '000000';
UPDATE risk_areas SET owner_unit = substr((SELECT code FROM own_unit), 1, 6) || '000000';
UPDATE audit_log SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = audit_log.origin), (SELECT code FROM own_unit));
UPDATE isolation_sites SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = isolation_sites.origin), (SELECT code FROM own_unit));
UPDATE test_rounds SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = test_rounds.origin), (SELECT code FROM own_unit));
UPDATE pass_permits SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = pass_permits.origin), (SELECT code FROM own_unit));
UPDATE supervision_teams SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = supervision_teams.origin), (SELECT code FROM own_unit));
UPDATE checklist_templates SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = checklist_templates.origin), (SELECT code FROM own_unit));
UPDATE accountability_records SET owner_unit = coalesce((SELECT unit_code FROM exchange_peers WHERE instance_id = accountability_records.origin), (SELECT code FROM own_unit));
UPDATE test_round_villages SET owner_unit = coalesce((SELECT r.owner_unit FROM test_rounds r WHERE r.id = test_round_villages.round_id), (SELECT code FROM own_unit));
UPDATE test_sites SET owner_unit = coalesce((SELECT r.owner_unit FROM test_rounds r WHERE r.id = test_sites.round_id), (SELECT code FROM own_unit));
UPDATE supervision_rounds SET owner_unit = coalesce((SELECT t.owner_unit FROM supervision_teams t WHERE t.id = supervision_rounds.team_id), (SELECT code FROM own_unit));
UPDATE supervision_visits SET owner_unit = coalesce((SELECT r.owner_unit FROM supervision_rounds r WHERE r.id = supervision_visits.round_id), (SELECT code FROM own_unit));
UPDATE findings SET owner_unit = coalesce((SELECT v.owner_unit FROM supervision_visits v WHERE v.id = findings.visit_id), (SELECT code FROM own_unit));
DROP TABLE own_unit;

-- Unique within the owner. The owner comes second, so a lookup by ID number, name or permit
-- number alone still uses the index.
DROP INDEX persons_id_number;
CREATE UNIQUE INDEX persons_id_number ON persons (id_number, owner_unit) WHERE deleted = 0 AND id_number <> '';
DROP INDEX checkpoints_name;
CREATE UNIQUE INDEX checkpoints_name ON checkpoints (name, owner_unit) WHERE deleted = 0;
DROP INDEX pass_permits_number;
CREATE UNIQUE INDEX pass_permits_number ON pass_permits (number, owner_unit) WHERE deleted = 0;
DROP INDEX policy_values_key;
CREATE UNIQUE INDEX policy_values_key ON policy_values (key, owner_unit) WHERE deleted = 0;

-- The conflicts list also shows rows merged into another (kind merged) and a second record of
-- one slot, such as a person's morning temperature of one day entered at two ends (same_slot);
-- a merge can be undone (resolution split).
CREATE TABLE sync_conflicts_new (
    conflict_no   INTEGER PRIMARY KEY,
    table_name    TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('both_changed', 'duplicate', 'merged', 'same_slot')),
    local_hlc     INTEGER,
    local_json    TEXT NOT NULL DEFAULT '',
    remote_hlc    INTEGER NOT NULL,
    remote_origin TEXT NOT NULL,
    remote_json   TEXT NOT NULL,
    peer_unit     TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    resolution    TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'kept_local', 'kept_remote', 'split')),
    resolved_at   TEXT NOT NULL DEFAULT '',
    resolved_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (table_name, row_id, remote_hlc)
);
INSERT INTO sync_conflicts_new SELECT * FROM sync_conflicts;
DROP TABLE sync_conflicts;
ALTER TABLE sync_conflicts_new RENAME TO sync_conflicts;
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolution, conflict_no);

-- The county's roll-up counts each township's samples by their owner, from the index alone.
CREATE INDEX samples_owner ON samples (owner_unit) WHERE deleted = 0;

-- At a county: the ID numbers two or more townships keep, noted as imports and edits find them,
-- so that listing the persons known to several townships never groups every person. A number a
-- township gives up stays until the list sees it kept by one alone.
CREATE TABLE shared_id_numbers (id_number TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO shared_id_numbers SELECT id_number FROM persons WHERE deleted = 0 AND id_number <> ''
    GROUP BY id_number HAVING count(DISTINCT owner_unit) > 1;

-- The merged tombstones are few; rows that arrive late still pointing at one are moved on.
CREATE INDEX persons_merged ON persons (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX checkpoints_merged ON checkpoints (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX pass_permits_merged ON pass_permits (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX regions_merged ON regions (merged_into) WHERE merged_into IS NOT NULL;

-- Which rows a merge moved from the merged row to the survivor, so that undoing the merge, here or
-- at another installation, can move them back. Kept here only: every installation records its
-- own moves.
CREATE TABLE sync_moves (
    parent_table TEXT NOT NULL,
    merged_id    TEXT NOT NULL,
    survivor_id  TEXT NOT NULL,
    child_table  TEXT NOT NULL,
    child_id     TEXT NOT NULL,
    column_name  TEXT NOT NULL,
    PRIMARY KEY (merged_id, child_table, child_id, column_name)
);
