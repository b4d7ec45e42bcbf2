-- Ledger imports: an office's own xlsx or CSV ledger taken in is listed in the exchange history
-- beside the bundles.
ALTER TABLE exchange_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'bundle' CHECK (kind IN ('bundle', 'ledger'));
