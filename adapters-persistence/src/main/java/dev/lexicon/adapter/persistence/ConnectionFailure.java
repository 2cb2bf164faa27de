package dev.lexicon.adapter.persistence;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure to reach the database, as opposed to the database refusing a statement.
 * HikariCP reports an exhausted wait for a connection as {@link SQLTransientConnectionException};
 * drivers report a refused or broken connection as a connection exception class (SQLSTATE class 08,
 * which MySQL Connector/J also raises as {@link SQLRecoverableException}). When a connection dies
 * in the middle of a statement, Micronaut Data then fails to reset it and throws its own {@link
 * ConnectionException}, which hides the driver's exception entirely.
 */
final class ConnectionFailure {

  private static final String CONNECTION_EXCEPTION_CLASS = "08";

  /** A cause chain longer than this is a cycle or a pathology; either way it is not ours. */
  private static final int MAX_DEPTH = 32;

  private ConnectionFailure() {}

  static boolean isCauseOf(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (isConnectionFailure(cause)) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable failure) {
    if (failure instanceof SQLTransientConnectionException
        || failure instanceof SQLNonTransientConnectionException
        || failure instanceof SQLRecoverableException) {
      return true;
    }
    if (failure instanceof SQLException sql) {
      return sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }
    // A missing connection in a propagation that requires one is a bug, not an outage.
    return failure instanceof ConnectionException && !(failure instanceof NoConnectionException);
  }
}
