-- Accounts change from several places at once (a login, the user, an administrator), so a user
-- carries a version like a dictionary entry: every change of email, password, roles or activation
-- is a single UPDATE conditional on the version it read, and grows it by one. Existing users start
-- at version 1.
ALTER TABLE users ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;

-- Usernames and emails share one namespace, compared in Unicode's NFKC_Casefold form: each
-- account's login names are rows here, and the primary key lets one account hold a name. The
-- name is kept as the SHA-256 of its canonical form (64 hex digits), since case folding can make
-- a name many times longer than what was typed. An account whose username and email have the same
-- canonical form holds that name once, as its USERNAME. V5 fills this table for existing users;
-- the lower-case columns it replaces go.
CREATE TABLE login_names (
    name_hash CHAR(64)   NOT NULL,
    user_id   CHAR(36)   NOT NULL,
    kind      VARCHAR(8) NOT NULL,
    CONSTRAINT pk_login_names PRIMARY KEY (name_hash)
) ${table-options};

CREATE INDEX ix_login_names_user_id ON login_names (user_id);
ALTER TABLE login_names ADD CONSTRAINT fk_login_names_user
    FOREIGN KEY (user_id) REFERENCES users (id);

ALTER TABLE users DROP COLUMN username_canonical;
ALTER TABLE users DROP COLUMN email_canonical;

-- Login attempts replace failed logins: an attempt is recorded before its password is checked, as
-- pending (failed FALSE); a wrong answer marks it failed, any other outcome deletes it. Attempts are counted per throttle key, an account ("account:" and its id) or a login name that matches
-- no account ("name:" and its SHA-256), so unknown names are throttled like accounts. The failures
-- recorded so far carry over as the accounts' attempts.
CREATE TABLE login_attempts (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    throttle_key VARCHAR(72) NOT NULL,
    attempted_at DATETIME(6) NOT NULL,
    failed       BOOLEAN     NOT NULL,
    CONSTRAINT pk_login_attempts PRIMARY KEY (id)
) ${table-options};

CREATE INDEX ix_login_attempts_key_attempted_at ON login_attempts (throttle_key, attempted_at);
CREATE INDEX ix_login_attempts_attempted_at ON login_attempts (attempted_at);

-- One row per throttle key, locked (SELECT ... FOR UPDATE) while an attempt of that key is decided
-- and recorded, so attempts arriving together on any instance are decided one after the other.
CREATE TABLE login_throttles (
    throttle_key VARCHAR(72) NOT NULL,
    CONSTRAINT pk_login_throttles PRIMARY KEY (throttle_key)
) ${table-options};

INSERT INTO login_attempts (throttle_key, attempted_at, failed)
    SELECT CONCAT('account:', user_id), failed_at, TRUE FROM login_failures;

DROP TABLE login_failures;
