package dev.lexicon.adapter.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void a_sane_client_id_is_kept() {
    assertEquals("lb-1.a:b_c", RequestIds.acceptOrGenerate("lb-1.a:b_c"));
  }

  @Test
  void no_client_id_gets_a_uuid() {
    UUID.fromString(RequestIds.acceptOrGenerate(null));
  }

  @Test
  void an_id_of_100_characters_is_kept() {
    String id = "a".repeat(100);

    assertEquals(id, RequestIds.acceptOrGenerate(id));
  }

  @Test
  void an_id_of_101_characters_is_replaced() {
    assertNotEquals("a".repeat(101), RequestIds.acceptOrGenerate("a".repeat(101)));
  }

  @Test
  void an_id_that_could_forge_a_log_field_is_replaced() {
    UUID.fromString(RequestIds.acceptOrGenerate("x user_id=admin"));
  }

  @Test
  void an_empty_id_is_replaced() {
    UUID.fromString(RequestIds.acceptOrGenerate(""));
  }

  @Test
  void an_id_starting_with_punctuation_is_replaced() {
    UUID.fromString(RequestIds.acceptOrGenerate("-abc"));
  }
}
