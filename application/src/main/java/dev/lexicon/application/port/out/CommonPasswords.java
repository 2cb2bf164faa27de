package dev.lexicon.application.port.out;

import dev.lexicon.domain.user.Password;

/** The passwords attackers try first, which no account may use. */
public interface CommonPasswords {

  boolean contains(Password password);
}
