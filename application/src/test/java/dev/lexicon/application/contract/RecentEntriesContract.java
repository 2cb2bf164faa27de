package dev.lexicon.application.contract;

import static dev.lexicon.application.testing.EntryMother.anEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lexicon.application.port.out.RecentEntries;
import dev.lexicon.application.testing.UserMother;
import dev.lexicon.domain.dictionary.DictionaryEntry;
import dev.lexicon.domain.dictionary.EntryKey;
import dev.lexicon.domain.dictionary.EntryValue;
import dev.lexicon.domain.user.User;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RecentEntries} must do while it has room for what it is given. */
public abstract class RecentEntriesContract {

  private static final Instant LATER = Instant.parse("2026-03-04T05:06:07Z");

  private final User owner = UserMother.aUser();

  protected abstract RecentEntries recent();

  @Test
  void finds_nothing_under_a_key_it_was_not_given() {
    assertTrue(recent().find(new EntryKey("never")).isEmpty());
  }

  @Test
  void finds_the_entry_it_was_given_under_its_key() {
    DictionaryEntry entry = anEntry(owner, "k", "v1");

    recent().remember(entry.stamp());

    assertEquals(Optional.of(entry.stamp()), recent().find(entry.key()));
  }

  @Test
  void a_later_revision_takes_the_place_of_an_earlier_one() {
    DictionaryEntry first = anEntry(owner, "k", "v1");
    DictionaryEntry second = first.revise(new EntryValue("v2"), LATER);

    recent().remember(first.stamp());
    recent().remember(second.stamp());

    assertEquals(Optional.of(second.stamp()), recent().find(first.key()));
  }

  @Test
  void an_earlier_revision_reported_late_does_not_take_the_place_of_a_later_one() {
    DictionaryEntry first = anEntry(owner, "k", "v1");
    DictionaryEntry second = first.revise(new EntryValue("v2"), LATER);

    recent().remember(second.stamp());
    recent().remember(first.stamp());

    assertEquals(Optional.of(second.stamp()), recent().find(first.key()));
  }

  @Test
  void another_entry_under_the_same_key_takes_its_place_whatever_the_versions() {
    DictionaryEntry old = anEntry(owner, "k", "v1").revise(new EntryValue("v2"), LATER);
    DictionaryEntry recreated = anEntry(owner, "k", "new");

    recent().remember(old.stamp());
    recent().remember(recreated.stamp());

    assertEquals(Optional.of(recreated.stamp()), recent().find(old.key()));
  }

  @Test
  void forgets_the_entry_under_a_key() {
    DictionaryEntry entry = anEntry(owner, "k", "v1");
    recent().remember(entry.stamp());

    recent().forget(entry.key());

    assertTrue(recent().find(entry.key()).isEmpty());
  }

  @Test
  void keeps_the_entries_of_other_keys_apart() {
    DictionaryEntry one = anEntry(owner, "one", "v1");
    DictionaryEntry two = anEntry(owner, "two", "v1");
    recent().remember(one.stamp());
    recent().remember(two.stamp());

    recent().forget(one.key());

    assertEquals(Optional.of(two.stamp()), recent().find(two.key()));
  }
}
