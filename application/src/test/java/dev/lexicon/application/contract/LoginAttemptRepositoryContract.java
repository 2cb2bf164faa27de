package dev.lexicon.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.LoginAttemptRepository.Attempt;
import dev.lexicon.application.port.out.LoginAttemptRepository.Claim;
import dev.lexicon.application.port.out.ThrottleKey;
import dev.lexicon.domain.user.LoginName;
import dev.lexicon.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What every {@link LoginAttemptRepository} must do. Each test counts under keys of its own. */
public abstract class LoginAttemptRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-04-05T06:07:08.123456Z");
  private static final Predicate<List<Attempt>> ALWAYS = seen -> true;
  private final ThrottleKey key = ThrottleKey.account(new UserId(UUID.randomUUID()));

  protected abstract LoginAttemptRepository attempts();

  private Claim claim(ThrottleKey key, Instant at) {
    return attempts().claim(key, at, T0.minusSeconds(1), ALWAYS);
  }

  @Test
  void a_claim_sees_the_keys_earlier_attempts_after_the_instant_with_their_times() {
    attempts().claim(key, T0, T0, ALWAYS);
    attempts().claim(key, T0.plusSeconds(10), T0, ALWAYS);

    assertEquals(
        List.of(new Attempt(T0.plusSeconds(10), false)),
        attempts().claim(key, T0, T0, ALWAYS).seen());
  }

  @Test
  void an_admitted_claim_is_recorded_and_counts_for_the_next() {
    assertTrue(claim(key, T0).id().isPresent());

    assertEquals(1, claim(key, T0).seen().size());
  }

  @Test
  void a_claim_the_rule_refuses_is_not_recorded() {
    Claim refused = attempts().claim(key, T0, T0.minusSeconds(1), seen -> false);

    assertTrue(refused.id().isEmpty());
    assertEquals(List.of(), claim(key, T0).seen());
  }

  @Test
  void a_new_attempt_is_pending_and_a_failed_one_is_seen_as_failed() {
    long failed = claim(key, T0).id().orElseThrow();
    claim(key, T0.plusSeconds(1));
    attempts().fail(failed);

    assertEquals(
        List.of(new Attempt(T0, true), new Attempt(T0.plusSeconds(1), false)),
        claim(key, T0).seen().stream()
            .sorted(java.util.Comparator.comparing(Attempt::at))
            .toList());
  }

  @Test
  void two_attempts_at_the_same_instant_both_count() {
    claim(key, T0);
    claim(key, T0);

    assertEquals(2, claim(key, T0).seen().size());
  }

  @Test
  void attempts_under_other_keys_do_not_count() {
    claim(ThrottleKey.account(new UserId(UUID.randomUUID())), T0);
    claim(ThrottleKey.unknownName(LoginName.of(UUID.randomUUID().toString())), T0);

    assertEquals(List.of(), claim(key, T0).seen());
  }

  @Test
  void a_released_attempt_no_longer_counts() {
    attempts().release(claim(key, T0).id().orElseThrow());

    assertEquals(List.of(), claim(key, T0).seen());
  }

  @Test
  void old_attempts_are_deleted_and_recent_ones_kept() {
    claim(key, T0);
    claim(key, T0.plusSeconds(100));

    attempts().deleteBefore(T0.plusSeconds(50));

    assertEquals(List.of(new Attempt(T0.plusSeconds(100), false)), claim(key, T0).seen());
  }

  @Test
  void a_key_whose_attempts_were_all_purged_can_claim_again() {
    claim(key, T0);
    attempts().deleteBefore(T0.plusSeconds(1));

    assertTrue(claim(key, T0.plusSeconds(2)).id().isPresent());
  }

  @Test
  void of_twenty_claims_arriving_together_under_a_limit_of_five_exactly_five_are_recorded()
      throws Exception {
    int racers = 20;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> admitted = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        admitted.add(
            pool.submit(
                () -> {
                  start.await();
                  return attempts()
                      .claim(key, T0, T0.minusSeconds(1), seen -> seen.size() < 5)
                      .id()
                      .isPresent();
                }));
      }
      start.countDown();
      int recorded = 0;
      for (Future<Boolean> claim : admitted) {
        recorded += claim.get() ? 1 : 0;
      }
      assertEquals(5, recorded);
      assertEquals(5, claim(key, T0).seen().size());
    } finally {
      pool.shutdownNow();
    }
  }
}
