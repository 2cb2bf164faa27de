package db.migration;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.domain.user.LoginName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the login names of the users that exist, in NFKC_Casefold form. That form is computed
 * by Unicode's algorithm in the domain (no database has it), hence a Java migration.
 *
 * <p>Collisions: before this migration names were unique only after lower-casing, and usernames and
 * emails were separate namespaces, so two accounts may now share a login name ({@code bob} and
 * fullwidth {@code ｂｏｂ}, or one's username and another's email). Accounts are taken in the order
 * they joined: the earlier account keeps the name, and the later one is deactivated and its
 * sessions revoked, because its name now also logs in to someone else's account and would pass for
 * it. Nothing of it is deleted: its entries stay, and an administrator can reactivate it once it
 * holds no name that another account holds. Each collision is logged with both account ids.
 */
public class V5__Register_login_names extends BaseJavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(V5__Register_login_names.class);

  private record Account(String id, String username, String email) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    Map<String, String> holders = new LinkedHashMap<>();
    List<String> collided = new ArrayList<>();
    for (Account account : accountsInJoiningOrder(connection)) {
      Map<String, String> names = new LinkedHashMap<>();
      names.put(LoginName.of(account.username()).fingerprint(), "USERNAME");
      names.putIfAbsent(LoginName.of(account.email()).fingerprint(), "EMAIL");
      Set<String> heldByOthers = new HashSet<>(names.keySet());
      heldByOthers.retainAll(holders.keySet());
      for (String name : heldByOthers) {
        LOG.warn(
            "Account {} shares a login name with the earlier account {}: it is deactivated",
            account.id(),
            holders.get(name));
      }
      if (!heldByOthers.isEmpty()) {
        collided.add(account.id());
      }
      for (var name : names.entrySet()) {
        if (!heldByOthers.contains(name.getKey())) {
          holders.put(name.getKey(), account.id());
          insertName(connection, name.getKey(), account.id(), name.getValue());
        }
      }
    }
    for (String id : collided) {
      deactivate(connection, id);
    }
  }

  private static List<Account> accountsInJoiningOrder(Connection connection) throws SQLException {
    List<Account> accounts = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, username, email FROM users ORDER BY date_joined, id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        accounts.add(new Account(rows.getString(1), rows.getString(2), rows.getString(3)));
      }
    }
    return accounts;
  }

  private static void insertName(Connection connection, String name, String userId, String kind)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO login_names (name_hash, user_id, kind) VALUES (?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, userId);
      insert.setString(3, kind);
      insert.executeUpdate();
    }
  }

  private static void deactivate(Connection connection, String userId) throws SQLException {
    try (PreparedStatement user =
            connection.prepareStatement(
                "UPDATE users SET active = FALSE, version = version + 1 WHERE id = ?");
        PreparedStatement sessions =
            connection.prepareStatement(
                "UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")) {
      user.setString(1, userId);
      user.executeUpdate();
      sessions.setString(1, Timestamps.toText(Instant.now()));
      sessions.setString(2, userId);
      sessions.executeUpdate();
    }
  }
}
