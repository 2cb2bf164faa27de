package dev.lexicon.domain.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntryStampTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-01-02T00:00:00Z");
  private final UserId ownerId = new UserId(UUID.randomUUID());
  private final DictionaryEntry entry = entry(new EntryId(UUID.randomUUID()));

  @Test
  void revising_a_stamp_gives_the_revision_the_entry_itself_would_give() {
    assertEquals(
        entry.revise(new EntryValue("v2"), LATER),
        entry.stamp().revise(new EntryValue("v2"), LATER));
  }

  @Test
  void a_revision_is_a_later_revision_of_the_entry_it_revised_and_not_the_other_way() {
    EntryStamp first = entry.stamp();
    EntryStamp second = entry.revise(new EntryValue("v2"), LATER).stamp();

    assertTrue(second.isLaterRevisionOf(first));
    assertFalse(first.isLaterRevisionOf(second));
    assertFalse(first.isLaterRevisionOf(first));
  }

  @Test
  void another_entry_under_the_same_key_is_no_revision_of_it_whatever_its_version() {
    EntryStamp another =
        entry(new EntryId(UUID.randomUUID())).revise(new EntryValue("v2"), LATER).stamp();

    assertFalse(another.isLaterRevisionOf(entry.stamp()));
  }

  @Test
  void every_revision_of_an_entry_is_the_same_entry_and_another_id_is_not() {
    EntryStamp revised = entry.revise(new EntryValue("v2"), LATER).stamp();
    EntryStamp another = entry(new EntryId(UUID.randomUUID())).stamp();

    assertTrue(revised.isSameEntryAs(entry.stamp()));
    assertFalse(another.isSameEntryAs(entry.stamp()));
  }

  @Test
  void is_owned_by_the_entry_creator_only() {
    assertTrue(entry.stamp().isOwnedBy(ownerId));
    assertFalse(entry.stamp().isOwnedBy(new UserId(UUID.randomUUID())));
  }

  private DictionaryEntry entry(EntryId id) {
    return DictionaryEntry.create(
        id,
        new EntryKey("k"),
        new EntryValue("v1"),
        new EntryOwner(ownerId, new Username("alice")),
        CREATED);
  }
}
