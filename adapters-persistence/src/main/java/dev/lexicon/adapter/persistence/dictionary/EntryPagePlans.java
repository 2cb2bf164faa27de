package dev.lexicon.adapter.persistence.dictionary;

import jakarta.inject.Singleton;

/**
 * The plan pages of entries are read with now. It starts on the key index, which costs a little
 * more on a small table and stays bounded on any table, and on MySQL and MariaDB {@link
 * BufferPoolFit} moves it as the table grows. On H2 it stays there: H2 estimates no range by
 * reading it.
 */
@Singleton
class EntryPagePlans {

  private volatile EntryPagePlan current = EntryPagePlan.KEY_INDEX;

  EntryPagePlan current() {
    return current;
  }

  void use(EntryPagePlan plan) {
    current = plan;
  }
}
