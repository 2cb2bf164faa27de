-- One schema for H2 and MySQL/MariaDB. Where the two disagree, a Flyway placeholder carries the
-- database's own words: long-text is the type of a value of up to 65,536 UTF-8 bytes, and
-- table-options picks InnoDB with utf8mb4 and a binary collation on MySQL (empty on H2).
--
-- Username and email are unique regardless of case through their lower-case canonical forms.
-- VARCHAR(300): a 150-character username can double when lower-cased (U+0130 becomes two code
-- points) and H2 counts UTF-16 units, two per character beyond the BMP.
-- The unique constraints are named in upper case because the adapter tells them apart by name in
-- the database's error message, and the lower-case canonical values in that message never match.
-- Timestamps are UTC with microseconds, DATETIME(6) on both databases.
CREATE TABLE users (
    id                 CHAR(36)     NOT NULL,
    username           VARCHAR(300) NOT NULL,
    username_canonical VARCHAR(300) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    email_canonical    VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(255) NOT NULL,
    date_joined        DATETIME(6)  NOT NULL,
    last_login         DATETIME(6)  NULL,
    active             BOOLEAN      NOT NULL,
    roles              VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT UQ_USERS_USERNAME_CANONICAL UNIQUE (username_canonical),
    CONSTRAINT UQ_USERS_EMAIL_CANONICAL UNIQUE (email_canonical)
) ${table-options};
