package dev.lexicon.adapter.persistence.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The file of an embedded H2 database, checked before the service opens it. H2 opens a truncated or
 * emptied file as a new, empty database, and Flyway would then build a fresh schema in it: the
 * service would start with every account and entry gone and nobody told. So once the schema has
 * been built, a marker beside the file remembers it, and a later start refuses a file that cannot
 * be read or holds no schema, with a message that names the file and what to do.
 */
final class EmbeddedStoreFile {

  private static final String URL_PREFIX = "jdbc:h2:file:";
  private static final String SCHEMA_HISTORY = "flyway_schema_history";

  private final String url;
  private final Path database;
  private final Path marker;

  private EmbeddedStoreFile(String url, String basePath) {
    this.url = url;
    this.database = Path.of(basePath + ".mv.db");
    this.marker = Path.of(basePath + ".initialized");
  }

  /** The file behind a JDBC URL, when it names a file-backed H2 database. */
  static Optional<EmbeddedStoreFile> of(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith(URL_PREFIX)) {
      return Optional.empty();
    }
    int settings = jdbcUrl.indexOf(';');
    String basePath =
        jdbcUrl.substring(URL_PREFIX.length(), settings < 0 ? jdbcUrl.length() : settings);
    return Optional.of(new EmbeddedStoreFile(jdbcUrl, basePath));
  }

  /**
   * @throws DamagedStore when the file cannot be read, or lost the schema it held
   */
  void requireIntact(String user, String password) {
    boolean heldSchema = Files.exists(marker);
    if (!Files.exists(database)) {
      if (heldSchema) {
        throw damaged("is missing");
      }
      return;
    }
    // Read-only, so that H2 writes nothing into a damaged file while it is examined.
    try (Connection connection =
            DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", user, password);
        ResultSet history = connection.getMetaData().getTables(null, null, SCHEMA_HISTORY, null)) {
      if (heldSchema && !history.next()) {
        throw damaged("holds no schema, though it held one");
      }
    } catch (SQLException unreadable) {
      if (heldSchema || size() > 0) {
        throw damaged(
            "cannot be read (" + unreadable.getMessage().lines().findFirst().orElse("") + ")");
      }
    }
  }

  /** Remembers that the file now holds the schema. */
  void markInitialized() {
    if (Files.exists(marker)) {
      return;
    }
    try {
      // Owner-only like the database beside it, on file systems that have POSIX permissions.
      if (marker.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            marker,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          marker,
          "The database beside this file holds Lexicon's schema; without it the service refuses"
              + " to start.\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long size() {
    try {
      return Files.size(database);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private DamagedStore damaged(String what) {
    Path file = database.toAbsolutePath().normalize();
    return new DamagedStore(
        "The embedded database "
            + file
            + " "
            + what
            + ". Lexicon does not start on it, and will not put an empty database in its place."
            + " Restore the file from a backup (stop the service, copy the backup to "
            + file
            + "), or salvage what it holds with H2's recovery tool, which lexicon.jar carries: java -cp lexicon.jar"
            + " org.h2.tools.Recover -dir "
            + file.getParent()
            + " -db "
            + file.getFileName().toString().replace(".mv.db", "")
            + ". Then start the service again.");
  }

  /** The embedded database cannot serve: starting on it would lose or hide data. */
  static final class DamagedStore extends RuntimeException {

    DamagedStore(String message) {
      super(message, null, false, false);
    }
  }
}
