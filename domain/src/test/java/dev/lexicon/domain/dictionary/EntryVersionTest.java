package dev.lexicon.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntryVersionTest {

  @Test
  void the_next_version_is_after_this_one() {
    EntryVersion first = EntryVersion.initial();

    assertTrue(first.next().isAfter(first));
  }

  @Test
  void a_version_is_not_after_itself_nor_after_a_later_one() {
    EntryVersion first = EntryVersion.initial();

    assertFalse(first.isAfter(first));
    assertFalse(first.isAfter(first.next()));
  }
}
