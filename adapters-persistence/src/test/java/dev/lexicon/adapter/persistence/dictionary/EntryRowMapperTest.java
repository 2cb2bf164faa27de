package dev.lexicon.adapter.persistence.dictionary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lexicon.application.testing.EntryMother;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EntryRowMapperTest {

  private final EntryRowMapper mapper = new EntryRowMapperImpl();
  private final User owner = UserMother.aUser();

  @Test
  void an_entry_becomes_a_row_with_the_utf8_bytes_of_its_key_and_utc_text_timestamps() {
    DictionaryEntry entry =
        EntryMother.anEntry(owner, "app/é", "v1").revise(new EntryValue("v2"), UserMother.later());

    EntryRow row = mapper.toRow(entry);

    assertEquals(entry.id().toString(), row.id());
    assertArrayEquals("app/é".getBytes(StandardCharsets.UTF_8), row.entryKey());
    assertEquals("v2", row.entryValue());
    assertEquals(2, row.version());
    assertEquals(owner.id().toString(), row.ownerId());
    assertEquals(owner.username().value(), row.ownerUsername());
    assertEquals("2026-02-03 04:05:06.654321", row.createdAt());
    assertEquals("2026-01-05 03:04:05.123456", row.updatedAt());
  }

  @Test
  void a_stored_row_becomes_the_entry_it_was_written_from() {
    DictionaryEntry entry =
        EntryMother.anEntry(owner, "k\uD835\uDC9C", "a\u0000b")
            .revise(new EntryValue("v2"), UserMother.later());
    EntryRow written = mapper.toRow(entry);

    StoredEntryRow stored =
        new StoredEntryRow(
            written.id(),
            written.entryKey(),
            written.entryValue(),
            written.version(),
            written.ownerId(),
            written.ownerUsername(),
            LocalDateTime.ofInstant(entry.createdAt(), ZoneOffset.UTC),
            LocalDateTime.ofInstant(entry.updatedAt(), ZoneOffset.UTC));

    assertEquals(entry, mapper.toDomain(stored));
  }
}
