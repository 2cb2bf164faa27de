package dev.lexicon.adapter.web.problem;

import dev.lexicon.adapter.web.http.ProtocolRefusals;
import dev.lexicon.adapter.web.http.SecurityHeaders;
import dev.lexicon.adapter.web.json.JsonFieldTypes;
import dev.lexicon.adapter.web.observability.RequestIds;
import dev.lexicon.adapter.web.observability.RequestRecorder;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the errors Micronaut produces itself (no route, wrong method, wrong media type, unreadable
 * or oversized body, an unexpected exception) into problem+json. The detail is fixed per status and
 * never taken from the framework's message, which can name classes or echo internals. An unexpected
 * exception's problem carries the request id, under which {@link UnexpectedErrorHandler} has logged
 * the exception. A request the HTTP decoder (or the strict HTTP/1 rules behind it) refused passed
 * no filter, so its headers and access-log line are added here, and its status is the one its
 * refusal names: Micronaut says only 400, or 413 for every part of a request that was too long.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length");

  private final RequestRecorder recorder;

  ProblemErrorResponseProcessor(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext errorContext, MutableHttpResponse<?> baseResponse) {
    HttpRequest<?> request = errorContext.getRequest();
    HttpStatus status = ProtocolRefusals.statusOf(request).orElse(baseResponse.status());
    Optional<JsonFieldTypes.Mismatch> mismatch =
        status == HttpStatus.BAD_REQUEST
            ? errorContext.getRootCause().flatMap(JsonFieldTypes::of)
            : Optional.empty();
    MutableHttpResponse<Problem> problem =
        mismatch
            .map(ProblemErrorResponseProcessor::invalidField)
            .orElseGet(() -> problem(status, request));
    // What the framework said besides its body stays, such as the Allow header of a 405.
    for (Map.Entry<String, List<String>> header : baseResponse.getHeaders()) {
      if (!BODY_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        header.getValue().forEach(value -> problem.header(header.getKey(), value));
      }
    }
    if (recorder.isUnrecorded(request)) {
      SecurityHeaders.apply(request, problem);
      recorder.recordUnfiltered(request, problem);
    }
    return problem;
  }

  /** A field of a well-formed body had the wrong JSON type: reported like any invalid field. */
  private static MutableHttpResponse<Problem> invalidField(JsonFieldTypes.Mismatch mismatch) {
    return Problems.response(
        ProblemType.INVALID_REQUEST,
        InvalidRequestHandler.DETAIL,
        List.of(new FieldError(mismatch.field(), mismatch.rule())));
  }

  private static MutableHttpResponse<Problem> problem(HttpStatus status, HttpRequest<?> request) {
    ProblemType type = typeOf(status);
    return Problems.response(
        new Problem(
            type.uri(),
            type.title(),
            status.getCode(),
            detailOf(status),
            null,
            type == ProblemType.INTERNAL_ERROR ? RequestIds.of(request).orElse(null) : null));
  }

  private static ProblemType typeOf(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> ProblemType.MALFORMED_REQUEST;
      case UNAUTHORIZED -> ProblemType.UNAUTHENTICATED;
      case FORBIDDEN -> ProblemType.FORBIDDEN;
      case NOT_FOUND -> ProblemType.NOT_FOUND;
      case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
      case REQUEST_ENTITY_TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
      case REQUEST_URI_TOO_LONG -> ProblemType.URI_TOO_LONG;
      case REQUEST_HEADER_FIELDS_TOO_LARGE -> ProblemType.HEADERS_TOO_LARGE;
      case HTTP_VERSION_NOT_SUPPORTED -> ProblemType.HTTP_VERSION_NOT_SUPPORTED;
      case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
      case SERVICE_UNAVAILABLE -> ProblemType.SERVICE_UNAVAILABLE;
      default -> ProblemType.INTERNAL_ERROR;
    };
  }

  private static String detailOf(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST ->
          "The request could not be read: it must be well-formed HTTP, with a body of"
              + " well-formed JSON of the documented shape and every parameter of the"
              + " documented type.";
      case UNAUTHORIZED -> "A valid bearer token is required.";
      case FORBIDDEN -> "You are not allowed to do this.";
      case NOT_FOUND -> "There is nothing at this path.";
      case METHOD_NOT_ALLOWED -> "This resource does not support this method.";
      case REQUEST_ENTITY_TOO_LARGE -> "The request body may hold at most 1 MiB.";
      case REQUEST_URI_TOO_LONG -> "The request target may hold at most 8 KiB.";
      case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers may hold at most 8 KiB.";
      case HTTP_VERSION_NOT_SUPPORTED -> "Send the request over HTTP/1.1 (or HTTP/1.0).";
      case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
      case SERVICE_UNAVAILABLE -> "The service cannot take this request right now; please retry.";
      default ->
          "Something went wrong on our side. It has been logged under the requestId below;"
              + " please quote it if you report the problem.";
    };
  }
}
