package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: on a damaged H2 file the service refuses to start, names the file and says what to do,
 * and never puts a new, empty database in its place (H2 itself would open a truncated file as one).
 */
class DamagedStoreOnH2Test {

  @TempDir Path dataDir;
  private Path database;

  @BeforeEach
  void aStoreThatHeldData() throws IOException {
    database = dataDir.resolve("lexicon.mv.db");
    try (EmbeddedServer server = start()) {
      ApiClient api =
          new ApiClient(
              server.getURL(),
              server.getApplicationContext().getBean(io.micronaut.json.JsonMapper.class));
      api.request("POST", "/api/v1/auth/register")
          .json(
              Map.of("username", "kept", "email", "kept@example.com", "password", ApiTest.PASSWORD))
          .send();
    }
  }

  @Test
  void a_file_cut_short_is_refused_with_a_message_that_names_it_and_what_to_do() throws Exception {
    truncateToHeaders();

    String message = refusal();

    assertTrue(message.contains(database.toAbsolutePath().normalize().toString()), message);
    assertTrue(message.contains("Restore the file from a backup"), message);
  }

  @Test
  void a_file_with_corrupted_records_is_refused() throws Exception {
    byte[] bytes = Files.readAllBytes(database);
    for (int i = 0; i < bytes.length; i += 7) {
      bytes[i] = 0x5a;
    }
    Files.write(database, bytes);

    assertTrue(refusal().contains("cannot be read"));
  }

  @Test
  void an_emptied_file_is_refused_rather_than_started_as_a_new_database() throws Exception {
    Files.write(database, new byte[0]);

    assertTrue(refusal().contains(database.toAbsolutePath().normalize().toString()));
  }

  @Test
  void a_vanished_file_is_refused_rather_than_created_anew() throws Exception {
    Files.delete(database);

    assertTrue(refusal().contains("is missing"));
  }

  @Test
  void a_refused_file_is_left_exactly_as_it_was() throws Exception {
    truncateToHeaders();
    byte[] before = Files.readAllBytes(database);

    refusal();

    assertArrayEquals(before, Files.readAllBytes(database));
  }

  @Test
  void an_intact_store_starts_again() {
    try (EmbeddedServer restarted = start()) {
      assertTrue(restarted.isRunning());
    }
  }

  /** Keeps H2's two header blocks and cuts away every chunk of data after them. */
  private void truncateToHeaders() throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
      file.setLength(8192);
    }
  }

  private String refusal() {
    RuntimeException refused = assertThrows(RuntimeException.class, this::start);
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    return messages.toString();
  }

  private EmbeddedServer start() {
    return ApplicationContext.run(
        EmbeddedServer.class,
        Map.of("lexicon.data-dir", dataDir.toString(), "micronaut.server.port", "-1"));
  }
}
