package dev.lexicon.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * ANSI because these plain statements over unquoted names are the same on every database the
 * adapter serves; the datasource's own dialect is set in configuration.
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface UserRows extends GenericRepository<UserRow, String> {

  String COLUMNS =
      "id, username, username_canonical, email, email_canonical, password_hash, date_joined,"
          + " last_login, active, roles";

  void save(UserRow row);

  void update(UserRow row);

  Optional<UserRow> findById(String id);

  Optional<UserRow> findByUsernameCanonical(String usernameCanonical);

  Optional<UserRow> findByEmailCanonical(String emailCanonical);

  /**
   * Keyset pagination on the primary key, so a page costs the same at any depth. The ids are
   * lower-case UUID text, which both databases order as Java orders the strings.
   */
  @Query("SELECT " + COLUMNS + " FROM users WHERE id > :after ORDER BY id LIMIT :limit")
  List<UserRow> findPage(String after, int limit);

  /**
   * Roles are one comma-separated column (see UserRowMapper); commas on both sides match a whole
   * role name, never a longer name that contains it.
   */
  @Query(
      "SELECT COUNT(*) FROM users"
          + " WHERE active = TRUE AND CONCAT(',', roles, ',') LIKE CONCAT('%,', :role, ',%')")
  long countActiveWithRole(String role);
}
