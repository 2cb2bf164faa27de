package dev.lexicon.adapter.persistence.dictionary;

import static dev.lexicon.application.testing.EntryMother.anEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.contract.RecentEntriesContract;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.dictionary.EntryStamp;
import dev.lexicon.domain.user.User;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentEntriesCacheTest extends RecentEntriesContract {

  private final RecentEntries recent = new RecentEntriesCache(1 << 20);
  private final User owner = UserMother.aUser();

  @Override
  protected RecentEntries recent() {
    return recent;
  }

  @Test
  void holds_no_more_entries_than_its_memory_bound_allows() {
    List<EntryStamp> written = entries(100);
    long bound = 10L * RecentEntriesCache.estimatedBytes(written.get(0));
    RecentEntries small = new RecentEntriesCache(bound);

    written.forEach(small::remember);

    assertTrue(held(small, written) <= 10, () -> held(small, written) + " entries held");
  }

  @Test
  void a_bound_of_0_holds_nothing() {
    List<EntryStamp> written = entries(3);
    RecentEntries none = new RecentEntriesCache(0);

    written.forEach(none::remember);

    assertEquals(0, held(none, written));
  }

  @Test
  void a_negative_bound_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> new RecentEntriesCache(-1));
  }

  @Test
  void a_long_key_weighs_more_than_a_short_one() {
    assertTrue(
        RecentEntriesCache.estimatedBytes(anEntry(owner, "k".repeat(255), "v").stamp())
            > RecentEntriesCache.estimatedBytes(anEntry(owner, "k", "v").stamp()));
  }

  @Test
  void the_bound_is_configured_in_readable_bytes() {
    List<EntryStamp> written = entries(100);
    try (ApplicationContext context =
        ApplicationContext.run(Map.of(RecentEntriesCache.MEMORY_PROPERTY, "2KB"))) {
      RecentEntries configured = context.getBean(RecentEntries.class);

      written.forEach(configured::remember);

      long fits = 2048 / RecentEntriesCache.estimatedBytes(written.get(0));
      long held = held(configured, written);
      assertTrue(held >= 1 && held <= fits, () -> held + " held, " + fits + " fit");
    }
  }

  private List<EntryStamp> entries(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> anEntry(owner, "k" + i, "value " + i).stamp())
        .toList();
  }

  private static long held(RecentEntries recent, List<EntryStamp> written) {
    return written.stream().filter(entry -> recent.find(entry.key()).isPresent()).count();
  }
}
