package dev.lexicon.application.service.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.ThrottleKey;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AttemptQueueTest {

  private static final Duration NO_WAIT = Duration.ZERO;
  private static final Duration LONG_WAIT = Duration.ofSeconds(10);

  private final AttemptQueue queue = new AttemptQueue(2);
  private final ThrottleKey alice = new ThrottleKey("account:alice");
  private final ThrottleKey bob = new ThrottleKey("account:bob");

  @Test
  void attempts_enter_at_once_while_the_key_has_free_places() {
    assertTrue(queue.enter(alice, NO_WAIT));
    assertTrue(queue.enter(alice, NO_WAIT));
  }

  @Test
  void an_attempt_beyond_the_places_of_its_key_is_not_let_in() {
    queue.enter(alice, NO_WAIT);
    queue.enter(alice, NO_WAIT);

    assertFalse(queue.enter(alice, NO_WAIT));
  }

  @Test
  void the_places_of_one_key_do_not_hold_up_another() {
    queue.enter(alice, NO_WAIT);
    queue.enter(alice, NO_WAIT);

    assertTrue(queue.enter(bob, NO_WAIT));
  }

  @Test
  void a_waiting_attempt_enters_when_one_ahead_of_it_leaves() throws Exception {
    queue.enter(alice, NO_WAIT);
    queue.enter(alice, NO_WAIT);
    CompletableFuture<Boolean> waiting =
        CompletableFuture.supplyAsync(() -> queue.enter(alice, LONG_WAIT));

    queue.leave(alice);

    assertTrue(waiting.get(5, TimeUnit.SECONDS));
  }

  @Test
  void a_key_is_forgotten_once_its_last_attempt_has_left() {
    queue.enter(alice, NO_WAIT);
    queue.enter(alice, NO_WAIT);

    queue.leave(alice);
    queue.leave(alice);

    assertEquals(0, queue.keysInUse());
  }

  @Test
  void an_attempt_that_was_not_let_in_leaves_nothing_behind() {
    AttemptQueue single = new AttemptQueue(1);
    single.enter(alice, NO_WAIT);
    single.enter(alice, NO_WAIT);

    single.leave(alice);

    assertEquals(0, single.keysInUse());
  }

  @Test
  void leaving_a_key_no_attempt_entered_is_an_error() {
    assertThrows(IllegalStateException.class, () -> queue.leave(alice));
  }
}
