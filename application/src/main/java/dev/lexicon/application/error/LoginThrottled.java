package dev.lexicon.application.error;

import java.time.Duration;

/** Too many failed logins for the account: it refuses logins for a while, even correct ones. */
public final class LoginThrottled extends LexiconException {

  private final Duration retryAfter;

  public LoginThrottled(Duration retryAfter) {
    super("Too many failed logins for this account. Try again later.");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
