package dev.lexicon.domain.user;

/** A slow, salted hash of a password in the hasher's self-describing encoding (PHC string). */
public record PasswordHash(String value) {

  public PasswordHash {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a password hash cannot be blank");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[hidden]";
  }
}
