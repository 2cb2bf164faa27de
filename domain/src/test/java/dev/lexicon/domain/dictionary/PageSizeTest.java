package dev.lexicon.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.domain.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageSizeTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 50, 1000})
  void accepts_1_to_1000(int size) {
    assertDoesNotThrow(() -> new PageSize(size));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE})
  void refuses_sizes_outside_1_to_1000_as_an_invalid_limit(int size) {
    InvalidValue invalid = assertThrows(InvalidValue.class, () -> new PageSize(size));
    assertEquals("limit", invalid.field());
  }

  @Test
  void defaults_to_50() {
    assertEquals(50, PageSize.DEFAULT.value());
  }

  @Test
  void a_page_of_values_of_the_largest_size_holds_more_than_one() {
    assertTrue(PageSize.MAX_VALUE_BYTES > 2L * EntryValue.MAX_UTF8_BYTES);
  }
}
