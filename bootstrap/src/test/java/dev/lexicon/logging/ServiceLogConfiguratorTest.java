package dev.lexicon.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceLogConfiguratorTest {

  private final LoggerContext context = new LoggerContext();
  private final ByteArrayOutputStream standardOutput = new ByteArrayOutputStream();
  private final ServiceLogConfigurator configurator = new ServiceLogConfigurator();
  private PrintStream originalOut;
  private String configurationFile;

  @BeforeEach
  void captureStandardOutputWithoutAConfigurationFile() {
    context.setMDCAdapter(new LogbackMDCAdapter());
    configurator.setContext(context);
    originalOut = System.out;
    System.setOut(new PrintStream(standardOutput, true, StandardCharsets.UTF_8));
    // The build names the tests' own file for every test of this module.
    configurationFile = System.clearProperty(ClassicConstants.CONFIG_FILE_PROPERTY);
  }

  @AfterEach
  void restore() {
    context.stop();
    System.setOut(originalOut);
    if (configurationFile != null) {
      System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, configurationFile);
    }
  }

  @Test
  void it_is_the_whole_configuration() {
    assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));
  }

  @Test
  void the_log_holds_info_and_above() {
    configurator.configure(context);

    assertEquals(Level.INFO, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
  }

  @Test
  void a_line_names_the_utc_time_level_thread_logger_and_request_id() {
    configurator.configure(context);
    context.getMDCAdapter().put("requestId", "req-1");

    context.getLogger("dev.lexicon.Something").info("hello");

    assertTrue(
        Pattern.matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\[[^]]+\\]"
                + " dev\\.lexicon\\.Something \\[req-1\\] - hello\\R",
            written()),
        written());
  }

  @Test
  void a_line_outside_a_request_shows_a_dash_for_its_id() {
    configurator.configure(context);

    context.getLogger("dev.lexicon.Something").info("hello");

    assertTrue(written().contains(" dev.lexicon.Something [-] - hello"), written());
  }

  @Test
  void access_lines_are_batched() {
    configurator.configure(context);

    context.getLogger("lexicon.access").info("method=GET");

    assertEquals("", written());
  }

  @Test
  void a_configuration_file_named_by_the_system_property_takes_its_place() {
    System.setProperty(ClassicConstants.CONFIG_FILE_PROPERTY, "elsewhere.xml");

    ExecutionStatus status = configurator.configure(context);

    assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, status);
    assertFalse(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
  }

  private String written() {
    return standardOutput.toString(StandardCharsets.UTF_8);
  }
}
