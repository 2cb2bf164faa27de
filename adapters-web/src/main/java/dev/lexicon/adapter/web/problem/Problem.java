package dev.lexicon.adapter.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem detail; {@code errors} appears only when validation failed. {@code
 * requestId}, an extension member, appears only on a server-side failure: it is what the client
 * quotes so the failure can be found in the log. Other problems leave it out, so that equal
 * refusals (two failed logins) have equal bodies.
 */
@Serdeable
@Schema(
    description =
        "An RFC 9457 problem detail. errors lists each invalid field of a 400; requestId names a"
            + " server-side failure in the service's log.")
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = false) @Nullable
        List<FieldError> errors,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = false) @Nullable
        String requestId) {

  public Problem(
      String type, String title, int status, String detail, @Nullable List<FieldError> errors) {
    this(type, title, status, detail, errors, null);
  }
}
