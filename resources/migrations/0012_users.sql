-- Users of this installation: who logs in, with which role. Not synced: the office PC and a
-- field laptop each keep their own, and a password hash never travels in a bundle.
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL
                  CHECK (role IN ('administrator', 'clerk', 'checkpoint_operator', 'supervisor', 'viewer')),
    password_hash TEXT NOT NULL, -- crypto_pwhash_str (Argon2id)
    failed_logins INTEGER NOT NULL DEFAULT 0, -- wrong passwords since the last good one
    locked_until  TEXT NOT NULL DEFAULT '', -- UTC, ISO 8601; '' when not locked
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX users_name ON users (name);
