package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.SignedJWT;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.session.SessionId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtTokenIssuerTest {

  @TempDir Path dataDir;

  @Test
  void the_access_token_names_its_session_so_that_revoking_the_session_retires_it()
      throws Exception {
    SessionId session = new SessionId(UUID.randomUUID());

    String token = issuer().issue(UserMother.aUser(), session, Instant.now()).value();

    assertEquals(
        session.toString(), SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid"));
  }

  @Test
  void the_token_id_returned_is_the_one_in_the_token() throws Exception {
    var issued =
        issuer().issue(UserMother.aUser(), new SessionId(UUID.randomUUID()), Instant.now());

    assertEquals(issued.id(), SignedJWT.parse(issued.value()).getJWTClaimsSet().getJWTID());
  }

  @Test
  void a_lifetime_that_is_not_positive_is_refused() {
    assertThrows(
        IllegalArgumentException.class, () -> new JwtTokenIssuer(key(), "lexicon", Duration.ZERO));
  }

  private JwtTokenIssuer issuer() {
    return new JwtTokenIssuer(key(), "lexicon", Duration.ofMinutes(15));
  }

  private SigningKey key() {
    return SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, true);
  }
}
