package dev.lexicon.application.error;

import java.time.Duration;

/**
 * As many password checks as the service allows at once are running, and none finished in time for
 * this one: the password was not checked. It is the service's load, not the request's doing, so the
 * same request may succeed after {@link #retryAfter()}. Like {@link StoreUnavailable} it is no
 * business refusal; unlike it, it is no fault either, and under a login storm it is thrown many
 * times a second, so it carries no stack trace.
 */
public final class PasswordChecksBusy extends RuntimeException {

  private final Duration retryAfter;

  public PasswordChecksBusy(Duration retryAfter) {
    super("Too many password checks are waiting.", null, false, false);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
