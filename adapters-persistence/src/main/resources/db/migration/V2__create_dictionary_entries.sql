-- The key is stored as its UTF-8 bytes: a binary column compares byte for byte (case- and
-- accent-sensitive) and sorts in UTF-8 byte order on both databases, where a character column
-- would follow a collation on MySQL and UTF-16 code units on H2. 1020 bytes hold 255 characters
-- of four bytes each.
CREATE TABLE dictionary_entries (
    id             CHAR(36)        NOT NULL,
    entry_key      VARBINARY(1020) NOT NULL,
    entry_value    ${long-text}    NOT NULL,
    version        BIGINT          NOT NULL,
    owner_id       CHAR(36)        NOT NULL,
    owner_username VARCHAR(300)    NOT NULL,
    created_at     DATETIME(6)     NOT NULL,
    updated_at     DATETIME(6)     NOT NULL,
    CONSTRAINT pk_dictionary_entries PRIMARY KEY (id),
    CONSTRAINT UQ_DICTIONARY_ENTRIES_ENTRY_KEY UNIQUE (entry_key),
    CONSTRAINT fk_dictionary_entries_owner FOREIGN KEY (owner_id) REFERENCES users (id)
) ${table-options};
