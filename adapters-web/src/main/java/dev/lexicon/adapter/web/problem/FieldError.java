package dev.lexicon.adapter.web.problem;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One reason a request was refused, named by the request field (or header) it concerns. */
@Serdeable
@Schema(description = "One reason a request was refused, and the field or header it concerns")
public record FieldError(String field, String message) {}
