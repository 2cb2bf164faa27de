package dev.lexicon.adapter.web.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Bounds what one JSON request body may make the parser hold beyond the body limit itself: every
 * request is a flat object of strings, so deep nesting and long numbers can only be attacks or
 * mistakes, and are refused while parsing, with a 400.
 *
 * <p>Strings are bounded by the body limit and nothing less. A string cannot hold more characters
 * than its body has bytes, so this bound never refuses a body the limit lets in; a lower one would
 * turn a value that is merely too long into an unreadable request, where API.md promises a
 * validation error naming {@code value} for any body up to the limit.
 *
 * <p>Jackson takes these bounds from its process-wide defaults when a parser factory is built, and
 * Micronaut builds its factory from this configuration bean, so the defaults are set the moment the
 * bean exists: before any factory is built from it.
 */
@Singleton
final class JsonReadLimits implements BeanCreatedEventListener<SerdeJacksonConfiguration> {

  /** Far deeper than any request of this API, which nests one level. */
  static final int MAX_NESTING_DEPTH = 32;

  /** No request field is a number; a hundred digits is plenty to be told so. */
  static final int MAX_NUMBER_LENGTH = 100;

  private final int maxStringLength;

  @Inject
  JsonReadLimits(HttpServerConfiguration server) {
    this(server.getMaxRequestSize());
  }

  JsonReadLimits(long maxRequestSize) {
    this.maxStringLength = (int) Math.min(Integer.MAX_VALUE, maxRequestSize);
  }

  @Override
  public SerdeJacksonConfiguration onCreated(BeanCreatedEvent<SerdeJacksonConfiguration> event) {
    StreamReadConstraints.overrideDefaultStreamReadConstraints(constraints());
    return event.getBean();
  }

  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(maxStringLength)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build();
  }
}
