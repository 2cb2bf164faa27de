package dev.lexicon.adapter.persistence.login;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface LoginFailureRows extends GenericRepository<LoginFailureRow, Long> {

  void save(LoginFailureRow row);

  /** A range on the (user_id, failed_at) index: one account's failures inside the window. */
  @Query(
      "SELECT id, user_id, failed_at FROM login_failures"
          + " WHERE user_id = :userId AND failed_at > :since")
  List<LoginFailureRow> findSince(String userId, String since);

  @Query("DELETE FROM login_failures WHERE user_id = :userId")
  void deleteOf(String userId);

  @Query("DELETE FROM login_failures WHERE failed_at < :instant")
  int deleteBefore(String instant);
}
