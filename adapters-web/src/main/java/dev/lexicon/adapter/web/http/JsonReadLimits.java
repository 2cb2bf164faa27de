package dev.lexicon.adapter.web.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.serde.jackson.SerdeJacksonConfiguration;
import jakarta.inject.Singleton;

/**
 * Bounds what one JSON request body may make the parser hold, independently of the 1 MiB body
 * limit: every request is a flat object of short strings, so deep nesting, long strings and long
 * numbers can only be attacks or mistakes, and are refused while parsing, with a 400.
 *
 * <p>Jackson takes these bounds from its process-wide defaults when a parser factory is built, and
 * Micronaut builds its factory from this configuration bean, so the defaults are set the moment the
 * bean exists: before any factory is built from it.
 */
@Singleton
final class JsonReadLimits implements BeanCreatedEventListener<SerdeJacksonConfiguration> {

  /** Far deeper than any request of this API, which nests one level. */
  static final int MAX_NESTING_DEPTH = 32;

  /**
   * Twice the longest valid string (an entry value of 65,536 one-byte characters), so that a value
   * slightly too long still gets its field-specific validation message.
   */
  static final int MAX_STRING_LENGTH = 2 * 65_536;

  /** No request field is a number; a hundred digits is plenty to be told so. */
  static final int MAX_NUMBER_LENGTH = 100;

  @Override
  public SerdeJacksonConfiguration onCreated(BeanCreatedEvent<SerdeJacksonConfiguration> event) {
    StreamReadConstraints.overrideDefaultStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build());
    return event.getBean();
  }
}
