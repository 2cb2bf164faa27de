package dev.lexicon.adapter.persistence.dictionary;

/**
 * The two ways a page of entries can be read (decision 29). Both read the same range in key order
 * and return the same rows; they differ in what MariaDB reads to estimate the range's rows before
 * it reads them. Keyset pagination: the range bounds the prefix and the cursor, with no LIKE, whose
 * {@code _} and {@code %} a prefix may contain.
 */
enum EntryPagePlan {

  /**
   * The estimate reads up to ten leaves of whole rows, a scan of pages already in memory while the
   * table fits in the buffer pool, and the page's rows come straight from the leaves that cluster
   * them. MySQL and MariaDB only: H2 names its primary key differently.
   */
  PRIMARY_KEY("PRIMARY"),

  /**
   * The estimate reads the narrow index of the keys (migration V7, decision 28), whose leaves hold
   * hundreds of keys, and each row is then looked up in the primary key: one descent more per row,
   * but no page of rows the listing never returns, which is what keeps a table larger than the
   * buffer pool from reading the disk on every listing.
   */
  KEY_INDEX("ix_dictionary_entries_keys");

  private final String sql;

  EntryPagePlan(String index) {
    this.sql =
        "SELECT "
            + StoredEntryRow.COLUMNS
            + " FROM dictionary_entries USE INDEX ("
            + index
            + ")"
            + " WHERE entry_key >= ? AND entry_key < ? AND entry_key > ?"
            + " ORDER BY entry_key"
            + " LIMIT ?";
  }

  /**
   * The plan for a table of {@code tableBytes} of rows in a buffer pool of {@code bufferPoolBytes}.
   * Half the pool, because the pool also caches the other tables and the other databases on the
   * server, and an estimate that misses the pool costs far more than the lookups it saved.
   */
  static EntryPagePlan forTable(long tableBytes, long bufferPoolBytes) {
    return tableBytes <= bufferPoolBytes / 2 ? PRIMARY_KEY : KEY_INDEX;
  }

  /** The statement, whose parameters {@link EntryReads#bindPage} binds. */
  String sql() {
    return sql;
  }
}
