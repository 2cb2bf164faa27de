package dev.lexicon.adapter.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;

/**
 * Lets Micronaut's bearer authentication accept exactly the tokens our key signed. A token is
 * checked against this key only when it names it, so a token for another key, an unsigned one
 * ({@code alg: none}) or one with a swapped algorithm is refused.
 */
@Singleton
final class KeySignatureConfiguration implements SignatureConfiguration {

  private final SigningKey key;

  KeySignatureConfiguration(SigningKey key) {
    this.key = key;
  }

  @Override
  public String supportedAlgorithmsMessage() {
    return "Only " + key.algorithm().getName() + " is supported";
  }

  @Override
  public boolean supports(JWSAlgorithm algorithm) {
    return key.algorithm().equals(algorithm);
  }

  @Override
  public boolean verify(SignedJWT jwt) throws JOSEException {
    return key.keyId().equals(jwt.getHeader().getKeyID())
        && key.algorithm().equals(jwt.getHeader().getAlgorithm())
        && jwt.verify(key.verifier());
  }
}
