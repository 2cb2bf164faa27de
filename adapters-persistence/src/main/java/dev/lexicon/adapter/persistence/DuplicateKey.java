package dev.lexicon.adapter.persistence;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises the database refusing a row because a unique key already holds its value. Only that
 * refusal: a foreign-key violation is in the same SQLSTATE class 23 and must not pass for a taken
 * key.
 */
public final class DuplicateKey {

  /** H2 uses the SQL standard's state for a unique violation. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** MySQL and MariaDB report every integrity violation as 23000 and tell them apart by code. */
  private static final String MYSQL_INTEGRITY_VIOLATION = "23000";

  private static final int MYSQL_DUPLICATE_ENTRY = 1062;

  private DuplicateKey() {}

  /** The duplicate-key error among the causes of {@code failure}, when that is what it is. */
  public static Optional<SQLException> causeOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isDuplicateKey(sql)) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  private static boolean isDuplicateKey(SQLException sql) {
    return UNIQUE_VIOLATION.equals(sql.getSQLState())
        || (MYSQL_INTEGRITY_VIOLATION.equals(sql.getSQLState())
            && sql.getErrorCode() == MYSQL_DUPLICATE_ENTRY);
  }
}
