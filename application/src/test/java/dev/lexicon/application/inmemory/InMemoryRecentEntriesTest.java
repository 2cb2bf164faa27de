package dev.lexicon.application.inmemory;

import dev.lexicon.application.contract.RecentEntriesContract;
import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.application.testing.InMemoryRecentEntries;

class InMemoryRecentEntriesTest extends RecentEntriesContract {

  private final RecentEntries recent = new InMemoryRecentEntries();

  @Override
  protected RecentEntries recent() {
    return recent;
  }
}
