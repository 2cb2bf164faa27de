package dev.lexicon.application.service.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.application.port.in.dictionary.EntryPage;
import dev.lexicon.application.port.in.dictionary.ListEntriesQuery;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.dictionary.PageSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListEntriesServiceTest {

  private final DictionaryFixture world = new DictionaryFixture();
  private final ListEntriesService service = new ListEntriesService(world.entries);

  @Test
  void a_page_that_is_not_the_last_names_the_key_to_continue_after() {
    addKeys("a", "b", "c");

    EntryPage page = service.list(new ListEntriesQuery("", Optional.empty(), new PageSize(2)));

    assertEquals(Optional.of(new EntryKey("b")), page.continueAfter());
  }

  @Test
  void an_exactly_full_last_page_has_nothing_to_continue_after() {
    addKeys("a", "b");

    EntryPage page = service.list(new ListEntriesQuery("", Optional.empty(), new PageSize(2)));

    assertEquals(2, page.items().size());
    assertEquals(Optional.empty(), page.continueAfter());
  }

  @Test
  void walking_the_pages_visits_every_matching_key_once_in_order() {
    addKeys("p/a", "p/b", "p/c", "p/d", "p/e", "q/a");

    List<String> seen = new ArrayList<>();
    Optional<EntryKey> after = Optional.empty();
    do {
      EntryPage page = service.list(new ListEntriesQuery("p/", after, new PageSize(2)));
      page.items().forEach(entry -> seen.add(entry.key().value()));
      after = page.continueAfter();
    } while (after.isPresent());

    assertEquals(List.of("p/a", "p/b", "p/c", "p/d", "p/e"), seen);
  }

  @Test
  void a_page_of_large_values_ends_before_the_value_that_would_bring_it_to_256_kib() {
    addLargeValues("big/", 5);

    EntryPage page = service.list(new ListEntriesQuery("big/", Optional.empty(), PageSize.DEFAULT));

    assertEquals(3, page.items().size());
    assertEquals(Optional.of(new EntryKey("big/2")), page.continueAfter());
  }

  @Test
  void walking_pages_of_large_values_visits_every_key_once_in_order() {
    addLargeValues("big/", 8);

    List<String> seen = new ArrayList<>();
    Optional<EntryKey> after = Optional.empty();
    do {
      EntryPage page =
          service.list(new ListEntriesQuery("big/", after, new PageSize(PageSize.MAX)));
      page.items().forEach(entry -> seen.add(entry.key().value()));
      after = page.continueAfter();
    } while (after.isPresent());

    assertEquals(
        List.of("big/0", "big/1", "big/2", "big/3", "big/4", "big/5", "big/6", "big/7"), seen);
  }

  private void addLargeValues(String prefix, int count) {
    String largest = "x".repeat(EntryValue.MAX_UTF8_BYTES);
    for (int i = 0; i < count; i++) {
      world.existing(prefix + i, largest);
    }
  }

  private void addKeys(String... keys) {
    for (String key : keys) {
      world.existing(key, "v");
    }
  }
}
