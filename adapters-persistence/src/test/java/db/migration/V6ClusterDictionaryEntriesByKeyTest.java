package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of a dictionary whose entries were clustered by id: entries are added to a schema at
 * V5, as the earlier releases left it, and the migrations from V6 on then run over them.
 */
class V6ClusterDictionaryEntriesByKeyTest {

  private final String url = "jdbc:h2:mem:v6-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private Connection connection;
  private String owner;

  @BeforeEach
  void migrateToTheLastReleasedSchema() throws SQLException {
    flyway("5").migrate();
    connection = DriverManager.getConnection(url, "sa", "");
    owner = addUser();
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void an_existing_entry_keeps_its_id_and_value() throws SQLException {
    String id = addEntry("greeting", "hello");

    flyway(null).migrate();

    assertEquals(id + " hello", idAndValueOf("greeting"));
  }

  @Test
  void a_second_entry_with_a_taken_key_is_refused_as_a_duplicate() throws SQLException {
    addEntry("greeting", "hello");

    flyway(null).migrate();

    SQLException refused = assertThrows(SQLException.class, () -> addEntry("greeting", "again"));
    assertEquals("23505", refused.getSQLState());
  }

  @Test
  void a_second_entry_with_a_taken_id_is_refused() throws SQLException {
    String id = addEntry("greeting", "hello");

    flyway(null).migrate();

    assertThrows(SQLException.class, () -> addEntry(id, "farewell", "bye"));
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

  private String addUser() throws SQLException {
    String id = UUID.randomUUID().toString();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO users (id, username, email, password_hash, date_joined, active, roles)"
                + " VALUES (?, 'alice', 'alice@example.org', 'hash', '2026-01-01 00:00:00',"
                + " TRUE, 'USER')")) {
      insert.setString(1, id);
      insert.executeUpdate();
    }
    return id;
  }

  private String addEntry(String key, String value) throws SQLException {
    return addEntry(UUID.randomUUID().toString(), key, value);
  }

  private String addEntry(String id, String key, String value) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO dictionary_entries (id, entry_key, entry_value, version, owner_id,"
                + " owner_username, created_at, updated_at)"
                + " VALUES (?, ?, ?, 1, ?, 'alice', '2026-01-01 00:00:00', '2026-01-01 00:00:00')")) {
      insert.setString(1, id);
      insert.setBytes(2, key.getBytes(StandardCharsets.UTF_8));
      insert.setString(3, value);
      insert.setString(4, owner);
      insert.executeUpdate();
    }
    return id;
  }

  private String idAndValueOf(String key) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id, entry_value FROM dictionary_entries WHERE entry_key = ?")) {
      query.setBytes(1, key.getBytes(StandardCharsets.UTF_8));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1) + " " + rows.getString(2);
      }
    }
  }
}
