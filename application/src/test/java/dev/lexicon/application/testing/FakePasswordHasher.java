package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.PasswordHasher;
import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reversible stand-in for the real hasher, for use-case tests that need to see what was hashed
 * and how often a hash was checked; the real Argon2id hasher has its own tests.
 */
public final class FakePasswordHasher implements PasswordHasher {

  private static final String PREFIX = "fake$";
  private final AtomicInteger verifications = new AtomicInteger();

  @Override
  public PasswordHash hash(Password password) {
    return new PasswordHash(PREFIX + password.reveal());
  }

  @Override
  public boolean matches(String candidate, PasswordHash hash) {
    verifications.incrementAndGet();
    return hash.value().equals(PREFIX + candidate);
  }

  public int verifications() {
    return verifications.get();
  }
}
