package dev.lexicon.adapter.persistence.dictionary;

import dev.lexicon.adapter.persistence.Timestamps;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryId;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryOwner;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.dictionary.EntryVersion;
import dev.lexicon.domain.user.UserId;
import dev.lexicon.domain.user.Username;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = Timestamps.class)
interface EntryRowMapper {

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "entryKey", source = "key")
  @Mapping(target = "entryValue", source = "value")
  @Mapping(target = "version", source = "version.value")
  @Mapping(target = "ownerId", source = "owner.id.value")
  @Mapping(target = "ownerUsername", source = "owner.username.value")
  EntryRow toRow(DictionaryEntry entry);

  /** Through the domain's own factory, so a row that breaks a rule cannot become an entry. */
  default DictionaryEntry toDomain(StoredEntryRow row) {
    return DictionaryEntry.restore(
        new EntryId(UUID.fromString(row.id())),
        new EntryKey(new String(row.entryKey(), StandardCharsets.UTF_8)),
        new EntryValue(row.entryValue()),
        new EntryVersion(row.version()),
        new EntryOwner(UserId.parse(row.ownerId()), new Username(row.ownerUsername())),
        row.createdAt().toInstant(ZoneOffset.UTC),
        row.updatedAt().toInstant(ZoneOffset.UTC));
  }

  default String valueText(EntryValue value) {
    return value.value();
  }

  default byte[] keyBytes(EntryKey key) {
    return key.value().getBytes(StandardCharsets.UTF_8);
  }
}
