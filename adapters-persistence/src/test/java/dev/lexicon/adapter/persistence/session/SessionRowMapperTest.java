package dev.lexicon.adapter.persistence.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.session.RefreshToken;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionRowMapperTest {

  private static final Instant START = Instant.parse("2026-04-05T06:07:08.123456Z");
  private static final RefreshTokenHash HASH = new RefreshTokenHash("ab".repeat(32));

  private final SessionRowMapper mapper = new SessionRowMapperImpl();
  private final User user = UserMother.aUser();
  private final Session session =
      Session.start(new SessionId(UUID.randomUUID()), user.id(), START, Duration.ofDays(14));

  @Test
  void a_session_becomes_a_row_with_utc_text_timestamps_and_no_revocation_yet() {
    SessionRow row = mapper.toRow(session);

    assertEquals(session.id().toString(), row.id());
    assertEquals(user.id().toString(), row.userId());
    assertEquals("2026-04-05 06:07:08.123456", row.createdAt());
    assertEquals("2026-04-19 06:07:08.123456", row.expiresAt());
    assertNull(row.revokedAt());
  }

  @Test
  void a_revoked_session_row_becomes_the_same_session_again() {
    Session revoked =
        new Session(session.id(), user.id(), START, session.expiresAt(), START.plusNanos(1_000));

    assertEquals(revoked, mapper.toDomain(mapper.toRow(revoked)));
  }

  @Test
  void a_refresh_token_becomes_a_row_keyed_by_its_hash() {
    RefreshToken token = RefreshToken.issue(HASH, session, START, Duration.ofDays(14));

    RefreshTokenRow row = mapper.toRow(token);

    assertEquals(HASH.value(), row.tokenHash());
    assertEquals(session.id().toString(), row.sessionId());
    assertEquals(user.id().toString(), row.userId());
    assertEquals("2026-04-05 06:07:08.123456", row.issuedAt());
    assertNull(row.retiredAt());
  }

  @Test
  void a_retired_refresh_token_row_becomes_the_same_token_again() {
    RefreshToken issued = RefreshToken.issue(HASH, session, START, Duration.ofDays(14));
    RefreshToken retired =
        new RefreshToken(
            HASH, session.id(), user.id(), START, issued.expiresAt(), START.plusSeconds(1));

    assertEquals(retired, mapper.toDomain(mapper.toRow(retired)));
  }
}
