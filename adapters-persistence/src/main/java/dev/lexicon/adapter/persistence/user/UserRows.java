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
      "u.id, u.username, u.email, u.password_hash, u.date_joined, u.last_login, u.active, u.roles,"
          + " u.version";

  /**
   * Roles are one comma-separated column (see UserRowMapper); commas on both sides match a whole
   * role name, never a longer name that contains it.
   */
  String IS_ADMIN = "CONCAT(',', u.roles, ',') LIKE '%,ADMIN,%'";

  void save(UserRow row);

  Optional<UserRow> findById(String id);

  @Query(
      "SELECT "
          + COLUMNS
          + " FROM users u JOIN login_names n ON n.user_id = u.id WHERE n.name_hash = :nameHash")
  Optional<UserRow> findByLoginName(String nameHash);

  /**
   * Keyset pagination on the primary key, so a page costs the same at any depth. The ids are
   * lower-case UUID text, which both databases order as Java orders the strings.
   */
  @Query("SELECT " + COLUMNS + " FROM users u WHERE u.id > :after ORDER BY u.id LIMIT :limit")
  List<UserRow> findPage(String after, int limit);

  /** The last login is not part of the version: logins do not conflict with each other. */
  @Query(
      "UPDATE users SET email = :email, password_hash = :passwordHash, active = :active,"
          + " roles = :roles, version = :version + 1 WHERE id = :id AND version = :version")
  int updateIfVersion(
      String id, long version, String email, String passwordHash, boolean active, String roles);

  @Query(
      "UPDATE users SET last_login = :at, password_hash = :passwordHash, version = :newVersion"
          + " WHERE id = :id AND version = :version AND active = TRUE")
  int recordLogin(String id, long version, String at, String passwordHash, long newVersion);

  /**
   * Locks the administrators' rows in one order (by id), so that two transactions that both lock
   * them cannot deadlock. Whether each is still active is read from the locked row, as it is once
   * the lock is held.
   */
  @Query("SELECT " + COLUMNS + " FROM users u WHERE " + IS_ADMIN + " ORDER BY u.id FOR UPDATE")
  List<UserRow> lockAdmins();
}
