package dev.lexicon.adapter.persistence.dictionary;

import static dev.lexicon.application.testing.EntryMother.anEntry;
import static dev.lexicon.application.testing.EntryMother.uniqueNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.application.port.out.DictionaryRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.user.User;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How MariaDB reads a page of entries. Given a range of the primary key, it would first estimate
 * the range's rows by reading pages of whole rows that the page never returns (migration V7), and
 * with rows in the table it prefers the primary key unless the query names the narrow index.
 */
@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbEntryPagePlanTest {

  @Inject ConnectionOperations<Connection> connections;
  @Inject UserRepository users;
  @Inject DictionaryRepository entries;

  @Test
  void a_page_is_read_through_the_narrow_index_of_the_keys() {
    String prefix = uniqueNamespace();
    addEntries(prefix, 60);

    assertEquals("ix_dictionary_entries_keys", indexChosenForFirstPage(prefix));
  }

  private void addEntries(String prefix, int count) {
    User owner = UserMother.aUser();
    users.add(owner);
    for (int i = 0; i < count; i++) {
      entries.addIfAbsent(anEntry(owner, prefix + i, "value"));
    }
  }

  private String indexChosenForFirstPage(String prefix) {
    return connections.executeRead(
        status -> {
          try {
            return explainFirstPage(status.getConnection(), prefix);
          } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN of the page query failed", e);
          }
        });
  }

  private static String explainFirstPage(Connection connection, String prefix) throws SQLException {
    try (PreparedStatement explain =
        connection.prepareStatement("EXPLAIN " + EntryReads.SELECT_PAGE)) {
      EntryReads.bindPage(explain, KeyRange.startingWith(prefix), new byte[0], 51);
      try (ResultSet plan = explain.executeQuery()) {
        plan.next();
        return plan.getString("key");
      }
    }
  }
}
