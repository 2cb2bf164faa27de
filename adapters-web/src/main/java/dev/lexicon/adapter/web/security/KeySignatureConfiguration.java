package dev.lexicon.adapter.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
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
        && isCanonical(jwt.getParsedParts())
        && jwt.verify(key.verifier());
  }

  /**
   * The last character of a base64url part may carry bits the decoder ignores, so a token changed
   * there would still verify. Only the one canonical encoding of each part is accepted: a token
   * altered in any character is refused.
   */
  private static boolean isCanonical(Base64URL[] parts) {
    for (Base64URL part : parts) {
      if (!Base64URL.encode(part.decode()).toString().equals(part.toString())) {
        return false;
      }
    }
    return true;
  }
}
