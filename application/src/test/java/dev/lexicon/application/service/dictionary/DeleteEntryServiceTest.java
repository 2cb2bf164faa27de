package dev.lexicon.application.service.dictionary;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.error.EntryNotFound;
import dev.lexicon.application.error.NotEntryOwner;
import dev.lexicon.application.error.WriteConditionFailed;
import dev.lexicon.application.port.in.Actor;
import dev.lexicon.application.port.in.dictionary.DeleteEntryCommand;
import dev.lexicon.application.port.in.dictionary.WriteCondition;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryVersion;
import org.junit.jupiter.api.Test;

class DeleteEntryServiceTest {

  private final DictionaryFixture world = new DictionaryFixture();
  private final DeleteEntryService service = new DeleteEntryService(world.entries, world.recent);

  @Test
  void the_owner_deletes_an_entry() {
    world.existing("k", "v");

    delete("k", world.owner, WriteCondition.none());

    assertTrue(world.entries.findByKey(new EntryKey("k")).isEmpty());
  }

  @Test
  void a_deleted_entry_is_no_longer_remembered() {
    world.existing("k", "v");

    delete("k", world.owner, WriteCondition.none());

    assertTrue(world.recent.find(new EntryKey("k")).isEmpty());
  }

  @Test
  void an_admin_deletes_anyones_entry() {
    world.existing("k", "v");

    delete("k", world.admin, WriteCondition.none());

    assertTrue(world.entries.findByKey(new EntryKey("k")).isEmpty());
  }

  @Test
  void someone_else_may_not_delete_an_entry() {
    world.existing("k", "v");

    assertThrows(NotEntryOwner.class, () -> delete("k", world.stranger, WriteCondition.none()));
    assertTrue(world.entries.findByKey(new EntryKey("k")).isPresent());
  }

  @Test
  void deleting_a_missing_key_is_not_found() {
    assertThrows(EntryNotFound.class, () -> delete("k", world.owner, WriteCondition.none()));
  }

  @Test
  void deleting_a_missing_key_under_a_condition_fails_the_condition() {
    assertThrows(
        WriteConditionFailed.class,
        () -> delete("k", world.owner, WriteCondition.ifVersion(new EntryVersion(1))));
  }

  @Test
  void deleting_from_a_stale_version_fails_and_keeps_the_entry() {
    world.existing("k", "v");

    assertThrows(
        WriteConditionFailed.class,
        () -> delete("k", world.owner, WriteCondition.ifVersion(new EntryVersion(2))));
    assertTrue(world.entries.findByKey(new EntryKey("k")).isPresent());
  }

  @Test
  void deleting_at_the_current_version_succeeds() {
    world.existing("k", "v");

    delete("k", world.owner, WriteCondition.ifVersion(new EntryVersion(1)));

    assertTrue(world.entries.findByKey(new EntryKey("k")).isEmpty());
  }

  private void delete(String key, Actor actor, WriteCondition condition) {
    service.delete(new DeleteEntryCommand(new EntryKey(key), actor, condition));
  }
}
