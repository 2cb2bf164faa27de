package dev.lexicon.adapter.web.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is recorded of every request: its id, one access-log line, and its latency in the {@code
 * http.server.requests} histogram by method, route, status and outcome.
 *
 * <p>The log line and the metric name the route template, never the raw path or query: a path can
 * hold what a client typed by mistake, and the template keeps the number of distinct lines and
 * series bounded. No header is logged, so an Authorization header cannot reach the log.
 *
 * <p>Micronaut's own request metric is switched off for this one (application.yml): it runs after
 * the security filter, so it never counted a request that security refused, and it tags failures
 * with exception class names, which the public scrape would show to anyone.
 */
@Singleton
public final class RequestRecorder {

  static final String METRIC = "http.server.requests";

  /** The access log's logger, whose lines the service's log configuration writes in batches. */
  public static final String ACCESS_LOG = "lexicon.access";

  private static final Logger ACCESS = LoggerFactory.getLogger(ACCESS_LOG);
  private static final String STARTED = "lexicon.request-started";
  private static final String NONE = "-";
  private static final String NO_ROUTE = "NOT_FOUND";
  private static final String UNROUTED = "UNMATCHED";

  private final MeterRegistry registry;

  /**
   * The histogram of each series once registered: looking it up through the registry builds and
   * sorts its tags anew for every request. Bounded, as every part of the key is (see {@link
   * MethodTag} and {@link Series}).
   */
  private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

  RequestRecorder(MeterRegistry registry) {
    this.registry = registry;
  }

  String begin(HttpRequest<?> request) {
    String id = RequestIds.acceptOrGenerate(request.getHeaders().get(RequestIds.HEADER));
    request.setAttribute(RequestIds.ATTRIBUTE, id);
    request.setAttribute(STARTED, System.nanoTime());
    return id;
  }

  void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String id = RequestIds.of(request).orElse(NONE);
    response.getHeaders().set(RequestIds.HEADER, id);
    long now = System.nanoTime();
    long nanos = now - request.getAttribute(STARTED).map(Long.class::cast).orElse(now);
    String route = BasicHttpAttributes.getUriTemplate(request).orElse(NONE);
    int status = response.code();
    String method = request.getMethodName();
    timers
        .computeIfAbsent(new Series(MethodTag.of(method), route, status), this::register)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (ACCESS.isInfoEnabled()) {
      // Built directly rather than through a {} pattern: in a GET's profile, SLF4J's formatter was
      // a quarter of what the access log cost.
      ACCESS.info(
          new StringBuilder(160)
              .append("method=")
              .append(method)
              .append(" route=")
              .append(route)
              .append(" status=")
              .append(status)
              .append(" duration_ms=")
              .append(TimeUnit.NANOSECONDS.toMillis(nanos))
              .append(" request_id=")
              .append(id)
              .append(" user_id=")
              .append(request.getUserPrincipal().map(Principal::getName).orElse(NONE))
              .toString());
    }
  }

  private Timer register(Series series) {
    return Timer.builder(METRIC)
        .description("Requests by method, route template, status and outcome")
        .tag("method", series.method())
        .tag("uri", series.uri())
        .tag("status", String.valueOf(series.status()))
        .tag("outcome", outcome(series.status()))
        .publishPercentileHistogram()
        .register(registry);
  }

  /**
   * Whether the request never reached the filters: the HTTP decoder refused it (a header line
   * without a colon, a Content-Length that is not a number), and its error response is all there is
   * of it.
   */
  public boolean isUnrecorded(HttpRequest<?> request) {
    return RequestIds.of(request).isEmpty();
  }

  /** Records such a request as the filters would have, and tags its response with the id. */
  public void recordUnfiltered(HttpRequest<?> request, MutableHttpResponse<?> response) {
    begin(request);
    end(request, response);
  }

  /**
   * One latency series. The route is the matched template, or one of two fixed names for a request
   * that matched none, never the raw path; the status is one the service itself sent.
   */
  private record Series(String method, String uri, int status) {
    Series {
      if (uri.equals(NONE)) {
        uri = status == 404 ? NO_ROUTE : UNROUTED;
      }
    }
  }

  private static String outcome(int status) {
    return switch (status / 100) {
      case 1 -> "INFORMATIONAL";
      case 2 -> "SUCCESS";
      case 3 -> "REDIRECTION";
      case 4 -> "CLIENT_ERROR";
      case 5 -> "SERVER_ERROR";
      default -> "UNKNOWN";
    };
  }
}
