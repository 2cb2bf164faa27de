package dev.lexicon.adapter.web.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request its id, puts the id in the logging context of every thread that works on the
 * request, answers it in {@code X-Request-Id}, and writes one access-log line when the response
 * leaves. It runs before every other filter, security included, so refused and failed requests are
 * logged and tagged too.
 *
 * <p>The line names the route template, never the raw path or query: a path can hold what a client
 * typed by mistake, and the template keeps the number of distinct lines bounded. No header is
 * logged, so an Authorization header cannot reach the log.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLogFilter implements Ordered {

  private static final Logger ACCESS = LoggerFactory.getLogger("lexicon.access");
  private static final String STARTED = "lexicon.request-started";
  private static final String UNMATCHED = "-";

  @RequestFilter
  void begin(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
    String id = RequestIds.acceptOrGenerate(request.getHeaders().get(RequestIds.HEADER));
    request.setAttribute(RequestIds.ATTRIBUTE, id);
    request.setAttribute(STARTED, System.nanoTime());
    propagatedContext.add(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, id)));
  }

  @ResponseFilter
  void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String id = RequestIds.of(request).orElse(UNMATCHED);
    response.getHeaders().set(RequestIds.HEADER, id);
    if (ACCESS.isInfoEnabled()) {
      long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
      ACCESS.info(
          "method={} route={} status={} duration_ms={} request_id={} user_id={}",
          request.getMethodName(),
          BasicHttpAttributes.getUriTemplate(request).orElse(UNMATCHED),
          response.code(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
          id,
          request.getUserPrincipal().map(Principal::getName).orElse(UNMATCHED));
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }
}
