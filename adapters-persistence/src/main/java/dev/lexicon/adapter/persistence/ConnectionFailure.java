package dev.lexicon.adapter.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure to reach the database, as opposed to the database refusing a statement.
 * HikariCP reports an exhausted wait for a connection as {@link SQLTransientConnectionException};
 * drivers report a refused or broken connection as a connection exception class (SQLSTATE class 08,
 * which MySQL Connector/J also raises as {@link SQLRecoverableException}).
 */
final class ConnectionFailure {

  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /** A cause chain longer than this is a cycle or a pathology; either way it is not ours. */
  private static final int MAX_DEPTH = 32;

  private ConnectionFailure() {}

  static boolean isCauseOf(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof SQLRecoverableException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }
}
