package dev.lexicon.adapter.persistence.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/**
 * ANSI because these plain statements over unquoted names are the same on every database the
 * adapter serves; the datasource's own dialect is set in configuration.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface UserRows extends GenericRepository<UserRow, String> {

  void save(UserRow row);

  void update(UserRow row);

  Optional<UserRow> findById(String id);

  Optional<UserRow> findByUsernameCanonical(String usernameCanonical);

  Optional<UserRow> findByEmailCanonical(String emailCanonical);
}
