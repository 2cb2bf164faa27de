package dev.lexicon.logging;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import dev.lexicon.adapter.web.observability.RequestRecorder;

/**
 * The service's log: every line on standard output, the access log's in batches. Configured in code
 * because Logback's XML configuration (its XML parser and the model built from the file) took 41 ms
 * of the main thread's CPU in a profiled start, against 13 ms for this, on a start that takes
 * little more than a second. A file named by {@code -Dlogback.configurationFile} replaces this
 * configuration, as it would a logback.xml.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ServiceLogConfigurator extends ContextAwareBase implements Configurator {

  private static final long ACCESS_LOG_DELAY_MILLIS = 200;
  private static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX,UTC} %-5level [%thread] %logger{36} [%X{requestId:--}] -"
          + " %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();

    BatchingConsoleAppender standardOutput = new BatchingConsoleAppender();
    standardOutput.setContext(context);
    standardOutput.setName("STDOUT");
    standardOutput.setBatchedLogger(RequestRecorder.ACCESS_LOG);
    standardOutput.setFlushIntervalMillis(ACCESS_LOG_DELAY_MILLIS);
    standardOutput.setEncoder(encoder);
    standardOutput.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(standardOutput);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
