package dev.lexicon.domain.session;

import java.util.regex.Pattern;

/**
 * The SHA-256 of a refresh token, in lower-case hex. Only the hash is kept, so a read of the store
 * does not hand out working tokens; the token's 256 random bits make a slow hash unnecessary.
 */
public record RefreshTokenHash(String value) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public RefreshTokenHash {
    if (value == null || !SHA256_HEX.matcher(value).matches()) {
      throw new IllegalArgumentException("a refresh token hash is 64 lower-case hex digits");
    }
  }
}
