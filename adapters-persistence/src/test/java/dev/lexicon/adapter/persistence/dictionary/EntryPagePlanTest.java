package dev.lexicon.adapter.persistence.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntryPagePlanTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void a_table_within_half_the_buffer_pool_is_read_through_the_primary_key() {
    assertEquals(EntryPagePlan.PRIMARY_KEY, EntryPagePlan.forTable(64 * MIB, 128 * MIB));
  }

  @Test
  void a_table_beyond_half_the_buffer_pool_is_read_through_the_key_index() {
    assertEquals(EntryPagePlan.KEY_INDEX, EntryPagePlan.forTable(64 * MIB + 1, 128 * MIB));
  }
}
