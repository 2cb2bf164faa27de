package dev.lexicon.adapter.web.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.lexicon.adapter.web.problem.ProblemType;
import dev.lexicon.adapter.web.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.io.IOException;

/**
 * Refuses, with a 400, a JSON body with anything but whitespace after its one value: {@code
 * {"key":"k"}x}, two documents, a trailing NUL. Micronaut's JSON binding reads the first value and
 * ignores the rest, so two parties (a proxy that validates bodies, and this service) could read one
 * body differently.
 *
 * <p>Only what follows the value is judged here. A body whose value itself is malformed passes, so
 * that the binding refuses it as it refuses every malformed body. The body is already bounded by
 * the 1 MiB limit and read by the UTF-8 check before this one; the parser skips the value without
 * building it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SingleJsonValueFilter implements Ordered {

  static final String DETAIL =
      "The request body must hold one JSON value and nothing after it but whitespace.";

  private final JsonFactory json;

  SingleJsonValueFilter(JsonReadLimits limits) {
    this.json = JsonFactory.builder().streamReadConstraints(limits.constraints()).build();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> requireOneValue(HttpRequest<?> request, @Body @Nullable byte[] body) {
    boolean readsBody =
        RouteAttributes.getRouteInfo(request).flatMap(route -> route.getBodyArgument()).isPresent();
    if (!readsBody || body == null || body.length == 0 || endsAfterOneValue(body)) {
      return null;
    }
    return Problems.response(ProblemType.MALFORMED_REQUEST, DETAIL);
  }

  boolean endsAfterOneValue(byte[] body) {
    try (JsonParser parser = json.createParser(body)) {
      try {
        if (parser.nextToken() == null) {
          return true;
        }
        parser.skipChildren();
      } catch (IOException malformedValue) {
        return true;
      }
      try {
        return parser.nextToken() == null;
      } catch (IOException somethingElseFollows) {
        return false;
      }
    } catch (IOException cannotHappenOnAnArray) {
      throw new IllegalStateException(cannotHappenOnAnArray);
    }
  }

  @Override
  public int getOrder() {
    return Utf8Filter.ORDER + 1;
  }
}
