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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How MariaDB reads a page of entries under each plan (decision 29), and which plan a table that
 * fits in the buffer pool gets. With rows in the table, MariaDB prefers the primary key unless the
 * statement names the narrow index, so each plan names the index it means.
 */
@MicronautTest(environments = "mariadb", transactional = false)
@EnabledIfSystemProperty(named = "lexicon.test.mysql.url", matches = ".+")
class MariaDbEntryPagePlanTest {

  @Inject ConnectionOperations<Connection> connections;
  @Inject UserRepository users;
  @Inject DictionaryRepository entries;
  @Inject BufferPoolFit bufferPoolFit;
  @Inject EntryPagePlans plans;

  @Test
  void the_key_index_plan_reads_the_range_through_the_narrow_index_of_the_keys() {
    String prefix = uniqueNamespace();
    addEntries(prefix, 60);

    assertEquals("ix_dictionary_entries_keys", indexChosen(EntryPagePlan.KEY_INDEX, prefix));
  }

  @Test
  void the_primary_key_plan_reads_the_range_through_the_primary_key() {
    String prefix = uniqueNamespace();
    addEntries(prefix, 60);

    assertEquals("PRIMARY", indexChosen(EntryPagePlan.PRIMARY_KEY, prefix));
  }

  @Test
  void both_plans_read_the_same_page_in_key_order() {
    String prefix = uniqueNamespace();
    addEntries(prefix, 60);

    assertEquals(
        keysOfFirstPage(EntryPagePlan.PRIMARY_KEY, prefix),
        keysOfFirstPage(EntryPagePlan.KEY_INDEX, prefix));
  }

  @Test
  void a_table_that_fits_in_half_the_buffer_pool_is_read_through_the_primary_key() {
    addEntries(uniqueNamespace(), 60);

    bufferPoolFit.refresh();

    assertEquals(EntryPagePlan.PRIMARY_KEY, plans.current());
  }

  private void addEntries(String prefix, int count) {
    User owner = UserMother.aUser();
    users.add(owner);
    for (int i = 0; i < count; i++) {
      entries.addIfAbsent(anEntry(owner, prefix + i, "value"));
    }
  }

  private String indexChosen(EntryPagePlan plan, String prefix) {
    return onFirstPage(
        "EXPLAIN " + plan.sql(),
        prefix,
        explained -> {
          explained.next();
          return explained.getString("key");
        });
  }

  private List<String> keysOfFirstPage(EntryPagePlan plan, String prefix) {
    return onFirstPage(
        plan.sql(),
        prefix,
        rows -> {
          List<String> keys = new ArrayList<>();
          while (rows.next()) {
            keys.add(new String(StoredEntryRow.read(rows).entryKey(), StandardCharsets.UTF_8));
          }
          return keys;
        });
  }

  private <T> T onFirstPage(String sql, String prefix, ResultReader<T> reader) {
    return connections.executeRead(
        status -> {
          try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
            EntryReads.bindPage(statement, KeyRange.startingWith(prefix), new byte[0], 51);
            try (ResultSet result = statement.executeQuery()) {
              return reader.read(result);
            }
          } catch (SQLException e) {
            throw new IllegalStateException("The page query failed: " + sql, e);
          }
        });
  }

  @FunctionalInterface
  private interface ResultReader<T> {
    T read(ResultSet result) throws SQLException;
  }
}
