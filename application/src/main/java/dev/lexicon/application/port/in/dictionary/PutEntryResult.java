package dev.lexicon.application.port.in.dictionary;

import dev.lexicon.domain.dictionary.DictionaryEntry;

/** The entry as written, and whether the write created it. */
public record PutEntryResult(DictionaryEntry entry, boolean created) {}
