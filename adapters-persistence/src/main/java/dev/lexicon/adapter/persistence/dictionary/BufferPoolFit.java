package dev.lexicon.adapter.persistence.dictionary;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the page plan from the size of the entries' rows against InnoDB's buffer pool (decision
 * 29), at start and every minute after: the table grows, and an operator may resize the pool while
 * the server runs. Each instance reads the sizes from the database they share, so instances need no
 * agreement; two that briefly disagree differ in cost, not in the rows they return.
 */
@Singleton
@Requires(property = "datasources.default.dialect", value = "MYSQL")
class BufferPoolFit {

  private static final Logger LOG = LoggerFactory.getLogger(BufferPoolFit.class);

  /** InnoDB's size of the clustered index, from its persistent statistics. */
  private static final String SIZES =
      "SELECT data_length, @@innodb_buffer_pool_size FROM information_schema.tables"
          + " WHERE table_schema = DATABASE() AND table_name = 'dictionary_entries'";

  private static final double MIB = 1024 * 1024;

  private final ConnectionOperations<Connection> connections;
  private final EntryPagePlans plans;

  BufferPoolFit(ConnectionOperations<Connection> connections, EntryPagePlans plans) {
    this.connections = connections;
    this.plans = plans;
  }

  /** A fixed delay never overlaps itself, so this is the only writer of the plan. */
  @Scheduled(fixedDelay = "1m")
  void refresh() {
    Sizes sizes;
    try {
      sizes = connections.executeRead(status -> read(status.getConnection()));
    } catch (RuntimeException unreadable) {
      LOG.warn(
          "Could not read the size of the entries against the buffer pool; pages stay read"
              + " through {}",
          plans.current(),
          unreadable);
      return;
    }
    EntryPagePlan chosen = EntryPagePlan.forTable(sizes.tableBytes(), sizes.poolBytes());
    if (chosen != plans.current()) {
      plans.use(chosen);
      LOG.info(
          "Pages of entries are read through {}: the entries take {} MiB, the buffer pool {} MiB",
          chosen,
          String.format(Locale.ROOT, "%.1f", sizes.tableBytes() / MIB),
          String.format(Locale.ROOT, "%.1f", sizes.poolBytes() / MIB));
    }
  }

  private static Sizes read(Connection connection) {
    try (PreparedStatement statement = connection.prepareStatement(SIZES);
        ResultSet sizes = statement.executeQuery()) {
      if (!sizes.next()) {
        throw new DataAccessException("information_schema does not list dictionary_entries");
      }
      return new Sizes(sizes.getLong(1), sizes.getLong(2));
    } catch (SQLException e) {
      throw new DataAccessException("Reading the size of the entries failed: " + e.getMessage(), e);
    }
  }

  private record Sizes(long tableBytes, long poolBytes) {}
}
