package dev.lexicon.adapter.persistence.durability;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator at start-up when MySQL or MariaDB would not keep a committed write through a
 * power loss or an OS crash: InnoDB must flush its log at every commit
 * (innodb_flush_log_at_trx_commit=1), and with a binary log it must sync that too (sync_binlog=1).
 * These are server-wide settings the service cannot change with an application account, so it
 * checks and warns; a process crash of the server loses nothing either way.
 */
@Singleton
@Requires(property = "datasources.default.dialect", value = "MYSQL")
class InnoDbDurabilityCheck {

  private static final Logger LOG = LoggerFactory.getLogger(InnoDbDurabilityCheck.class);

  private final DataSource dataSource;

  InnoDbDurabilityCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Connectable: the data source hands out connections only inside a connection's scope. */
  @EventListener
  @Connectable
  void onStartup(StartupEvent started) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "SELECT @@innodb_flush_log_at_trx_commit, @@log_bin, @@sync_binlog")) {
      settings.next();
      int flushAtCommit = settings.getInt(1);
      boolean binaryLog = settings.getInt(2) == 1;
      int syncBinlog = settings.getInt(3);
      if (flushAtCommit != 1) {
        LOG.warn(
            "innodb_flush_log_at_trx_commit={}: the database server may lose acknowledged writes"
                + " in a power loss or an OS crash. Set it to 1 for full durability.",
            flushAtCommit);
      }
      if (binaryLog && syncBinlog != 1) {
        LOG.warn(
            "sync_binlog={}: the binary log (replication, point-in-time recovery) may miss"
                + " acknowledged writes after a power loss or an OS crash. Set it to 1.",
            syncBinlog);
      }
    } catch (SQLException unreadable) {
      LOG.warn("Could not read the database server's durability settings", unreadable);
    }
  }
}
