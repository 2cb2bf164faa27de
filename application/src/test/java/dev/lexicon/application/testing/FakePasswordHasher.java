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

  private volatile String prefix = "fake$";
  private final AtomicInteger verifications = new AtomicInteger();

  @Override
  public PasswordHash hash(Password password) {
    return new PasswordHash(prefix + password.reveal());
  }

  @Override
  public boolean matches(String candidate, PasswordHash hash) {
    verifications.incrementAndGet();
    return hash.value().equals("fake$" + candidate) || hash.value().equals("fake2$" + candidate);
  }

  /** Hashes made before {@link #raiseCost()} are due for a rehash. */
  @Override
  public boolean needsRehash(PasswordHash hash) {
    return !hash.value().startsWith(prefix);
  }

  public void raiseCost() {
    prefix = "fake2$";
  }

  public int verifications() {
    return verifications.get();
  }
}
