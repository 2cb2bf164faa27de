package dev.lexicon.application.service.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.application.error.EntryKeyTaken;
import dev.lexicon.application.port.in.dictionary.CreateEntryCommand;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateEntryServiceTest {

  private final DictionaryFixture world = new DictionaryFixture();
  private final CreateEntryService service =
      new CreateEntryService(world.entries, world.recent, world.clock);

  @Test
  void a_new_entry_is_version_1_owned_by_its_creator_and_created_now() {
    DictionaryEntry entry = create("k", world.owner.username().value());

    assertEquals(new EntryVersion(1), entry.version());
    assertEquals(world.owner.username(), entry.owner().username());
    assertEquals(DictionaryFixture.NOW, entry.createdAt());
    assertEquals(entry, world.stored("k"));
  }

  @Test
  void a_new_entry_is_remembered_as_this_instance_wrote_it() {
    DictionaryEntry entry = create("k", "v");

    assertEquals(Optional.of(entry.stamp()), world.recent.find(entry.key()));
  }

  @Test
  void an_existing_key_cannot_be_created_again_and_keeps_its_value() {
    world.existing("k", "first");

    assertThrows(EntryKeyTaken.class, () -> create("k", "second"));
    assertEquals("first", world.stored("k").value().value());
  }

  private DictionaryEntry create(String key, String value) {
    return service.create(
        new CreateEntryCommand(new EntryKey(key), new EntryValue(value), world.owner));
  }
}
