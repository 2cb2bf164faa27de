-- A second index of the keys alone, which pages of entries are read through (EntryReads, decision
-- 28). Before MariaDB reads a range of the primary key, it estimates the rows in the range by
-- reading up to ten leaf pages between its ends, and those are pages of whole rows: a prefix of
-- 1,000 entries of 260 bytes spans seventeen of them. Once the table outgrows the buffer pool,
-- those reads miss, for rows the page never returns. This index holds hundreds of short keys a
-- page, so the same estimate reads one or two pages. Unique, so that an equality on the key, as in
-- every update and delete, is not estimated through it either.
CREATE UNIQUE INDEX ix_dictionary_entries_keys ON dictionary_entries (entry_key);
