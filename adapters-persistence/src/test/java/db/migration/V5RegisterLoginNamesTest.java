package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.domain.user.LoginName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of a database made before login names existed: users are added to a schema at V3, as
 * the earlier releases left it, and the migrations from V4 on then run over them.
 */
class V5RegisterLoginNamesTest {

  private final String url = "jdbc:h2:mem:v5-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private Connection connection;

  @BeforeEach
  void migrateToTheLastReleasedSchema() throws SQLException {
    flyway("3").migrate();
    connection = DriverManager.getConnection(url, "sa", "");
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void each_users_username_and_email_log_in_to_it() throws SQLException {
    String id = addUser("Alice", "Alice@Example.org", "2026-01-01 00:00:00");

    flyway(null).migrate();

    assertEquals(id, holderOf("alice"));
    assertEquals(id, holderOf("alice@example.org"));
  }

  @Test
  void of_two_users_whose_names_now_collide_the_earlier_keeps_the_name() throws SQLException {
    String earlier = addUser("bob", "bob@example.org", "2026-01-01 00:00:00");
    addUser("ｂｏｂ", "fullwidth@example.org", "2026-02-01 00:00:00");

    flyway(null).migrate();

    assertEquals(earlier, holderOf("bob"));
  }

  @Test
  void the_later_of_two_colliding_users_is_deactivated_with_its_sessions_revoked()
      throws SQLException {
    addUser("a@example.org", "first@example.org", "2026-01-01 00:00:00");
    String later = addUser("second", "A@Example.org", "2026-02-01 00:00:00");
    addSession(later);

    flyway(null).migrate();

    assertEquals(false, activeOf(later));
    assertEquals(0, openSessionsOf(later));
  }

  @Test
  void the_later_colliding_user_keeps_its_other_name() throws SQLException {
    // Lower-cased, these were two names; folded, they are one.
    addUser("straße", "first@example.org", "2026-01-01 00:00:00");
    String later = addUser("STRASSE", "second@example.org", "2026-02-01 00:00:00");

    flyway(null).migrate();

    assertEquals(later, holderOf("second@example.org"));
  }

  private Flyway flyway(String target) {
    var configuration =
        Flyway.configure()
            .dataSource(url, "sa", "")
            .locations("classpath:db/migration")
            .placeholders(Map.of("long-text", "CHARACTER VARYING(65536)", "table-options", ""));
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }

  private String addUser(String username, String email, String joined) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO users (id, username, username_canonical, email, email_canonical,"
                + " password_hash, date_joined, active, roles)"
                + " VALUES (?, ?, ?, ?, ?, 'hash', ?, TRUE, 'USER')")) {
      insert.setString(1, id);
      insert.setString(2, username);
      insert.setString(3, username.toLowerCase(Locale.ROOT));
      insert.setString(4, email);
      insert.setString(5, email.toLowerCase(Locale.ROOT));
      insert.setString(6, joined);
      insert.executeUpdate();
    }
    return id;
  }

  private void addSession(String userId) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO sessions (id, user_id, created_at, expires_at)"
                + " VALUES (?, ?, '2026-03-01 00:00:00', '2026-04-01 00:00:00')")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, userId);
      insert.executeUpdate();
    }
  }

  private String holderOf(String name) throws SQLException {
    return single(
        "SELECT user_id FROM login_names WHERE name_hash = ?", LoginName.of(name).fingerprint());
  }

  private boolean activeOf(String userId) throws SQLException {
    return Boolean.parseBoolean(single("SELECT active FROM users WHERE id = ?", userId));
  }

  private int openSessionsOf(String userId) throws SQLException {
    return Integer.parseInt(
        single("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND revoked_at IS NULL", userId));
  }

  private String single(String sql, String parameter) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }
}
