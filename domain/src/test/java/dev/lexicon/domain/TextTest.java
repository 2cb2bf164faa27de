package dev.lexicon.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void every_code_point_tests_a_surrogate_pair_as_one_code_point() {
    List<Integer> tested = new ArrayList<>();
    Text.everyCodePoint("a\uD835\uDC9C", tested::add);
    assertEquals(List.of((int) 'a', 0x1D49C), tested);
  }

  @Test
  void every_code_point_tests_a_lone_surrogate_as_itself() {
    List<Integer> tested = new ArrayList<>();
    Text.everyCodePoint("a\uD800b", tested::add);
    assertEquals(List.of((int) 'a', 0xD800, (int) 'b'), tested);
  }

  @Test
  void every_code_point_stops_at_the_first_code_point_that_fails() {
    List<Integer> tested = new ArrayList<>();
    assertFalse(Text.everyCodePoint("abc", codePoint -> tested.add(codePoint) && codePoint != 'b'));
    assertEquals(List.of((int) 'a', (int) 'b'), tested);
  }

  @Test
  void every_code_point_holds_for_the_empty_text() {
    assertTrue(Text.everyCodePoint("", codePoint -> false));
  }
}
