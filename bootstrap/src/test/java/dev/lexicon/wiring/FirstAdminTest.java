package dev.lexicon.wiring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.BeanContext;
import io.micronaut.context.event.StartupEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class FirstAdminTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(FirstAdmin.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  private final Level previousLevel = logger.getLevel();

  FirstAdminTest() {
    lines.start();
    logger.addAppender(lines);
    logger.setLevel(Level.INFO);
  }

  @AfterEach
  void detach() {
    logger.detachAppender(lines);
    logger.setLevel(previousLevel);
  }

  @Test
  void an_administrator_that_could_not_be_created_is_reported_with_its_name() {
    FirstAdmin firstAdmin =
        new FirstAdmin(command -> false, "root", "root@example.com", "granite owls keep it");

    firstAdmin.onStartup(new StartupEvent(BeanContext.build()));

    assertTrue(
        lines.list.stream()
            .anyMatch(
                line ->
                    line.getFormattedMessage().startsWith("No administrator created")
                        && line.getFormattedMessage().contains("'root'")),
        () -> lines.list.toString());
  }
}
