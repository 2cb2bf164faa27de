package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import java.util.Objects;

public record PutEntryCommand(
    EntryKey key, EntryValue value, Actor actor, WriteCondition condition) {

  public PutEntryCommand {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(condition, "condition");
  }
}
