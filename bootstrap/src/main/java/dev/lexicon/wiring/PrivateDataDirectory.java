package dev.lexicon.wiring;

import static java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.GROUP_READ;
import static java.nio.file.attribute.PosixFilePermission.GROUP_WRITE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_READ;
import static java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded database out of other users' reach. Its files hold password and refresh-token
 * hashes, and its directory, the data directory, also the generated signing key; under the usual
 * umask H2 would create the directory 0755 and its files 0644.
 *
 * <p>The directory is made owner-only (created 0700, or stripped of group and other bits) when the
 * datasource's configuration is created: the datasource is built from it next, and opens the
 * database, so nothing of the database exists yet. Once the service has started, the files H2 has
 * made are stripped likewise; any it makes later (a trace file, temporary files) are out of reach
 * through the directory, whatever their own mode.
 *
 * <p>Only for the embedded database in a file, and only on a file system with POSIX permissions;
 * elsewhere there is nothing this could do.
 */
@Singleton
final class PrivateDataDirectory implements BeanCreatedEventListener<BasicJdbcConfiguration> {

  private static final Logger LOG = LoggerFactory.getLogger(PrivateDataDirectory.class);
  private static final String EMBEDDED_IN_A_FILE = "jdbc:h2:file:";
  private static final Set<PosixFilePermission> NOT_THE_OWNERS =
      Set.of(GROUP_READ, GROUP_WRITE, GROUP_EXECUTE, OTHERS_READ, OTHERS_WRITE, OTHERS_EXECUTE);

  private final Path dataDir;
  private final boolean applies;

  PrivateDataDirectory(
      @Value("${lexicon.data-dir}") Path dataDir,
      @Value("${datasources.default.url:}") String databaseUrl) {
    this.dataDir = dataDir;
    this.applies =
        databaseUrl.startsWith(EMBEDDED_IN_A_FILE)
            && dataDir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Override
  public BasicJdbcConfiguration onCreated(BeanCreatedEvent<BasicJdbcConfiguration> event) {
    if (applies) {
      try {
        Files.createDirectories(
            dataDir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        closeToOthers(dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep the data directory " + dataDir + " private", e);
      }
    }
    return event.getBean();
  }

  /** By now the datasource, built at start-up, has opened the database and migrated it. */
  @EventListener
  void closeDatabaseFilesToOthers(StartupEvent event) {
    if (!applies) {
      return;
    }
    try (Stream<Path> listed = Files.list(dataDir)) {
      for (Path file : listed.filter(Files::isRegularFile).toList()) {
        closeToOthers(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the files in " + dataDir + " private", e);
    }
  }

  private static void closeToOthers(Path path) throws IOException {
    Set<PosixFilePermission> permissions = new HashSet<>(Files.getPosixFilePermissions(path));
    if (permissions.removeAll(NOT_THE_OWNERS)) {
      Files.setPosixFilePermissions(path, permissions);
      LOG.info(
          "Closed {} to other users: it is now {}",
          path,
          PosixFilePermissions.toString(permissions));
    }
  }
}
