package dev.lexicon.application.service.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.application.error.EntryNotFound;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import org.junit.jupiter.api.Test;

class GetEntryServiceTest {

  private final DictionaryFixture world = new DictionaryFixture();
  private final GetEntryService service = new GetEntryService(world.entries);

  @Test
  void an_existing_entry_is_returned() {
    DictionaryEntry entry = world.existing("k", "v");

    assertEquals(entry, service.get(new EntryKey("k")));
  }

  @Test
  void a_missing_entry_is_not_found() {
    assertThrows(EntryNotFound.class, () -> service.get(new EntryKey("missing")));
  }
}
