package dev.lexicon.adapter.web.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One check per key at a time: a caller that asks while the key's check runs gets that check's
 * result instead of starting its own. Many requests presenting one token arrive together (a client
 * with a pool of connections and a new token, or every request of a session the moment its
 * remembered yes lapses), and without this each one took a blocking thread and a database
 * connection to ask the same question.
 *
 * <p>Nothing is kept once a check ends: the next caller starts a new one, so a refusal or a failure
 * is never served to a request that came after it.
 */
final class SingleFlight<K, V> {

  private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();
  private final Executor executor;

  SingleFlight(Executor executor) {
    this.executor = executor;
  }

  /**
   * The result of the check running for {@code key}, or of {@code check} started on the executor
   * when none runs. The future completes with {@code null} when the check's answer is {@code null}.
   */
  CompletableFuture<V> ask(K key, Supplier<V> check) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = this.running.putIfAbsent(key, mine);
    if (running != null) {
      return running;
    }
    try {
      executor.execute(() -> settle(key, mine, check));
    } catch (RuntimeException refused) {
      this.running.remove(key, mine);
      mine.completeExceptionally(refused);
    }
    return mine;
  }

  /**
   * The check leaves the map before its callers hear the answer, so a later caller never gets it.
   */
  private void settle(K key, CompletableFuture<V> mine, Supplier<V> check) {
    V answer = null;
    Throwable failure = null;
    try {
      answer = check.get();
    } catch (Throwable t) {
      failure = t;
    }
    running.remove(key, mine);
    if (failure == null) {
      mine.complete(answer);
    } else {
      mine.completeExceptionally(failure);
    }
  }
}
