package dev.lexicon.adapter.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The asymmetric key that signs access tokens: ES256 for a P-256 key, RS256 for an RSA key. Its id
 * is the RFC 7638 thumbprint of the public key, so the same key always has the same {@code kid}.
 */
final class SigningKey {

  private static final int MIN_RSA_BITS = 2048;

  private final JWK privateJwk;
  private final JWSAlgorithm algorithm;
  private final JWSSigner signer;
  private final JWSVerifier verifier;
  private final byte[] secret;

  private SigningKey(
      JWK privateJwk,
      JWSAlgorithm algorithm,
      JWSSigner signer,
      JWSVerifier verifier,
      BigInteger secret) {
    this.privateJwk = privateJwk;
    this.algorithm = algorithm;
    this.signer = signer;
    this.verifier = verifier;
    this.secret = secret.toByteArray();
  }

  static SigningKey of(KeyPair pair) {
    try {
      if (pair.getPrivate() instanceof ECPrivateKey ecPrivate
          && pair.getPublic() instanceof ECPublicKey ecPublic) {
        if (!Curve.P_256.equals(Curve.forECParameterSpec(ecPublic.getParams()))) {
          throw new IllegalArgumentException("an EC signing key must be on the P-256 curve");
        }
        ECKey jwk =
            new ECKey.Builder(Curve.P_256, ecPublic)
                .privateKey(ecPrivate)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .keyIDFromThumbprint()
                .build();
        return new SigningKey(
            jwk,
            JWSAlgorithm.ES256,
            new ECDSASigner(jwk),
            new ECDSAVerifier(jwk.toPublicJWK()),
            ecPrivate.getS());
      }
      if (pair.getPrivate() instanceof RSAPrivateKey rsaPrivate
          && pair.getPublic() instanceof RSAPublicKey rsaPublic) {
        if (rsaPublic.getModulus().bitLength() < MIN_RSA_BITS) {
          throw new IllegalArgumentException(
              "an RSA signing key must have at least " + MIN_RSA_BITS + " bits");
        }
        RSAKey jwk =
            new RSAKey.Builder(rsaPublic)
                .privateKey(rsaPrivate)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint()
                .build();
        return new SigningKey(
            jwk,
            JWSAlgorithm.RS256,
            new RSASSASigner(jwk),
            new RSASSAVerifier(jwk.toPublicJWK()),
            rsaPrivate.getPrivateExponent());
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the signing key cannot be used: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("the signing key must be an EC (P-256) or an RSA key");
  }

  String keyId() {
    return privateJwk.getKeyID();
  }

  JWSAlgorithm algorithm() {
    return algorithm;
  }

  JWSSigner signer() {
    return signer;
  }

  JWSVerifier verifier() {
    return verifier;
  }

  /**
   * The private key's secret number (the EC scalar or the RSA private exponent), for deriving keys
   * of other purposes that every instance holding this key shares. It is the number rather than an
   * encoding of the key, so the same key read from two PEM spellings gives the same secret.
   */
  byte[] secret() {
    return secret.clone();
  }

  /** The public half only, as published for anyone who verifies tokens. */
  JWKSet publicKeys() {
    return new JWKSet(privateJwk.toPublicJWK());
  }
}
