package dev.lexicon.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** ANSI: these plain statements over unquoted names are the same on every supported database. */
@JdbcRepository(dialect = Dialect.ANSI)
interface LoginNameRows extends GenericRepository<LoginNameRow, String> {

  /** Refused by the primary key when another account holds the name. */
  void save(LoginNameRow row);

  @Query("DELETE FROM login_names WHERE user_id = :userId AND kind = :kind")
  void deleteOf(String userId, String kind);
}
