package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.application.port.in.Actor;
import dev.lexicon.domain.dictionary.EntryKey;
import java.util.Objects;

public record DeleteEntryCommand(EntryKey key, Actor actor, WriteCondition condition) {

  public DeleteEntryCommand {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(condition, "condition");
  }
}
