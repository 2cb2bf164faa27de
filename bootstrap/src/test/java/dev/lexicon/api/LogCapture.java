package dev.lexicon.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records every log event while it is open, at the levels the service logs at in production (INFO
 * and above), and renders each as a line with its logger, MDC and full stack trace, which is all a
 * log file would hold.
 */
final class LogCapture implements AutoCloseable {

  private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  private final Level previousLevel = root.getLevel();
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final PatternLayout layout = new PatternLayout();

  LogCapture() {
    LoggerContext context = root.getLoggerContext();
    layout.setContext(context);
    layout.setPattern("%-5level [%thread] %logger [%mdc] - %msg%n%xEx");
    layout.start();
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.INFO);
  }

  List<ILoggingEvent> events() {
    return List.copyOf(appender.list);
  }

  List<String> lines() {
    return events().stream().map(layout::doLayout).toList();
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    root.setLevel(previousLevel);
    appender.stop();
    layout.stop();
  }
}
