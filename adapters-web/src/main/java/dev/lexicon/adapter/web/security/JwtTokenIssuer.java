package dev.lexicon.adapter.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.lexicon.application.port.out.TokenIssuer;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.Role;
import dev.lexicon.domain.user.User;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Issues access tokens as JWTs signed with the service's key, verifiable offline via the JWKS. Each
 * names its session in {@code sid} (as OpenID Connect does), which is what revocation checks.
 */
@Singleton
final class JwtTokenIssuer implements TokenIssuer {

  static final String USERNAME_CLAIM = "preferred_username";
  static final String ROLES_CLAIM = "roles";
  static final String SESSION_CLAIM = "sid";

  private final SigningKey key;
  private final String issuer;
  private final Duration lifetime;

  JwtTokenIssuer(
      SigningKey key,
      @Value("${lexicon.tokens.issuer:lexicon}") String issuer,
      @Value("${lexicon.tokens.access-lifetime:15m}") Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lexicon.tokens.access-lifetime must be positive");
    }
    this.key = key;
    this.issuer = issuer;
    this.lifetime = lifetime;
  }

  @Override
  public AccessToken issue(User user, SessionId session, Instant now) {
    String id = UUID.randomUUID().toString();
    Instant expiresAt = now.plus(lifetime);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(user.id().toString())
            .claim(USERNAME_CLAIM, user.username().value())
            .claim(ROLES_CLAIM, user.roles().stream().map(Role::name).sorted().toList())
            .claim(SESSION_CLAIM, session.toString())
            .jwtID(id)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .build();
    JWSHeader header =
        new JWSHeader.Builder(key.algorithm()).keyID(key.keyId()).type(JOSEObjectType.JWT).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(key.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("the signing key failed to sign a token", e);
    }
    return new AccessToken(jwt.serialize(), id, expiresAt);
  }
}
