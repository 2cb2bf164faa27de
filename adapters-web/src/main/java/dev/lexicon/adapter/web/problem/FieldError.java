package dev.lexicon.adapter.web.problem;

import io.micronaut.serde.annotation.Serdeable;

/** One reason a request was refused, named by the request field (or header) it concerns. */
@Serdeable
public record FieldError(String field, String message) {}
