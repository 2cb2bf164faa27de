package dev.lexicon.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ConnectionFailureTest {

  static RuntimeException wrapped(Throwable cause) {
    return new DataAccessException("Error executing SQL", cause);
  }

  @Test
  void a_pool_that_waited_in_vain_for_a_connection_is_a_connection_failure() {
    assertTrue(
        ConnectionFailure.isCauseOf(
            wrapped(new SQLTransientConnectionException("Connection is not available"))));
  }

  @Test
  void a_link_broken_under_a_statement_is_a_connection_failure() {
    // MySQL Connector/J's CommunicationsException is one of these.
    assertTrue(
        ConnectionFailure.isCauseOf(
            wrapped(new SQLRecoverableException("Communications link failure", "08S01"))));
  }

  @Test
  void any_exception_of_sqlstate_class_08_is_a_connection_failure() {
    assertTrue(ConnectionFailure.isCauseOf(wrapped(new SQLException("refused", "08001"))));
  }

  @Test
  void a_connection_that_died_and_could_not_be_reset_is_a_connection_failure() {
    assertTrue(
        ConnectionFailure.isCauseOf(
            new ConnectionException(
                "Could not set JDBC Connection read-only",
                new SQLException("Connection is closed"))));
  }

  @Test
  void a_missing_connection_where_one_is_required_is_a_bug_not_an_outage() {
    assertFalse(ConnectionFailure.isCauseOf(new NoConnectionException()));
  }

  @Test
  void a_duplicate_key_is_not_a_connection_failure() {
    assertFalse(
        ConnectionFailure.isCauseOf(
            wrapped(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))));
  }

  @Test
  void a_statement_the_database_rejects_is_not_a_connection_failure() {
    assertFalse(
        ConnectionFailure.isCauseOf(wrapped(new SQLSyntaxErrorException("bad SQL", "42000"))));
  }

  @Test
  void a_cause_chain_that_loops_ends() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);

    assertFalse(ConnectionFailure.isCauseOf(first));
  }
}
