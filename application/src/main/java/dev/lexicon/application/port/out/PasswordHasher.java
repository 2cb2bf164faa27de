package dev.lexicon.application.port.out;

import dev.lexicon.domain.user.Password;
import dev.lexicon.domain.user.PasswordHash;

/**
 * A slow, salted one-way hash, so a stolen user table does not give away passwords. Hashing and
 * checking are costly by design, so an implementation may refuse either with {@link
 * dev.lexicon.application.error.PasswordChecksBusy} when too many are already running.
 */
public interface PasswordHasher {

  PasswordHash hash(Password password);

  /** Takes as long for a wrong password as for the right one. */
  boolean matches(String candidate, PasswordHash hash);

  /** Whether the hash was made at a lower cost than the hasher now uses, and should be redone. */
  boolean needsRehash(PasswordHash hash);
}
