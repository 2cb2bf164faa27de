-- Sessions (token families), their refresh tokens and failed logins: the state every instance
-- shares, so a revocation or a lockout decided on one instance holds on all.
--
-- Each index is created before the foreign key it serves: both databases then use it for the key,
-- where a key declared first gets an index of its own that the later one would duplicate (H2
-- keeps both).

-- A session is revoked by setting revoked_at; the row stays until its tokens would have expired
-- anyway, so the revocation is checked by a primary-key read on every authenticated request.
CREATE TABLE sessions (
    id         CHAR(36)    NOT NULL,
    user_id    CHAR(36)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (id)
) ${table-options};

CREATE INDEX ix_sessions_user_id ON sessions (user_id);
CREATE INDEX ix_sessions_expires_at ON sessions (expires_at);
ALTER TABLE sessions ADD CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id);

-- Only the SHA-256 of a refresh token is kept, in lower-case hex. A token is retired by setting
-- retired_at, and kept while it could still be presented, so that a reuse is recognised.
-- Deleting a session takes its tokens with it.
CREATE TABLE refresh_tokens (
    token_hash CHAR(64)    NOT NULL,
    session_id CHAR(36)    NOT NULL,
    user_id    CHAR(36)    NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    retired_at DATETIME(6) NULL,
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (token_hash)
) ${table-options};

CREATE INDEX ix_refresh_tokens_session_id ON refresh_tokens (session_id);
CREATE INDEX ix_refresh_tokens_expires_at ON refresh_tokens (expires_at);
ALTER TABLE refresh_tokens ADD CONSTRAINT fk_refresh_tokens_session
    FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE;

-- One row per failed login; two failures at the same instant are two rows, so the key is a
-- generated number (AUTO_INCREMENT reads the same on both databases). The failures of one account
-- in a window are read through (user_id, failed_at); the purge of old ones through failed_at, so
-- it does not scan, and on InnoDB lock, the whole table while logins are recorded.
CREATE TABLE login_failures (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    user_id   CHAR(36)    NOT NULL,
    failed_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_login_failures PRIMARY KEY (id)
) ${table-options};

CREATE INDEX ix_login_failures_user_id_failed_at ON login_failures (user_id, failed_at);
CREATE INDEX ix_login_failures_failed_at ON login_failures (failed_at);
ALTER TABLE login_failures ADD CONSTRAINT fk_login_failures_user
    FOREIGN KEY (user_id) REFERENCES users (id);
