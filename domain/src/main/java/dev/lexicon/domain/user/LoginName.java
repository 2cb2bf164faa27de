package dev.lexicon.domain.user;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A name someone logs in with, in the one form under which usernames and emails are compared:
 * Unicode's NFKC_Casefold, so {@code ｂｏｂ} (fullwidth) is {@code bob} and {@code STRASSE} is {@code
 * straße}. Usernames and emails share this namespace, because either one logs in: a login name
 * names at most one account.
 */
public record LoginName(String value) {

  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  public LoginName {
    Objects.requireNonNull(value, "value");
  }

  /** The canonical form of whatever was typed, valid or not. */
  public static LoginName of(String typed) {
    return new LoginName(NFKC_CASEFOLD.normalize(typed));
  }

  /**
   * A fixed-size fingerprint of the name (SHA-256 of its UTF-8, in hex): case folding can make a
   * name many times longer than what was typed, and a fingerprint can be kept in a column of one
   * size.
   */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }
}
