package dev.lexicon.adapter.web.observability;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Gives every request its id, puts the id in the logging context of every thread that works on the
 * request, and has the {@link RequestRecorder} record the request when its response leaves. It runs
 * before every other filter, security included, so refused and failed requests are recorded too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestLogFilter implements Ordered {

  private final RequestRecorder recorder;

  RequestLogFilter(RequestRecorder recorder) {
    this.recorder = recorder;
  }

  @RequestFilter
  void begin(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
    String id = recorder.begin(request);
    propagatedContext.add(new RequestIdLogContext(id));
  }

  @ResponseFilter
  void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
    recorder.end(request, response);
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }
}
