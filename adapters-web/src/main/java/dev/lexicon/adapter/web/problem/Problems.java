package dev.lexicon.adapter.web.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds the {@code application/problem+json} responses every error path shares. */
public final class Problems {

  private Problems() {}

  public static MutableHttpResponse<Problem> response(ProblemType type, String detail) {
    return response(type, detail, null);
  }

  public static MutableHttpResponse<Problem> response(
      ProblemType type, String detail, List<FieldError> errors) {
    return response(type, type.status(), detail, errors);
  }

  /** A problem of a kind that several statuses share, such as an unexpected server error. */
  static MutableHttpResponse<Problem> response(
      ProblemType type, HttpStatus status, String detail, List<FieldError> errors) {
    return response(
        new Problem(
            type.uri(),
            type.title(),
            status.getCode(),
            detail,
            errors == null ? null : List.copyOf(errors)));
  }

  static MutableHttpResponse<Problem> response(Problem problem) {
    return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
        .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
        .body(problem);
  }
}
