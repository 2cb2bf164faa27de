package dev.lexicon.adapter.web.password;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import de.mkammerer.argon2.Argon2Version;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Argon2id version 1.3 from libargon2, the reference implementation of RFC 9106 in C, called
 * through argon2-jvm (JNA). Its memory comes from malloc and is wiped and freed as each run ends,
 * so a check leaves no garbage on the Java heap, and it runs faster than a Java port. The library
 * is the system's when it has one (Debian's libargon2-1), else the copy argon2-jvm bundles for
 * Linux (x86-64, x86, aarch64, arm), macOS (x86-64, aarch64) and Windows (x86-64, x86).
 *
 * <p>There is no fallback to a Java implementation: a service that cannot load the library, or
 * loads one that computes something else, refuses to start and says why. A fallback would turn a
 * deployment problem into logins several times slower and a heap the launcher did not size for,
 * noticed only under load.
 */
final class NativeArgon2id {

  /** RFC 9106, section 5.3: the Argon2id test vector, with a secret and associated data. */
  private static final byte[] RFC_9106_TAG =
      HexFormat.of().parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");

  private final Argon2Advanced argon2;

  private NativeArgon2id(Argon2Advanced argon2) {
    this.argon2 = argon2;
  }

  static NativeArgon2id load() {
    return checked(Argon2Factory.createAdvanced(Argon2Types.ARGON2id));
  }

  /** The library's first call loads it; RFC 9106's test vector then shows it is the right one. */
  static NativeArgon2id checked(Argon2Advanced argon2) {
    byte[] tag;
    try {
      tag =
          argon2.rawHashAdvanced(
              3,
              32,
              4,
              filled(32, 0x01),
              filled(16, 0x02),
              filled(8, 0x03),
              filled(12, 0x04),
              RFC_9106_TAG.length,
              Argon2Version.V13);
    } catch (LinkageError e) {
      throw new IllegalStateException(
          "Argon2id password hashing needs libargon2, which could not be loaded: install it (on"
              + " Debian and Ubuntu, the libargon2-1 package) or run on a platform argon2-jvm"
              + " bundles it for ("
              + e.getMessage()
              + ")",
          e);
    }
    if (!Arrays.equals(tag, RFC_9106_TAG)) {
      throw new IllegalStateException(
          "The libargon2 that was loaded does not reproduce RFC 9106's Argon2id test vector");
    }
    return new NativeArgon2id(argon2);
  }

  /**
   * The raw hash of {@code length} bytes. The library copies the password into native memory and
   * wipes that copy; the caller wipes its own.
   */
  byte[] derive(
      byte[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
    if (password.length == 0) {
      // That copy cannot be empty (JNA allocates no block of 0 bytes), so the empty password goes
      // to the library as an array, by the call that takes its hash length from its instance;
      // there is nothing to wipe.
      return Argon2Factory.createAdvanced(Argon2Types.ARGON2id, salt.length, length)
          .rawHash(iterations, memoryKib, parallelism, password, salt);
    }
    return argon2.rawHashAdvanced(
        iterations, memoryKib, parallelism, password, salt, null, null, length, Argon2Version.V13);
  }

  private static byte[] filled(int length, int value) {
    byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
