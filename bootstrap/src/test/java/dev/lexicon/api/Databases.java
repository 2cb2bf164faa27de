package dev.lexicon.api;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;

/** How the API suites reach each database. */
final class Databases {

  static final String MYSQL_URL_PROPERTY = "lexicon.test.mysql.url";

  private Databases() {}

  /** The embedded default: H2 in the data directory, with a signing key generated there too. */
  static Map<String, String> h2() {
    return Map.of();
  }

  /**
   * The mysql environment, at the database the build names. That environment generates no key, so
   * the suite configures one, as an operator would.
   */
  static Map<String, String> mariaDb() {
    return Map.of(
        "datasources.default.url", System.getProperty(MYSQL_URL_PROPERTY),
        "datasources.default.username",
            System.getProperty("lexicon.test.mysql.user", "lexicon_test"),
        "datasources.default.password",
            System.getProperty("lexicon.test.mysql.password", "lexicon_test"),
        "lexicon.tokens.signing-key-pem", newSigningKeyPem());
  }

  private static String newSigningKeyPem() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
      return "-----BEGIN PRIVATE KEY-----\n"
          + Base64.getMimeEncoder().encodeToString(der)
          + "\n-----END PRIVATE KEY-----\n";
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
