package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.lexicon.domain.session.SessionId;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ActiveSessionClaimsValidatorTest {

  private final Set<SessionId> active = new HashSet<>();
  private final ActiveSessionClaimsValidator<Object> validator =
      new ActiveSessionClaimsValidator<>(
          new ActiveSessions(active::contains, Duration.ofSeconds(2), 100, System::nanoTime));
  private final String subject = UUID.randomUUID().toString();

  @Test
  void a_token_of_an_active_session_is_valid() {
    SessionId session = new SessionId(UUID.randomUUID());
    active.add(session);

    assertTrue(validate(claims().claim("sid", session.toString())));
  }

  @Test
  void a_token_of_a_revoked_session_is_refused() {
    assertFalse(validate(claims().claim("sid", UUID.randomUUID().toString())));
  }

  @Test
  void a_token_without_a_session_is_refused() {
    assertFalse(validate(claims()));
  }

  @Test
  void a_token_whose_session_is_not_a_uuid_is_refused() {
    assertFalse(validate(claims().claim("sid", "not-a-session")));
  }

  @Test
  void a_token_whose_session_is_not_a_string_is_refused() {
    assertFalse(validate(claims().claim("sid", 42)));
  }

  @Test
  void a_token_without_a_subject_is_refused_even_for_an_active_session() {
    SessionId session = new SessionId(UUID.randomUUID());
    active.add(session);

    assertFalse(validate(new JWTClaimsSet.Builder().claim("sid", session.toString())));
  }

  private JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder().subject(subject);
  }

  private boolean validate(JWTClaimsSet.Builder claims) {
    return validator.validate(new JwtClaimsSetAdapter(claims.build()), null);
  }
}
