package dev.lexicon.application.port.out;

import dev.lexicon.domain.user.User;
import java.time.Instant;

/** Issues the signed, self-contained access tokens that prove who calls. */
public interface TokenIssuer {

  AccessToken issue(User user, Instant now);

  record AccessToken(String value, String id, Instant expiresAt) {}
}
