package dev.lexicon.application.port.out;

import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.User;
import java.time.Instant;

/** Issues the signed, self-contained access tokens that prove who calls. */
public interface TokenIssuer {

  /** An access token for the user, bound to the session so that revoking it retires the token. */
  AccessToken issue(User user, SessionId session, Instant now);

  record AccessToken(String value, String id, Instant expiresAt) {}
}
