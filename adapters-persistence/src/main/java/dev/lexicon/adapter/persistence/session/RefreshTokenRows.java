package dev.lexicon.adapter.persistence.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface RefreshTokenRows extends GenericRepository<RefreshTokenRow, String> {

  void save(RefreshTokenRow row);

  Optional<RefreshTokenRow> findById(String tokenHash);

  /**
   * The check and the write are one statement: of concurrent callers, the database lets exactly one
   * change the row, and the others find it retired already and change nothing.
   */
  @Query(
      "UPDATE refresh_tokens SET retired_at = :now"
          + " WHERE token_hash = :tokenHash AND retired_at IS NULL")
  int retireIfCurrent(String tokenHash, String now);

  @Query("DELETE FROM refresh_tokens WHERE expires_at < :instant")
  int deleteExpiredBefore(String instant);
}
