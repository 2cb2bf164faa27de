package dev.lexicon.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.application.port.out.SessionRepository;
import dev.lexicon.application.port.out.UserRepository;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.session.RefreshTokenHash;
import dev.lexicon.domain.session.Session;
import dev.lexicon.domain.user.User;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SessionRepository} must do. */
public abstract class SessionRepositoryContract {

  protected abstract SessionRepository sessions();

  /** Sessions belong to a user, and a database may insist that the user exists. */
  protected abstract UserRepository users();

  @Test
  void a_session_is_found_by_the_hash_of_its_refresh_token() {
    User user = UserMother.aUser();
    users().add(user);
    Session session =
        Session.start(
            sessions().nextId(), user.id(), randomHash(), UserMother.later(), Duration.ofDays(14));

    sessions().add(session);

    assertEquals(
        Optional.of(session), sessions().findByRefreshTokenHash(session.refreshTokenHash()));
  }

  @Test
  void an_unknown_refresh_token_hash_finds_no_session() {
    assertEquals(Optional.empty(), sessions().findByRefreshTokenHash(randomHash()));
  }

  private static RefreshTokenHash randomHash() {
    byte[] bytes = new byte[32];
    byte[] uuid = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    System.arraycopy(uuid, 0, bytes, 0, bytes.length);
    return new RefreshTokenHash(HexFormat.of().formatHex(bytes));
  }
}
