package dev.lexicon.adapter.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class RequestIdLogContextTest {

  private final RequestIdLogContext request = new RequestIdLogContext("request-1");

  @AfterEach
  void clearTheThreadsContext() {
    MDC.clear();
  }

  @Test
  void a_thread_carries_the_id_while_it_works_on_the_request() {
    request.updateThreadContext();

    assertEquals("request-1", MDC.get(RequestIds.MDC_KEY));
  }

  @Test
  void a_thread_that_carried_no_id_carries_none_once_it_moves_on() {
    String previous = request.updateThreadContext();

    request.restoreThreadContext(previous);

    assertNull(MDC.get(RequestIds.MDC_KEY));
  }

  @Test
  void leaving_a_nested_scope_of_the_same_request_keeps_the_id() {
    request.updateThreadContext();
    String previous = request.updateThreadContext();

    request.restoreThreadContext(previous);

    assertEquals("request-1", MDC.get(RequestIds.MDC_KEY));
  }

  @Test
  void leaving_the_outer_scope_after_a_nested_one_removes_the_id() {
    String outer = request.updateThreadContext();
    request.restoreThreadContext(request.updateThreadContext());

    request.restoreThreadContext(outer);

    assertNull(MDC.get(RequestIds.MDC_KEY));
  }

  @Test
  void another_requests_id_is_put_back_when_the_thread_moves_on() {
    MDC.put(RequestIds.MDC_KEY, "request-0");
    String previous = request.updateThreadContext();

    request.restoreThreadContext(previous);

    assertEquals("request-0", MDC.get(RequestIds.MDC_KEY));
  }
}
