package dev.lexicon.adapter.persistence.login;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface LoginThrottleRows extends GenericRepository<LoginThrottleRow, String> {

  /** Refused by the primary key when the key has its row already. */
  void save(LoginThrottleRow row);

  @Query("SELECT throttle_key FROM login_throttles WHERE throttle_key = :throttleKey FOR UPDATE")
  List<String> lock(String throttleKey);

  /** Keys without attempts left, after their attempts aged out. */
  @Query(
      "DELETE FROM login_throttles WHERE NOT EXISTS"
          + " (SELECT 1 FROM login_attempts a WHERE a.throttle_key = login_throttles.throttle_key)")
  int deleteUnused();
}
