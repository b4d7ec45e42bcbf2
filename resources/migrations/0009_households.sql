-- Households as a clerk keeps them: each member's relation to the head, why a person left the
-- register, and households merged into another.

-- The head is the household's head_person_id; every other member says how they are related to
-- the head (GLOSSARY: 与户主关系). '' is not yet known.
ALTER TABLE persons ADD COLUMN relation_to_head TEXT NOT NULL DEFAULT ''
    CHECK (relation_to_head IN ('', 'spouse', 'son', 'daughter', 'parent', 'grandparent',
                                'grandchild', 'sibling', 'other'));

-- Kept on the tombstone: moved out (removal_note says where to), died (removed_on), registered
-- twice (merged_into names the person who stays). '' for a row deleted before reasons were asked.
ALTER TABLE persons ADD COLUMN removal_reason TEXT NOT NULL DEFAULT ''
    CHECK (removal_reason IN ('', 'moved_out', 'died', 'duplicate'));
ALTER TABLE persons ADD COLUMN removal_note TEXT NOT NULL DEFAULT '';
ALTER TABLE persons ADD COLUMN removed_on TEXT NOT NULL DEFAULT '';

-- A household merged into another names it, as a merged person does: members, visits and needs
-- that another installation still files under it move to the survivor when they arrive.
ALTER TABLE households ADD COLUMN merged_into TEXT;
CREATE INDEX households_merged ON households (merged_into) WHERE merged_into IS NOT NULL;
