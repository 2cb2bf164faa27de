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

  /**
   * Keyset pagination in key order: the range bounds the prefix and the cursor. No LIKE, whose
   * {@code _} and {@code %} a prefix may contain. The range is read through the narrow index of the
   * keys (migration V7, decision 28), because MariaDB estimates a range's rows before reading them,
   * and over the primary key that estimate reads up to ten pages of whole rows the page never
   * returns. The rows are then looked up in the primary key, which clusters them by key, so a page
   * still reads one or two leaves of rows at any depth.
   */
  static final String SELECT_PAGE =
      "SELECT "
          + StoredEntryRow.COLUMNS
          + " FROM dictionary_entries USE INDEX (ix_dictionary_entries_keys)"
          + " WHERE entry_key >= ? AND entry_key < ? AND entry_key > ?"
          + " ORDER BY entry_key"
          + " LIMIT ?";

  /** What MySQL Connector/J calls the database, MariaDB's included. */
  private static final String MYSQL = "MySQL";

  private final ConnectionOperations<Connection> connections;

  EntryReads(ConnectionOperations<Connection> connections) {
    this.connections = connections;
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
   * Reads entries until {@code bounds} stop it. MySQL Connector/J would read the whole result into
   * memory before handing over the first row, up to a thousand values of 64 KiB; asked to stream,
   * it reads a row at a time, and closing the result early discards the rest as it arrives. H2
   * hands over rows from its own page cache either way and refuses a negative fetch size. Each row
   * becomes an entry as it is read, so the bound adds up the length the entry's value has counted.
   */
  List<DictionaryEntry> findPage(
      KeyRange range,
      byte[] after,
      PageReadBounds bounds,
      Function<StoredEntryRow, DictionaryEntry> toEntry) {
    return connections.executeRead(
        status -> {
          Connection connection = status.getConnection();
          try (PreparedStatement statement = connection.prepareStatement(SELECT_PAGE)) {
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

  /** Binds {@link #SELECT_PAGE}'s parameters: the range, the key read last, the most rows. */
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
