package dev.lexicon.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.application.port.out.LoginAttemptRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.user.User;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LoginAttemptRepository} must do. */
public abstract class LoginAttemptRepositoryContract {

  private static final Instant T0 = Instant.parse("2026-04-05T06:07:08.123456Z");
  private User user;

  protected abstract LoginAttemptRepository attempts();

  /** Failures belong to an account, and a database may insist that it exists. */
  protected abstract UserRepository users();

  @BeforeEach
  void createUser() {
    user = UserMother.aUser();
    users().add(user);
  }

  @Test
  void failures_after_an_instant_are_listed_with_their_times() {
    attempts().recordFailure(user.id(), T0);
    attempts().recordFailure(user.id(), T0.plusSeconds(10));
    attempts().recordFailure(user.id(), T0.plusSeconds(20));

    assertEquals(
        Set.of(T0.plusSeconds(10), T0.plusSeconds(20)),
        new HashSet<>(attempts().failuresSince(user.id(), T0)));
  }

  @Test
  void two_failures_at_the_same_instant_both_count() {
    attempts().recordFailure(user.id(), T0);
    attempts().recordFailure(user.id(), T0);

    assertEquals(2, attempts().failuresSince(user.id(), T0.minusSeconds(1)).size());
  }

  @Test
  void failures_of_other_accounts_do_not_count() {
    User other = UserMother.aUser();
    users().add(other);
    attempts().recordFailure(other.id(), T0);

    assertEquals(List.of(), attempts().failuresSince(user.id(), T0.minusSeconds(1)));
  }

  @Test
  void clearing_forgets_the_accounts_failures() {
    attempts().recordFailure(user.id(), T0);

    attempts().clearFailures(user.id());

    assertEquals(List.of(), attempts().failuresSince(user.id(), T0.minusSeconds(1)));
  }

  @Test
  void old_failures_are_deleted_and_recent_ones_kept() {
    attempts().recordFailure(user.id(), T0);
    attempts().recordFailure(user.id(), T0.plusSeconds(100));

    attempts().deleteFailuresBefore(T0.plusSeconds(50));

    assertEquals(
        List.of(T0.plusSeconds(100)), attempts().failuresSince(user.id(), T0.minusSeconds(1)));
  }
}
