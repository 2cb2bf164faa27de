package dev.lexicon.adapter.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import dev.lexicon.adapter.web.paging.CursorSeal;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @TempDir Path dataDir;

  @Test
  void the_embedded_default_generates_an_rs256_key_readable_by_its_owner_only() throws Exception {
    SigningKey key = SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, true);

    Path file = dataDir.resolve(SigningKeys.GENERATED_KEY_FILE);
    assertEquals(JWSAlgorithm.RS256, key.algorithm());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void the_generated_key_is_kept_so_a_restart_signs_with_the_same_key() {
    SigningKey first = SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, true);
    SigningKey afterRestart = SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, true);

    assertEquals(first.keyId(), afterRestart.keyId());
    assertEquals(first.publicKeys().toString(), afterRestart.publicKeys().toString());
  }

  @Test
  void without_a_configured_key_outside_the_embedded_default_start_up_fails_with_a_clear_message() {
    var failure =
        assertThrows(
            ConfigurationException.class,
            () -> SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, false));

    assertTrue(failure.getMessage().contains("LEXICON_SIGNING_KEY_FILE"));
    assertTrue(Files.notExists(dataDir.resolve(SigningKeys.GENERATED_KEY_FILE)));
  }

  @Test
  void a_configured_ec_pem_signs_with_es256() throws Exception {
    String pem = PemKeys.format(generate("EC", 256).getPrivate());

    SigningKey key = SigningKeys.load(Optional.of(pem), Optional.empty(), dataDir, false);

    assertEquals(JWSAlgorithm.ES256, key.algorithm());
  }

  @Test
  void a_configured_rsa_pem_file_signs_with_rs256() throws Exception {
    Path file = dataDir.resolve("rsa.pem");
    Files.writeString(file, PemKeys.format(generate("RSA", 2048).getPrivate()));

    SigningKey key = SigningKeys.load(Optional.empty(), Optional.of(file), dataDir, false);

    assertEquals(JWSAlgorithm.RS256, key.algorithm());
  }

  @Test
  void a_pem_with_escaped_line_breaks_as_in_an_environment_file_is_read() throws Exception {
    String pem = PemKeys.format(generate("EC", 256).getPrivate()).replace("\n", "\\n");

    SigningKey key = SigningKeys.load(Optional.of(pem), Optional.empty(), dataDir, false);

    assertEquals(JWSAlgorithm.ES256, key.algorithm());
  }

  @Test
  void the_public_key_derived_from_a_pem_is_the_one_that_belongs_to_it() throws Exception {
    var pair = generate("EC", 256);
    SigningKey fromPem =
        SigningKeys.load(
            Optional.of(PemKeys.format(pair.getPrivate())), Optional.empty(), dataDir, false);

    assertEquals(SigningKey.of(pair).keyId(), fromPem.keyId());
  }

  @Test
  void instances_given_one_key_derive_one_cursor_seal_from_it() throws Exception {
    var pair = generate("RSA", 2048);
    String pem = PemKeys.format(pair.getPrivate());
    CursorSeal one =
        CursorSeal.derivedFrom(
            SigningKeys.load(Optional.of(pem), Optional.empty(), dataDir, false).secret());
    CursorSeal other = CursorSeal.derivedFrom(SigningKey.of(pair).secret());

    assertTrue(other.open("kind", one.seal("kind", new byte[] {1})).isPresent());
  }

  @Test
  void a_cursor_seal_derived_from_another_key_refuses_the_cursors_of_this_one() {
    SigningKey one = SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, true);
    SigningKey other =
        SigningKeys.load(Optional.empty(), Optional.empty(), dataDir.resolve("other"), true);
    String cursor = CursorSeal.derivedFrom(one.secret()).seal("kind", new byte[] {1});

    assertTrue(CursorSeal.derivedFrom(other.secret()).open("kind", cursor).isEmpty());
  }

  @Test
  void an_rsa_key_shorter_than_2048_bits_is_refused() throws Exception {
    String pem = PemKeys.format(generate("RSA", 1024).getPrivate());

    assertThrows(
        ConfigurationException.class,
        () -> SigningKeys.load(Optional.of(pem), Optional.empty(), dataDir, true));
  }

  @Test
  void text_that_is_not_a_pkcs8_pem_is_refused_with_a_hint() {
    var failure =
        assertThrows(
            ConfigurationException.class,
            () ->
                SigningKeys.load(
                    Optional.of("-----BEGIN EC PRIVATE KEY-----"),
                    Optional.empty(),
                    dataDir,
                    true));

    assertTrue(failure.getMessage().contains("openssl pkcs8"));
  }

  @Test
  void two_generated_keys_differ() {
    SigningKey one = SigningKeys.load(Optional.empty(), Optional.empty(), dataDir, true);
    SigningKey other =
        SigningKeys.load(Optional.empty(), Optional.empty(), dataDir.resolve("other"), true);

    assertNotEquals(one.keyId(), other.keyId());
  }

  private static java.security.KeyPair generate(String algorithm, int size) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    generator.initialize(size);
    return generator.generateKeyPair();
  }
}
