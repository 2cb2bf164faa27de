package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Issues readable stand-in tokens for use-case tests; the JWT issuer has its own tests. */
public final class FakeTokenIssuer implements TokenIssuer {

  public static final Duration LIFETIME = Duration.ofMinutes(15);

  @Override
  public AccessToken issue(User user, SessionId session, Instant now) {
    return new AccessToken(
        "access-for-" + user.id() + "-in-" + session,
        UUID.randomUUID().toString(),
        now.plus(LIFETIME));
  }
}
