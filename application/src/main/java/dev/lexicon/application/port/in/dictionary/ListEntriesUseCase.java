package dev.lexicon.application.port.in.dictionary;

public interface ListEntriesUseCase {

  EntryPage list(ListEntriesQuery query);
}
