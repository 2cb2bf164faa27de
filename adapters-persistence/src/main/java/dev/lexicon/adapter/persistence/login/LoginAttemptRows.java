package dev.lexicon.adapter.persistence.login;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface LoginAttemptRows extends GenericRepository<LoginAttemptRow, Long> {

  LoginAttemptRow save(LoginAttemptRow row);

  /** A range on the (throttle_key, attempted_at) index: one key's attempts inside the window. */
  @Query(
      "SELECT id, throttle_key, attempted_at, failed FROM login_attempts"
          + " WHERE throttle_key = :throttleKey AND attempted_at > :since")
  List<LoginAttemptRow> findSince(String throttleKey, String since);

  @Query("UPDATE login_attempts SET failed = TRUE WHERE id = :id")
  void fail(long id);

  @Query("DELETE FROM login_attempts WHERE id = :id")
  void delete(long id);

  @Query("DELETE FROM login_attempts WHERE attempted_at < :instant")
  int deleteBefore(String instant);
}
