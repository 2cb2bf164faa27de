package dev.lexicon.adapter.web.observability;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * Puts the request's id in the logging context of whichever thread works on the request, and puts
 * back what was there when the thread moves on. Only the one key is touched: Micronaut's general
 * MDC element copies the thread's whole context map each time the request changes threads, several
 * times a request, which was an eighth of everything a GET allocated.
 *
 * <p>Micronaut enters the request's context again and again on a thread that already carries it
 * (each filter, the connection, the route), so a thread that already holds this id is left as it
 * is: writing the MDC discards Logback's copy of it, which the next log line then rebuilds.
 */
record RequestIdLogContext(String requestId) implements ThreadPropagatedContextElement<String> {

  @Override
  public @Nullable String updateThreadContext() {
    String previous = MDC.get(RequestIds.MDC_KEY);
    if (!requestId.equals(previous)) {
      MDC.put(RequestIds.MDC_KEY, requestId);
    }
    return previous;
  }

  @Override
  public void restoreThreadContext(@Nullable String previous) {
    if (requestId.equals(previous)) {
      return;
    }
    if (previous == null) {
      MDC.remove(RequestIds.MDC_KEY);
    } else {
      MDC.put(RequestIds.MDC_KEY, previous);
    }
  }
}
