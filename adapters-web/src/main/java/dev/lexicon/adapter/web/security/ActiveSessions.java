package dev.lexicon.adapter.web.security;

import dev.lexicon.application.port.in.session.VerifySessionUseCase;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Whether the session of an access token is still active, asked on every authenticated request. The
 * truth is in the database, where every instance reads it; a yes is remembered here for a short
 * while (2 s by default) so that most requests never reach the database. That while is how late
 * another instance can notice a revocation, so it must stay well inside API.md's 5 seconds. A no is
 * never remembered: a revoked session cannot come back, and it is not on any hot path.
 *
 * <p>This instance learns of its own revocations at once: every revocation goes through {@link
 * SessionRevocationsWithCache}, which calls {@link #forgetUser} once it has committed, so the very
 * next request is checked against the database.
 */
@Singleton
final class ActiveSessions {

  static final String TTL_PROPERTY = "lexicon.tokens.revocation-check.cache-ttl";
  static final String SIZE_PROPERTY = "lexicon.tokens.revocation-check.cache-size";

  /** API.md lets other instances take 5 s; a second is left for the request that checks. */
  static final Duration MAX_TTL = Duration.ofSeconds(4);

  private final VerifySessionUseCase verifySession;
  private final long ttlNanos;
  private final int capacity;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<SessionId, Remembered> active = new ConcurrentHashMap<>();

  /** Counts the forgets, so a lookup that raced one does not put back what it removed. */
  private final AtomicLong forgets = new AtomicLong();

  private record Remembered(UserId user, long until) {}

  @Inject
  ActiveSessions(
      VerifySessionUseCase verifySession,
      @Value("${" + TTL_PROPERTY + ":2s}") Duration ttl,
      @Value("${" + SIZE_PROPERTY + ":10000}") int capacity) {
    this(verifySession, ttl, capacity, System::nanoTime);
  }

  ActiveSessions(
      VerifySessionUseCase verifySession, Duration ttl, int capacity, LongSupplier nanoTime) {
    if (ttl.isNegative() || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException(
          TTL_PROPERTY + " must be between 0 and " + MAX_TTL.toSeconds() + " s");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException(SIZE_PROPERTY + " must be at least 1");
    }
    this.verifySession = verifySession;
    this.ttlNanos = ttl.toNanos();
    this.capacity = capacity;
    this.nanoTime = nanoTime;
  }

  /** Whether tokens of the session may still be used; {@code user} is the token's subject. */
  boolean isActive(SessionId session, UserId user) {
    if (isKnownActive(session)) {
      return true;
    }
    long now = nanoTime.getAsLong();
    long forgetsBefore = forgets.get();
    boolean isActive = verifySession.isActive(session);
    if (isActive && ttlNanos > 0) {
      remember(session, new Remembered(user, now + ttlNanos), forgetsBefore);
    }
    return isActive;
  }

  /**
   * Whether the session is remembered as active, without asking the database: a yes needs no
   * blocking thread, so a request whose session was checked within the last while is answered on
   * the event loop. A no means only "not known"; {@link #isActive} then asks.
   */
  boolean isKnownActive(SessionId session) {
    Remembered remembered = active.get(session);
    return remembered != null && nanoTime.getAsLong() - remembered.until() < 0;
  }

  /**
   * Drops what is remembered of the user's sessions, after a use case revoked some of them here.
   */
  void forgetUser(UserId user) {
    forgets.incrementAndGet();
    active.values().removeIf(remembered -> remembered.user().equals(user));
  }

  private void remember(SessionId session, Remembered remembered, long forgetsBefore) {
    // Clearing a full map keeps both the memory and the cost of an insert bounded; the price is a
    // burst of database lookups, once per capacity inserts.
    if (active.size() >= capacity) {
      active.clear();
    }
    active.put(session, remembered);
    // A forget since the lookup began may be for a revocation the lookup did not see; a forget
    // after this line removes the entry itself.
    if (forgets.get() != forgetsBefore) {
      active.remove(session, remembered);
    }
  }
}
