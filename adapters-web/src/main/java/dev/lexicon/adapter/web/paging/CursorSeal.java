package dev.lexicon.adapter.web.paging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes a cursor tamper-evident: the position it holds, followed by an HMAC-SHA256 tag over the
 * kind of cursor and that position, in base64url. Only a cursor this service issued, unaltered and
 * spelled exactly as issued, opens; any other is an unknown cursor.
 *
 * <p>The key is derived from the token-signing key under a label of its own, so every instance that
 * shares the signing key (as all must) accepts the others' cursors without another setting, and the
 * signing key itself is never used for anything but signing.
 */
public final class CursorSeal {

  private static final String ALGORITHM = "HmacSHA256";
  private static final byte[] DERIVATION_LABEL =
      "lexicon/cursor-seal/v1".getBytes(StandardCharsets.UTF_8);

  /** Half the HMAC: 128 bits, far beyond guessing, keeps cursors short. */
  static final int TAG_BYTES = 16;

  /**
   * Initialised with the key once; every tag is computed on a clone of it, since a Mac is not safe
   * for concurrent use, and finding the provider and keying a new one cost more than the tag.
   */
  private final Mac keyed;

  private CursorSeal(byte[] key) {
    this.keyed = keyedMac(new SecretKeySpec(key, ALGORITHM));
  }

  /** The seal whose key is derived from the secret of the token-signing key. */
  public static CursorSeal derivedFrom(byte[] signingSecret) {
    return new CursorSeal(
        keyedMac(new SecretKeySpec(signingSecret, ALGORITHM)).doFinal(DERIVATION_LABEL));
  }

  /**
   * @param kind what the position is the position of, so that one kind's cursor never opens as
   *     another's
   */
  public String seal(String kind, byte[] position) {
    byte[] tag = tag(kind, position);
    ByteBuffer sealed = ByteBuffer.allocate(position.length + TAG_BYTES);
    sealed.put(position).put(tag);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.array());
  }

  /** The position a cursor of this kind holds, or empty when this seal did not issue it. */
  public Optional<byte[]> open(String kind, String cursor) {
    byte[] sealed;
    try {
      sealed = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    // The decoder forgives padding and stray low bits; an issued cursor has one spelling only.
    if (sealed.length < TAG_BYTES
        || !Base64.getUrlEncoder().withoutPadding().encodeToString(sealed).equals(cursor)) {
      return Optional.empty();
    }
    byte[] position = Arrays.copyOf(sealed, sealed.length - TAG_BYTES);
    byte[] tag = Arrays.copyOfRange(sealed, sealed.length - TAG_BYTES, sealed.length);
    return MessageDigest.isEqual(tag, tag(kind, position))
        ? Optional.of(position)
        : Optional.empty();
  }

  private byte[] tag(String kind, byte[] position) {
    byte[] label = kind.getBytes(StandardCharsets.UTF_8);
    ByteBuffer message = ByteBuffer.allocate(Integer.BYTES + label.length + position.length);
    message.putInt(label.length).put(label).put(position);
    return Arrays.copyOf(freshMac().doFinal(message.array()), TAG_BYTES);
  }

  private Mac freshMac() {
    try {
      return (Mac) keyed.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's " + ALGORITHM + " can be cloned", e);
    }
  }

  private static Mac keyedMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
    }
  }
}
