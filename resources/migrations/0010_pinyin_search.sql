-- Pinyin search and order, address search.
-- The search index gains, per person, the pinyin of the name (initials and syllables, see
-- PersonSearch::tokens); it is made again for every person, since a contentless index removes an
-- entry by being given the same tokens again, never other ones.
INSERT INTO person_search (person_search) VALUES ('delete-all');
INSERT INTO person_search (rowid, tokens)
SELECT rowid, tl_search_tokens(name, id_number, phone) FROM persons WHERE deleted = 0;

-- The addresses of households by their pairs of characters (tl_address_tokens). A person is
-- found by address through their household, so a million persons need only their 300,000
-- households' addresses indexed.
CREATE VIRTUAL TABLE household_search USING fts5 (tokens, content = '', tokenize = 'ascii', detail = none, columnsize = 0);
INSERT INTO household_search (rowid, tokens)
SELECT rowid, tl_address_tokens(address) FROM households WHERE deleted = 0;

CREATE TRIGGER households_search_insert AFTER INSERT ON households WHEN new.deleted = 0 BEGIN
    INSERT INTO household_search (rowid, tokens) VALUES (new.rowid, tl_address_tokens(new.address));
END;
CREATE TRIGGER households_search_update AFTER UPDATE OF address, deleted ON households BEGIN
    INSERT INTO household_search (household_search, rowid, tokens)
    SELECT 'delete', old.rowid, tl_address_tokens(old.address) WHERE old.deleted = 0;
    INSERT INTO household_search (rowid, tokens)
    SELECT new.rowid, tl_address_tokens(new.address) WHERE new.deleted = 0;
END;

-- Names in pinyin order (tl_name_key: ICU's zh collation, see Pinyin::sortKey), in place of
-- the order of code points. The sqlite3 shell, which lacks the function, can still read every
-- table; it only cannot write persons (as the search triggers already required).
DROP INDEX persons_name;
CREATE INDEX persons_name_order ON persons (tl_name_key(name)) WHERE deleted = 0;

-- The index above and the search index hold what this ICU made; Store::open makes them again
-- when another ICU opens the store.
INSERT OR REPLACE INTO settings (key, value) VALUES ('icu_version', tl_icu_version());
