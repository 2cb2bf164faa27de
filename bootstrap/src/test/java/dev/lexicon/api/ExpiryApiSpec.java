package dev.lexicon.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import dev.lexicon.application.port.in.session.PurgeExpiredUseCase;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.testing.MutableClock;
import dev.lexicon.domain.session.SessionId;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What depends on time, on a clock the tests move: refresh tokens expire after 14 days, 5 failed
 * logins within 15 minutes close an account until the window passes, and housekeeping forgets
 * sessions only once nothing issued with them can still be used. Each test moves the clock only
 * forward and only by what it needs, with accounts of its own.
 */
abstract class ExpiryApiSpec extends ApiTest {

  static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
  static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);
  static final Duration WINDOW = Duration.ofMinutes(15);

  @Inject MutableClock clock;
  @Inject PurgeExpiredUseCase purgeExpired;
  @Inject SessionRepository sessions;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(super.getProperties());
    properties.put(TestClockFactory.ENABLED, "true");
    return properties;
  }

  void failLogins(String login, int times) {
    for (int i = 0; i < times; i++) {
      assertProblem(401, logIn(login, PASSWORD + "!"));
    }
  }

  static void assertThrottled(ApiResponse response) {
    assertProblem(429, response);
    assertTrue(response.header("Retry-After").isPresent(), response::toString);
  }

  // ---- refresh tokens

  @Test
  void a_refresh_token_works_until_just_before_it_expires() {
    Tokens tokens = logInAgain(newUser());

    clock.advance(REFRESH_LIFETIME.minusSeconds(1));

    assertEquals(200, refresh(tokens.refresh()).status());
  }

  @Test
  void an_expired_refresh_token_answers_401() {
    Tokens tokens = logInAgain(newUser());

    clock.advance(REFRESH_LIFETIME.plusSeconds(1));

    SessionApiSpec.assertRefreshRefused(refresh(tokens.refresh()));
  }

  @Test
  void each_refresh_starts_a_new_lifetime() {
    Tokens first = logInAgain(newUser());
    clock.advance(Duration.ofDays(10));
    Tokens second = Tokens.of(refresh(first.refresh()));

    clock.advance(Duration.ofDays(10));

    assertEquals(200, refresh(second.refresh()).status());
  }

  // ---- housekeeping

  @Test
  void housekeeping_forgets_a_session_once_its_tokens_would_have_expired() throws Exception {
    Tokens tokens = logInAgain(newUser());
    SessionId session = sessionOf(tokens.access());

    clock.advance(REFRESH_LIFETIME.plus(ACCESS_LIFETIME).plusSeconds(1));
    purgeExpired.purge();

    assertTrue(sessions.findById(session).isEmpty());
  }

  @Test
  void housekeeping_keeps_a_revoked_session_while_its_access_tokens_could_still_be_used() {
    Tokens tokens = logInAgain(newUser());
    SessionId session = sessionOf(tokens.access());
    api.request("POST", "/api/v1/auth/logout").token(tokens.access()).send();

    clock.advance(ACCESS_LIFETIME.minusSeconds(1));
    purgeExpired.purge();

    assertTrue(sessions.findById(session).isPresent());
  }

  @Test
  void a_token_whose_session_housekeeping_forgot_stays_refused() {
    Tokens tokens = logInAgain(newUser());
    api.request("POST", "/api/v1/auth/logout").token(tokens.access()).send();

    clock.advance(REFRESH_LIFETIME.plus(ACCESS_LIFETIME).plusSeconds(1));
    purgeExpired.purge();

    DictionaryApiSpec.assertUnauthenticated(me(tokens.access()));
  }

  private static SessionId sessionOf(String accessToken) {
    try {
      return new SessionId(
          UUID.fromString(SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid")));
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- the login throttle

  @Test
  void four_failed_logins_do_not_close_the_account() {
    TestUser user = newUser();
    failLogins(user.username(), 4);

    assertEquals(200, logIn(user.username(), PASSWORD).status());
  }

  @Test
  void after_5_failed_logins_the_right_password_gets_429() {
    TestUser user = newUser();
    failLogins(user.username(), 5);

    assertThrottled(logIn(user.username(), PASSWORD));
  }

  @Test
  void after_5_failed_logins_a_wrong_password_gets_429_too() {
    TestUser user = newUser();
    failLogins(user.username(), 5);

    assertThrottled(logIn(user.username(), PASSWORD + "!"));
  }

  @Test
  void retry_after_tells_the_seconds_until_the_window_passes() {
    TestUser user = newUser();
    failLogins(user.username(), 5);

    assertEquals("900", logIn(user.username(), PASSWORD).header("Retry-After").orElseThrow());
  }

  @Test
  void retry_after_rounds_a_part_second_up() {
    TestUser user = newUser();
    failLogins(user.username(), 5);

    clock.advance(Duration.ofMillis(1500));

    assertEquals("899", logIn(user.username(), PASSWORD).header("Retry-After").orElseThrow());
  }

  @Test
  void the_account_opens_again_once_the_window_has_passed() {
    TestUser user = newUser();
    failLogins(user.username(), 5);

    clock.advance(WINDOW);

    assertEquals(200, logIn(user.username(), PASSWORD).status());
  }

  @Test
  void the_account_stays_closed_until_the_window_has_passed() {
    TestUser user = newUser();
    failLogins(user.username(), 5);

    clock.advance(WINDOW.minusSeconds(1));

    assertThrottled(logIn(user.username(), PASSWORD));
  }

  @Test
  void failures_count_per_account_whether_the_username_or_the_email_was_typed() {
    TestUser user = newUser();
    failLogins(user.username(), 3);
    failLogins(user.email(), 2);

    assertThrottled(logIn(user.username(), PASSWORD));
  }

  @Test
  void failures_count_whatever_the_case_of_the_username_typed() {
    TestUser user = newUser();
    failLogins(user.username().toUpperCase(), 5);

    assertThrottled(logIn(user.username(), PASSWORD));
  }

  @Test
  void failures_older_than_the_window_do_not_count() {
    TestUser user = newUser();
    failLogins(user.username(), 4);
    clock.advance(WINDOW.plusSeconds(1));
    failLogins(user.username(), 1);

    assertEquals(200, logIn(user.username(), PASSWORD).status());
  }

  @Test
  void one_closed_account_leaves_the_others_open() {
    TestUser closed = newUser();
    TestUser other = newUser();
    failLogins(closed.username(), 5);

    assertEquals(200, logIn(other.username(), PASSWORD).status());
  }
}
