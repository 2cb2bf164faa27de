package dev.lexicon.adapter.web.security;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the token signing key: a PEM given in configuration, a PEM file named in configuration, or,
 * for the embedded default only, a key generated on the first start and kept in the data directory
 * so that issued tokens survive a restart.
 */
final class SigningKeys {

  static final String GENERATED_KEY_FILE = "token-signing-key.pem";
  static final int GENERATED_RSA_BITS = 2048;
  static final String MISSING_KEY_MESSAGE =
      "No token signing key is configured. Set LEXICON_SIGNING_KEY_FILE to the path of an"
          + " unencrypted PKCS#8 PEM file holding an RSA or EC P-256 private key (or"
          + " LEXICON_SIGNING_KEY_PEM to its content), for example one made with: openssl genpkey"
          + " -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out signing-key.pem. Only the"
          + " embedded H2 default generates a key of its own.";

  private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

  private SigningKeys() {}

  /**
   * @param pem the PEM text, when configured
   * @param file a PEM file, when configured
   * @param dataDir where the embedded default keeps the key it generates
   * @param mayGenerate whether a missing key may be generated (embedded default) or is an error
   */
  static SigningKey load(
      Optional<String> pem, Optional<Path> file, Path dataDir, boolean mayGenerate) {
    if (pem.isPresent()) {
      return fromPem(pem.get(), "LEXICON_SIGNING_KEY_PEM");
    }
    if (file.isPresent()) {
      return fromFile(file.get());
    }
    if (!mayGenerate) {
      throw new ConfigurationException(MISSING_KEY_MESSAGE);
    }
    Path kept = dataDir.resolve(GENERATED_KEY_FILE);
    if (!Files.exists(kept)) {
      generate(kept);
    }
    return fromFile(kept);
  }

  private static SigningKey fromFile(Path file) {
    try {
      return fromPem(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    } catch (IOException e) {
      throw new ConfigurationException(
          "The token signing key file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static SigningKey fromPem(String pem, String source) {
    try {
      return SigningKey.of(PemKeys.parse(pem));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "The token signing key from " + source + " cannot be used: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a new RSA key readable by its owner only. It is written to a temporary file first and
   * moved into place, so a crash never leaves half a key for the next start to choke on.
   */
  private static void generate(Path target) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
      Files.deleteIfExists(temporary);
      createOwnerOnly(temporary);
      Files.writeString(
          temporary,
          PemKeys.format(newRsaKey().getPrivate()),
          StandardCharsets.US_ASCII,
          StandardOpenOption.TRUNCATE_EXISTING);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("Generated a token signing key in {}", target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a token signing key in " + target, e);
    }
  }

  private static void createOwnerOnly(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  /**
   * RSA rather than P-256: a verification, which every instance does once per token it has not
   * seen, costs a small fraction of an ES256 one on the JVM (bench/jmh, TokenVerification), and
   * signing happens only at login and refresh, beside a password hash or a database write.
   */
  private static KeyPair newRsaKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(GENERATED_RSA_BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform can generate RSA keys", e);
    }
  }
}
