package dev.lexicon.adapter.web.http;

import io.micronaut.http.HttpStatus;

/**
 * Why {@link StrictHttp1} refused a request, carried where Netty's decoder puts the cause of its
 * own refusals. It is an answer, not a failure: it has no stack trace and is never logged.
 */
final class Refusal extends RuntimeException {

  private final transient HttpStatus status;

  Refusal(HttpStatus status) {
    super(status.getReason(), null, false, false);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}
