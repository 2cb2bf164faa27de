package dev.lexicon.adapter.web.password;

import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id (RFC 9106) stored as a PHC string, {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}.
 * New hashes use the configured cost, which may not go below OWASP's minimum (19 MiB, 2 passes, 1
 * lane); a stored hash is checked with the cost written in it, so raising the cost later does not
 * lock anyone out, and {@link #needsRehash} lets the login upgrade it.
 *
 * <p>Created with the context, so that a service that cannot load libargon2 ({@link
 * NativeArgon2id}) stops at start-up rather than at its first login.
 */
@Context
final class Argon2idPasswordHasher implements PasswordHasher {

  static final int MIN_MEMORY_KIB = 19_456;
  static final int MIN_ITERATIONS = 2;
  static final int MIN_PARALLELISM = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  /** Bounds on what a stored string may ask for, so a corrupt row cannot exhaust the server. */
  private static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;

  private static final int MAX_ITERATIONS = 100;
  private static final int MAX_PARALLELISM = 64;

  /** Argon2 needs at least 8 KiB of memory per lane; libargon2 refuses to run with less. */
  private static final int MIN_MEMORY_KIB_PER_LANE = 8;

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})"
              + "\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{22,})");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final SecureRandom random = new SecureRandom();
  private final NativeArgon2id argon2 = NativeArgon2id.load();
  private final int memoryKib;
  private final int iterations;
  private final int parallelism;

  Argon2idPasswordHasher(
      @Value("${lexicon.password-hash.memory-kib:19456}") int memoryKib,
      @Value("${lexicon.password-hash.iterations:2}") int iterations,
      @Value("${lexicon.password-hash.parallelism:1}") int parallelism) {
    if (memoryKib < MIN_MEMORY_KIB
        || iterations < MIN_ITERATIONS
        || parallelism < MIN_PARALLELISM) {
      throw new IllegalArgumentException(
          "Argon2id parameters below OWASP's minimum (m="
              + MIN_MEMORY_KIB
              + " KiB, t="
              + MIN_ITERATIONS
              + ", p="
              + MIN_PARALLELISM
              + ") are refused");
    }
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
  }

  @Override
  public PasswordHash hash(Password password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password.reveal(), salt, memoryKib, iterations, parallelism, HASH_BYTES);
    return new PasswordHash(
        "$argon2id$v=19$m="
            + memoryKib
            + ",t="
            + iterations
            + ",p="
            + parallelism
            + "$"
            + ENCODER.encodeToString(salt)
            + "$"
            + ENCODER.encodeToString(hash));
  }

  @Override
  public boolean matches(String candidate, PasswordHash stored) {
    Matcher phc = PHC.matcher(stored.value());
    if (!phc.matches()) {
      return false;
    }
    long memory = Long.parseLong(phc.group(1));
    long passes = Long.parseLong(phc.group(2));
    long lanes = Long.parseLong(phc.group(3));
    if (!computable(memory, passes, lanes)) {
      return false;
    }
    byte[] salt = DECODER.decode(phc.group(4));
    byte[] expected = DECODER.decode(phc.group(5));
    byte[] actual =
        derive(candidate, salt, (int) memory, (int) passes, (int) lanes, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  /**
   * A hash is redone when any of its cost parameters, or its length, is below what new hashes get;
   * one made at a higher cost than configured is kept, since lowering the cost must not weaken it.
   * A string this hasher cannot read never verifies, so asking about it is moot; it counts as due.
   */
  @Override
  public boolean needsRehash(PasswordHash stored) {
    Matcher phc = PHC.matcher(stored.value());
    if (!phc.matches()) {
      return true;
    }
    return Long.parseLong(phc.group(1)) < memoryKib
        || Long.parseLong(phc.group(2)) < iterations
        || Long.parseLong(phc.group(3)) < parallelism
        || DECODER.decode(phc.group(5)).length < HASH_BYTES;
  }

  /**
   * Whether a stored string's parameters may be run: within the bounds above, and within what
   * Argon2 is defined for, since a corrupt row must simply not match.
   */
  private static boolean computable(long memoryKib, long passes, long lanes) {
    return lanes >= 1
        && lanes <= MAX_PARALLELISM
        && passes >= 1
        && passes <= MAX_ITERATIONS
        && memoryKib >= MIN_MEMORY_KIB_PER_LANE * lanes
        && memoryKib <= MAX_MEMORY_KIB;
  }

  private byte[] derive(
      String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
    try {
      return argon2.derive(passwordBytes, salt, memoryKib, iterations, parallelism, length);
    } finally {
      Arrays.fill(passwordBytes, (byte) 0);
    }
  }
}
