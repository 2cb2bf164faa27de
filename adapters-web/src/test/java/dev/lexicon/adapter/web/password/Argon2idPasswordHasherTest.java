package dev.lexicon.adapter.web.password;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {

  private static final Password PASSWORD = Password.of("correct horse battery staple");
  private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(19_456, 2, 1);

  @Test
  void a_hash_is_a_phc_string_with_owasp_parameters_a_16_byte_salt_and_a_32_byte_hash() {
    String[] parts = hasher.hash(PASSWORD).value().split("\\$");

    assertEquals("argon2id", parts[1]);
    assertEquals("v=19", parts[2]);
    assertEquals("m=19456,t=2,p=1", parts[3]);
    assertEquals(16, Base64.getDecoder().decode(parts[4]).length);
    assertEquals(32, Base64.getDecoder().decode(parts[5]).length);
  }

  @Test
  void the_password_that_was_hashed_matches() {
    assertTrue(hasher.matches(PASSWORD.reveal(), hasher.hash(PASSWORD)));
  }

  @Test
  void another_password_does_not_match() {
    assertFalse(hasher.matches("correct horse battery stapler", hasher.hash(PASSWORD)));
  }

  @Test
  void the_same_password_hashes_differently_each_time_because_of_the_salt() {
    assertNotEquals(hasher.hash(PASSWORD), hasher.hash(PASSWORD));
  }

  @Test
  void a_hash_made_with_a_higher_cost_is_verified_with_the_cost_written_in_it() {
    PasswordHash costlier = new Argon2idPasswordHasher(2 * 19_456, 3, 2).hash(PASSWORD);

    assertTrue(costlier.value().contains("$m=38912,t=3,p=2$"));
    assertTrue(hasher.matches(PASSWORD.reveal(), costlier));
  }

  @Test
  void a_hash_from_the_reference_implementation_verifies() {
    // argon2 (the RFC 9106 reference CLI): echo -n password | argon2 somesalt -id -t 2 -m 16 -p 4
    PasswordHash reference =
        new PasswordHash(
            "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw434IimaPqxwCo");

    assertTrue(hasher.matches("password", reference));
  }

  @Test
  void a_hash_made_by_bouncy_castle_at_the_shipped_cost_verifies() {
    // Made with Bouncy Castle 1.81's Argon2BytesGenerator, the implementation used before
    // libargon2, from the salt "lexicon-bc-salt1".
    PasswordHash madeBefore =
        new PasswordHash(
            "$argon2id$v=19$m=19456,t=2,p=1$bGV4aWNvbi1iYy1zYWx0MQ"
                + "$SuJUv3xS5eUiCw7NVjM4BcFbsyWNidD8uNFBBt00H8M");

    assertTrue(hasher.matches(PASSWORD.reveal(), madeBefore));
  }

  @Test
  void a_hash_of_80_bytes_over_two_lanes_made_by_bouncy_castle_verifies() {
    // The same, from the salt "lexicon-bc-salt2" at m=1024, t=1, p=2 with an 80-byte hash.
    PasswordHash madeBefore =
        new PasswordHash(
            "$argon2id$v=19$m=1024,t=1,p=2$bGV4aWNvbi1iYy1zYWx0Mg"
                + "$EmuQ3LjXQCiMqcvPGI887M87ieARl07JP1q7+sBiAcpY1Ey9hrHxYxdmtUdt6WnVvHHsKscpYZL8"
                + "+KIbBO7NiQ6zt5mOnw1Fqlu6XaR3Js8");

    assertTrue(hasher.matches(PASSWORD.reveal(), madeBefore));
  }

  @Test
  void an_empty_password_is_checked_like_any_other() {
    // Bouncy Castle's hash of the empty password, from the salt "lexicon-bc-salt3".
    PasswordHash emptyPassword =
        new PasswordHash(
            "$argon2id$v=19$m=19456,t=2,p=1$bGV4aWNvbi1iYy1zYWx0Mw"
                + "$JUVyaX0FxaLXv7uCGqXGdWkVSlxQyrRwZ44QwINHS3Y");

    assertTrue(hasher.matches("", emptyPassword));
  }

  @Test
  void a_hash_this_hasher_makes_is_what_bouncy_castle_computes_for_it() {
    String[] parts = hasher.hash(PASSWORD).value().split("\\$");
    byte[] salt = Base64.getDecoder().decode(parts[4]);
    byte[] hash = Base64.getDecoder().decode(parts[5]);

    assertArrayEquals(bouncyCastle(PASSWORD.reveal(), salt, hash.length), hash);
  }

  @Test
  void a_stored_hash_with_less_than_8_kib_per_lane_matches_nothing() {
    PasswordHash tooLittleMemory =
        new PasswordHash(
            "$argon2id$v=19$m=15,t=2,p=2$bGV4aWNvbi1iYy1zYWx0MQ"
                + "$SuJUv3xS5eUiCw7NVjM4BcFbsyWNidD8uNFBBt00H8M");

    assertFalse(hasher.matches(PASSWORD.reveal(), tooLittleMemory));
  }

  @Test
  void a_stored_hash_with_no_pass_matches_nothing() {
    PasswordHash noPass =
        new PasswordHash(
            "$argon2id$v=19$m=19456,t=0,p=1$bGV4aWNvbi1iYy1zYWx0MQ"
                + "$SuJUv3xS5eUiCw7NVjM4BcFbsyWNidD8uNFBBt00H8M");

    assertFalse(hasher.matches(PASSWORD.reveal(), noPass));
  }

  @Test
  void a_stored_value_that_is_not_an_argon2id_phc_string_matches_nothing() {
    assertFalse(hasher.matches("password", new PasswordHash("$2a$10$notargon")));
  }

  @Test
  void a_hash_made_at_the_configured_cost_needs_no_rehash() {
    assertFalse(hasher.needsRehash(hasher.hash(PASSWORD)));
  }

  @Test
  void a_hash_made_before_the_memory_cost_was_raised_needs_a_rehash() {
    var raised = new Argon2idPasswordHasher(2 * 19_456, 2, 1);

    assertTrue(raised.needsRehash(hasher.hash(PASSWORD)));
  }

  @Test
  void a_hash_made_before_the_passes_were_raised_needs_a_rehash() {
    assertTrue(new Argon2idPasswordHasher(19_456, 3, 1).needsRehash(hasher.hash(PASSWORD)));
  }

  @Test
  void a_hash_made_before_the_lanes_were_raised_needs_a_rehash() {
    assertTrue(new Argon2idPasswordHasher(19_456, 2, 2).needsRehash(hasher.hash(PASSWORD)));
  }

  @Test
  void a_hash_made_at_a_higher_cost_than_configured_is_kept() {
    PasswordHash costlier = new Argon2idPasswordHasher(2 * 19_456, 3, 2).hash(PASSWORD);

    assertFalse(hasher.needsRehash(costlier));
  }

  @Test
  void a_hash_shorter_than_32_bytes_needs_a_rehash() {
    // The reference hash above with its last 8 bytes cut: 24 bytes.
    PasswordHash shorter =
        new PasswordHash(
            "$argon2id$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$GpZ3sK/oH9p7VIiV56G/64Zo/8GaUw43");

    assertTrue(hasher.needsRehash(shorter));
  }

  @Test
  void a_stored_value_that_is_not_an_argon2id_phc_string_needs_a_rehash() {
    assertTrue(hasher.needsRehash(new PasswordHash("$2a$10$notargon")));
  }

  @Test
  void a_cost_below_the_owasp_minimum_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new Argon2idPasswordHasher(19_455, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Argon2idPasswordHasher(19_456, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Argon2idPasswordHasher(19_456, 2, 0));
  }

  /** Bouncy Castle's own Argon2id at the shipped cost: an implementation independent of ours. */
  private static byte[] bouncyCastle(String password, byte[] salt, int length) {
    var generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(19_456)
            .withIterations(2)
            .withParallelism(1)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    return hash;
  }
}
