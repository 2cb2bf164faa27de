package dev.lexicon.adapter.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.lexicon.domain.session.SessionId;
import dev.lexicon.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an authenticated request pays to trust its token: a full signature check with each key type
 * the service accepts, against a lookup of a token verified before.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenVerificationBenchmark {

  @Param({"RS256", "ES256"})
  public String algorithm;

  private String token;
  private JWSVerifier verifier;
  private VerifiedTokens remembered;

  @Setup
  public void signOneToken() throws GeneralSecurityException, JOSEException {
    SigningKey key = SigningKey.of(keyPair());
    UserId user = new UserId(UUID.randomUUID());
    SessionId session = new SessionId(UUID.randomUUID());
    Instant expiry = Instant.now().plus(Duration.ofHours(1));
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("lexicon")
            .subject(user.toString())
            .claim(JwtTokenIssuer.SESSION_CLAIM, session.toString())
            .expirationTime(Date.from(expiry))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(key.algorithm())
                .keyID(key.keyId())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(key.signer());
    token = jwt.serialize();
    verifier = key.verifier();
    remembered = new VerifiedTokens(10_000);
    remembered.remember(
        token,
        new VerifiedTokens.Verified(
            Authentication.build(user.toString()), new TokenSession(session, user), expiry));
  }

  @Benchmark
  public boolean parseAndVerifySignature() throws ParseException, JOSEException {
    return SignedJWT.parse(token).verify(verifier);
  }

  @Benchmark
  public Optional<VerifiedTokens.Verified> findRememberedToken() {
    return remembered.find(token);
  }

  private java.security.KeyPair keyPair() throws GeneralSecurityException {
    if (algorithm.equals("RS256")) {
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(SigningKeys.GENERATED_RSA_BITS);
      return rsa.generateKeyPair();
    }
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    return ec.generateKeyPair();
  }
}
