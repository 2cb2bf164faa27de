package dev.lexicon.adapter.persistence.session;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface SessionRows extends GenericRepository<SessionRow, String> {

  void save(SessionRow row);

  Optional<SessionRow> findByRefreshTokenHash(String refreshTokenHash);
}
