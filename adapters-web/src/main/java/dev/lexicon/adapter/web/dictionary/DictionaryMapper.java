package dev.lexicon.adapter.web.dictionary;

import dev.lexicon.adapter.web.json.IsoInstants;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryId;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryOwner;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.dictionary.EntryVersion;
import java.time.Instant;
import org.mapstruct.Mapper;

@Mapper
interface DictionaryMapper {

  EntryResponse toResponse(DictionaryEntry entry);

  default String map(EntryId id) {
    return id.toString();
  }

  default String map(EntryKey key) {
    return key.value();
  }

  default String map(EntryValue value) {
    return value.value();
  }

  default long map(EntryVersion version) {
    return version.value();
  }

  default String map(EntryOwner owner) {
    return owner.username().value();
  }

  /** ISO-8601 in UTC with a {@code Z}, as API.md promises for every timestamp. */
  default String map(Instant instant) {
    return IsoInstants.format(instant);
  }
}
