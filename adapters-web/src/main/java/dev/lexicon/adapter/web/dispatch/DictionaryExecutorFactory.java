package dev.lexicon.adapter.web.dispatch;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor the dictionary's requests run on (decision 23): one platform thread per database
 * connection, since each request holds one for its use case and a platform thread keeps the buffers
 * Jackson and Netty cache per thread; and no request is started once the oldest waiting one has
 * waited as long as a request may wait for a connection. Logins and account changes stay on
 * Micronaut's blocking executor: they may wait for a password-check slot, and must never hold these
 * threads while they do.
 */
@Factory
public class DictionaryExecutorFactory {

  /** The executor's name, for {@code @ExecuteOn}. */
  public static final String NAME = "dictionary";

  @Singleton
  DictionaryBacklog dictionaryBacklog(
      @Value("${datasources.default.connection-timeout}") long connectionTimeoutMillis) {
    return new DictionaryBacklog(Duration.ofMillis(connectionTimeoutMillis));
  }

  @Singleton
  @Named(NAME)
  @Bean(preDestroy = "shutdown")
  ExecutorService dictionaryExecutor(
      DictionaryBacklog backlog,
      @Value("${datasources.default.maximum-pool-size}") int connections) {
    AtomicInteger threads = new AtomicInteger();
    return backlog.threads(
        connections,
        task -> new Thread(task, NAME + "-executor-thread-" + threads.incrementAndGet()));
  }
}
