-- The key becomes the primary key of dictionary_entries, and the id stays unique beside it.
-- InnoDB stores a table's rows in the order of its primary key: clustered by a random UUID, a page
-- of 50 keys was a range on the key index followed by 50 lookups scattered over the whole table,
-- and a read by key two descents, which miss MariaDB's buffer pool once the table outgrows it.
-- Clustered by the key, a page is one range of neighbouring rows and a read one descent.
--
-- One change per statement, which H2 requires. The order is H2's too: it would let the unique id
-- borrow the primary key's index, and then refuse to drop the primary key. On InnoDB each of the
-- two primary-key statements rebuilds the table; the other two only touch an index.
ALTER TABLE dictionary_entries DROP PRIMARY KEY;
ALTER TABLE dictionary_entries ADD CONSTRAINT pk_dictionary_entries PRIMARY KEY (entry_key);
ALTER TABLE dictionary_entries DROP CONSTRAINT UQ_DICTIONARY_ENTRIES_ENTRY_KEY;
ALTER TABLE dictionary_entries ADD CONSTRAINT UQ_DICTIONARY_ENTRIES_ID UNIQUE (id);
