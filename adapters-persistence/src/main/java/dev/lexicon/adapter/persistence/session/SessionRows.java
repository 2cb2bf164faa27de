package dev.lexicon.adapter.persistence.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface SessionRows extends GenericRepository<SessionRow, String> {

  void save(SessionRow row);

  /** By primary key: every authenticated request asks this. */
  Optional<SessionRow> findById(String id);

  @Query("UPDATE sessions SET expires_at = :expiresAt WHERE id = :id")
  void extend(String id, String expiresAt);

  /** The condition keeps the first revocation time when a session is revoked again. */
  @Query("UPDATE sessions SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
  void revoke(String id, String now);

  @Query("UPDATE sessions SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
  void revokeAllOf(String userId, String now);

  /** Their refresh tokens go with them, by the foreign key's cascade. */
  @Query("DELETE FROM sessions WHERE expires_at < :instant")
  int deleteEndedBefore(String instant);
}
