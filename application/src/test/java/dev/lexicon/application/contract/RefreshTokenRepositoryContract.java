package dev.lexicon.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.RefreshTokenRepository;
import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokenRepository} must do. */
public abstract class RefreshTokenRepositoryContract {

  private static final Instant NOW = Instant.parse("2026-04-05T06:07:08.123456Z");
  private static final Duration LIFETIME = Duration.ofDays(14);
  private Session session;

  protected abstract RefreshTokenRepository refreshTokens();

  /** Tokens belong to a session, and a database may insist that it exists. */
  protected abstract SessionRepository sessions();

  protected abstract UserRepository users();

  @BeforeEach
  void createSession() {
    User user = UserMother.aUser();
    users().add(user);
    session = Session.start(sessions().nextId(), user.id(), NOW, LIFETIME);
    sessions().add(session);
  }

  @Test
  void an_added_token_is_found_by_its_hash_with_every_field_intact() {
    RefreshToken token = newToken(NOW);

    assertEquals(Optional.of(token), refreshTokens().findByHash(token.hash()));
  }

  @Test
  void an_unknown_hash_finds_no_token() {
    assertEquals(Optional.empty(), refreshTokens().findByHash(randomHash()));
  }

  @Test
  void a_current_token_is_retired_once() {
    RefreshToken token = newToken(NOW);

    assertTrue(refreshTokens().retireIfCurrent(token.hash(), NOW.plusSeconds(1)));
    assertFalse(refreshTokens().retireIfCurrent(token.hash(), NOW.plusSeconds(2)));
  }

  @Test
  void a_retired_token_records_when_it_was_retired() {
    RefreshToken token = newToken(NOW);

    refreshTokens().retireIfCurrent(token.hash(), NOW.plusSeconds(1));

    assertEquals(
        NOW.plusSeconds(1), refreshTokens().findByHash(token.hash()).orElseThrow().retiredAt());
  }

  @Test
  void of_concurrent_retirements_of_one_token_exactly_one_succeeds() throws Exception {
    RefreshToken token = newToken(NOW);
    int racers = 20;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < racers; i++) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  return refreshTokens().retireIfCurrent(token.hash(), NOW.plusSeconds(1));
                }));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> outcome : outcomes) {
        winners += outcome.get() ? 1 : 0;
      }
      assertEquals(1, winners);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void expired_tokens_are_deleted_and_live_ones_kept() {
    RefreshToken old = newToken(NOW);
    RefreshToken fresh = newToken(NOW.plus(Duration.ofDays(1)));

    refreshTokens().deleteExpiredBefore(old.expiresAt().plusSeconds(1));

    assertEquals(Optional.empty(), refreshTokens().findByHash(old.hash()));
    assertTrue(refreshTokens().findByHash(fresh.hash()).isPresent());
  }

  private RefreshToken newToken(Instant issuedAt) {
    RefreshToken token = RefreshToken.issue(randomHash(), session, issuedAt, LIFETIME);
    refreshTokens().add(token);
    return token;
  }

  static RefreshTokenHash randomHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
      return new RefreshTokenHash(HexFormat.of().formatHex(digest));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
