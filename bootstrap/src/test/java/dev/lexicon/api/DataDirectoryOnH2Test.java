package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database holds password hashes: its directory and files are for the service's user
 * alone. One service starts on a data directory that does not exist yet, another on one that exists
 * open to everyone (0755, as a umask of 022 makes it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataDirectoryOnH2Test {

  Path created;
  Path existing;

  @BeforeAll
  void startOnce(@TempDir Path root) throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    created = root.resolve("created");
    existing = Files.createDirectory(root.resolve("existing"));
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxr-xr-x"));
    start(created);
    start(existing);
  }

  private static void start(Path dataDir) {
    ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("lexicon.data-dir", dataDir.toString(), "micronaut.server.port", "-1"))
        .close();
  }

  @Test
  void a_data_directory_the_service_creates_is_for_its_owner_only() throws IOException {
    assertEquals("rwx------", permissions(created));
  }

  @Test
  void a_data_directory_open_to_others_is_closed_to_them() throws IOException {
    assertEquals("rwx------", permissions(existing));
  }

  @Test
  void the_database_file_is_readable_by_its_owner_only() throws IOException {
    assertEquals("rw-------", permissions(created.resolve("lexicon.mv.db")));
  }

  @Test
  void no_file_in_the_data_directory_is_open_to_group_or_others() throws IOException {
    List<String> open = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(created)) {
      files = listed.toList();
    }
    for (Path file : files) {
      if (!permissions(file).endsWith("------")) {
        open.add(file.getFileName() + " " + permissions(file));
      }
    }

    // The database and the signing key at least, so that an empty directory cannot pass.
    assertTrue(files.size() >= 2, files::toString);
    assertEquals(List.of(), open);
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
