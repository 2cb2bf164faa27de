package dev.lexicon.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Reads and writes private keys as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), the form
 * {@code openssl genpkey} writes. The public key is derived from the private one, so one file is
 * all an operator has to provide.
 */
final class PemKeys {

  private static final Pattern PKCS8 =
      Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

  private PemKeys() {}

  /**
   * Also accepts the PEM with its line breaks written as {@code \n}, as environment files often
   * carry it.
   */
  static KeyPair parse(String pem) {
    Matcher matcher = PKCS8.matcher(pem.replace("\\n", "\n"));
    if (!matcher.find()) {
      throw new IllegalArgumentException(
          "expected an unencrypted PKCS#8 PEM block (-----BEGIN PRIVATE KEY-----); convert other"
              + " forms with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out new.pem");
    }
    byte[] der = Base64.getMimeDecoder().decode(matcher.group(1));
    PrivateKey privateKey = privateKey(der);
    return new KeyPair(publicKeyOf(privateKey), privateKey);
  }

  static String format(PrivateKey key) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }

  private static PrivateKey privateKey(byte[] der) {
    // RSA first, the default key: a factory that refuses the key makes the JCA try every other
    // provider of that algorithm, and the EC attempt cost each start with an RSA key 10 to 25 ms.
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException notThisAlgorithm) {
        // The PEM does not say which algorithm it holds; the next factory may read it.
      }
    }
    throw new IllegalArgumentException("the PEM holds neither an EC nor an RSA private key");
  }

  private static PublicKey publicKeyOf(PrivateKey privateKey) {
    try {
      if (privateKey instanceof RSAPrivateCrtKey rsa) {
        return KeyFactory.getInstance("RSA")
            .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
      }
      if (privateKey instanceof ECPrivateKey ec) {
        if (ec.getParams().getCurve().getField().getFieldSize() != 256
            || !ec.getParams().getOrder().equals(P256.CURVE.getN())) {
          throw new IllegalArgumentException("an EC signing key must be on the P-256 curve");
        }
        var q = new FixedPointCombMultiplier().multiply(P256.CURVE.getG(), ec.getS()).normalize();
        ECPoint w =
            new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, ec.getParams()));
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the public key cannot be derived: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException("an RSA key must carry its CRT parameters");
  }

  /**
   * Bouncy Castle's tables for P-256, built on first use: only an EC key needs them, and building
   * them took about 18 ms of every start with the default RSA key (a wall-clock profile of the
   * start-up's main thread).
   */
  private static final class P256 {
    static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
  }
}
