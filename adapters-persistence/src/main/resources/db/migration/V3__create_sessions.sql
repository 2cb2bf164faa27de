-- Only the SHA-256 of a refresh token is kept. Expired sessions will be cleaned up by expires_at.
CREATE TABLE sessions (
    id                 CHAR(36)    NOT NULL,
    user_id            CHAR(36)    NOT NULL,
    refresh_token_hash CHAR(64)    NOT NULL,
    created_at         DATETIME(6) NOT NULL,
    expires_at         DATETIME(6) NOT NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT UQ_SESSIONS_REFRESH_TOKEN_HASH UNIQUE (refresh_token_hash),
    CONSTRAINT fk_sessions_user FOREIGN KEY (user_id) REFERENCES users (id)
) ${table-options};

CREATE INDEX ix_sessions_expires_at ON sessions (expires_at);
