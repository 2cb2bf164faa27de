package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class FirstSignalTest {

  @Test
  void an_item_given_while_subscribing_completes_the_future_at_once() {
    CompletableFuture<String> first = FirstSignal.of(Mono.just("alice"));

    assertTrue(first.isDone());
    assertEquals("alice", first.getNow(null));
  }

  @Test
  void a_publisher_that_completes_empty_gives_null() {
    CompletableFuture<String> first = FirstSignal.of(Mono.empty());

    assertTrue(first.isDone());
    assertNull(first.getNow("not null"));
  }

  @Test
  void a_failing_publisher_fails_the_future_with_its_error() {
    IllegalStateException failure = new IllegalStateException("broken");

    ExecutionException thrown =
        assertThrows(ExecutionException.class, () -> FirstSignal.of(Mono.error(failure)).get());
    assertSame(failure, thrown.getCause());
  }

  @Test
  void a_publisher_that_throws_when_subscribed_to_fails_the_future() {
    IllegalStateException failure = new IllegalStateException("broken");
    Publisher<String> throwing =
        subscriber -> {
          throw failure;
        };

    ExecutionException thrown =
        assertThrows(ExecutionException.class, () -> FirstSignal.of(throwing).get());
    assertSame(failure, thrown.getCause());
  }

  @Test
  void an_item_given_later_completes_the_future_when_it_comes() {
    Sinks.One<String> later = Sinks.one();

    CompletableFuture<String> first = FirstSignal.of(later.asMono());
    assertFalse(first.isDone());

    later.tryEmitValue("alice");
    assertEquals("alice", first.getNow(null));
  }

  @Test
  void only_one_item_is_asked_for_and_the_rest_is_cancelled() {
    AtomicLong requested = new AtomicLong();
    AtomicBoolean cancelled = new AtomicBoolean();

    FirstSignal.of(
        Flux.range(1, 10).doOnRequest(requested::addAndGet).doOnCancel(() -> cancelled.set(true)));

    assertEquals(1, requested.get());
    assertTrue(cancelled.get());
  }
}
