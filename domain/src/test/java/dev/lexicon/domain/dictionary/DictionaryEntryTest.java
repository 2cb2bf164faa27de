package dev.lexicon.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DictionaryEntryTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-01-02T00:00:00Z");
  private final UserId ownerId = new UserId(UUID.randomUUID());
  private final DictionaryEntry entry =
      DictionaryEntry.create(
          new EntryId(UUID.randomUUID()),
          new EntryKey("k"),
          new EntryValue("v1"),
          new EntryOwner(ownerId, new Username("alice")),
          CREATED);

  @Test
  void a_new_entry_starts_at_version_1_created_and_updated_now() {
    assertEquals(new EntryVersion(1), entry.version());
    assertEquals(CREATED, entry.createdAt());
    assertEquals(CREATED, entry.updatedAt());
  }

  @Test
  void a_revision_grows_the_version_by_one_and_keeps_the_creation_time() {
    DictionaryEntry revised = entry.revise(new EntryValue("v2"), LATER);

    assertEquals(new EntryVersion(2), revised.version());
    assertEquals("v2", revised.value().value());
    assertEquals(CREATED, revised.createdAt());
    assertEquals(LATER, revised.updatedAt());
  }

  @Test
  void a_revision_keeps_identity_key_and_owner() {
    DictionaryEntry revised = entry.revise(new EntryValue("v2"), LATER);

    assertEquals(entry.id(), revised.id());
    assertEquals(entry.key(), revised.key());
    assertEquals(entry.owner(), revised.owner());
  }

  @Test
  void its_stamp_holds_everything_but_the_value() {
    EntryStamp stamp = entry.stamp();

    assertEquals(
        new EntryStamp(entry.id(), entry.key(), entry.owner(), CREATED, entry.version()), stamp);
  }

  @Test
  void versions_start_at_1() {
    assertThrows(IllegalArgumentException.class, () -> new EntryVersion(0));
  }
}
