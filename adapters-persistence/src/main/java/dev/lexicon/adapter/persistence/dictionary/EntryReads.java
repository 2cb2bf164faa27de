package dev.lexicon.adapter.persistence.dictionary;

import dev.lexicon.application.port.out.PageReadBounds;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reads of entries, the hot paths of the service, in plain JDBC on Micronaut Data's connections
 * (a transaction's own, when one is open). Micronaut Data would read a DATETIME either as text,
 * which MySQL Connector/J formats with {@code String.format} for us to parse back, for every
 * timestamp of every row, or as a {@code java.sql.Timestamp}, which passes through the JVM's time
 * zone; see {@link StoredEntryRow}. Columns are read by position, not looked up by name.
 */
@Singleton
class EntryReads {

  private static final String SELECT_BY_KEY =
      "SELECT " + StoredEntryRow.COLUMNS + " FROM dictionary_entries WHERE entry_key = ?";

  /** What MySQL Connector/J calls the database, MariaDB's included. */
  private static final String MYSQL = "MySQL";

  private final ConnectionOperations<Connection> connections;
  private final EntryPagePlans plans;

  EntryReads(ConnectionOperations<Connection> connections, EntryPagePlans plans) {
    this.connections = connections;
    this.plans = plans;
  }

  Optional<StoredEntryRow> findByKey(byte[] key) {
    return query(
            SELECT_BY_KEY,
            statement -> {
              statement.setBytes(1, key);
            },
            1)
        .stream()
        .findFirst();
  }

  /**
   * Reads entries in key order until {@code bounds} stop it, with the plan in use. MySQL
   * Connector/J would read the whole result into memory before handing over the first row, up to a
   * thousand values of 64 KiB; asked to stream, it reads a row at a time, and closing the result
   * early discards the rest as it arrives. H2 hands over rows from its own page cache either way
   * and refuses a negative fetch size. Each row becomes an entry as it is read, so the bound adds
   * up the length the entry's value has counted.
   */
  List<DictionaryEntry> findPage(
      KeyRange range,
      byte[] after,
      PageReadBounds bounds,
      Function<StoredEntryRow, DictionaryEntry> toEntry) {
    return connections.executeRead(
        status -> {
          Connection connection = status.getConnection();
          try (PreparedStatement statement = connection.prepareStatement(plans.current().sql())) {
            bindPage(statement, range, after, bounds.entries());
            if (streamsRows(connection)) {
              statement.setFetchSize(Integer.MIN_VALUE);
            }
            try (ResultSet rows = statement.executeQuery()) {
              List<DictionaryEntry> read = new ArrayList<>();
              long valueBytes = 0;
              while (bounds.readsOn(read.size(), valueBytes) && rows.next()) {
                DictionaryEntry entry = toEntry.apply(StoredEntryRow.read(rows));
                read.add(entry);
                valueBytes += entry.value().utf8Length();
              }
              return read;
            }
          } catch (SQLException e) {
            throw new DataAccessException(
                "Reading dictionary entries failed: " + e.getMessage(), e);
          }
        });
  }

  /**
   * Binds the parameters of an {@link EntryPagePlan}'s statement: the range, the key read last, the
   * most rows.
   */
  static void bindPage(PreparedStatement statement, KeyRange range, byte[] after, int entries)
      throws SQLException {
    statement.setBytes(1, range.from());
    statement.setBytes(2, range.to());
    statement.setBytes(3, after);
    statement.setInt(4, entries);
  }

  private static boolean streamsRows(Connection connection) throws SQLException {
    return MYSQL.equals(connection.getMetaData().getDatabaseProductName());
  }

  private List<StoredEntryRow> query(String sql, StatementParameters parameters, int expectedRows) {
    return connections.executeRead(
        status -> {
          try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
            parameters.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
              List<StoredEntryRow> read = new ArrayList<>(expectedRows);
              while (rows.next()) {
                read.add(StoredEntryRow.read(rows));
              }
              return read;
            }
          } catch (SQLException e) {
            throw new DataAccessException(
                "Reading dictionary entries failed: " + e.getMessage(), e);
          }
        });
  }
}
