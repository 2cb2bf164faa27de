package dev.lexicon.application.testing;

import dev.lexicon.application.port.out.CommonPasswords;
import dev.lexicon.domain.user.Password;
import java.util.Set;

/** A tiny common-password list for use-case tests; the shipped list has its own tests. */
public final class ListedCommonPasswords implements CommonPasswords {

  private final Set<String> passwords;

  public ListedCommonPasswords(String... passwords) {
    this.passwords = Set.of(passwords);
  }

  @Override
  public boolean contains(Password password) {
    return passwords.contains(password.reveal());
  }
}
